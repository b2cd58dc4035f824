// The load generator for the GET benches (bench/reports.bench.ts, bench/directory.bench.ts), in its own process so
// that the clients' HTTP work does not share the server's event loop (which would measure the client as much as the
// server). Plain JS: it runs the same from the sources and from dist/. Loopback only; each client sends its requests
// one after the other (keep-alive), a bounded number, then it exits. Every answer must be a 200.
'use strict';
const { Agent, request } = require('node:http');

const { port, token, requests, stride, clients, requestsPerClient, warmUpPerClient } = JSON.parse(process.argv[2]);
const agent = new Agent({ keepAlive: true, maxSockets: clients });

function timedGet({ path, accept }) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const req = request({ host: '127.0.0.1', port, path, agent, headers: { Authorization: `Bearer ${token}`, Accept: accept } }, (res) => {
      res.resume();
      res.on('end', () => {
        if (res.statusCode !== 200) reject(new Error(`${path} answered ${res.statusCode}`));
        else resolve(Number(process.hrtime.bigint() - started) / 1e6);
      });
    });
    req.on('error', reject);
    req.end();
  });
}

async function client(c, count, latencies) {
  for (let i = 0; i < count; i++) {
    // Clients start at different requests and stride through all of them.
    const next = requests[(c * stride + i) % requests.length];
    latencies.push([next.path, await timedGet(next)]);
  }
}

async function main() {
  await Promise.all(Array.from({ length: clients }, (_, c) => client(c, warmUpPerClient, [])));
  const latencies = [];
  const started = Date.now();
  await Promise.all(Array.from({ length: clients }, (_, c) => client(c, requestsPerClient, latencies)));
  const seconds = (Date.now() - started) / 1000;
  agent.destroy();
  process.stdout.write(JSON.stringify({ latencies, seconds }));
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
