// The load generator for bench/directory.bench.ts, in its own process so that the clients' HTTP work does not share
// the server's event loop. Plain JS: it runs the same from the sources and from dist/. Loopback only; each client
// sends its requests one after the other (keep-alive), a bounded number, then it exits. Every answer must be a 200.
'use strict';
const { Agent, request } = require('node:http');

const { port, token, paths, clients, requestsPerClient, warmUpPerClient } = JSON.parse(process.argv[2]);
const agent = new Agent({ keepAlive: true, maxSockets: clients });

function timedGet(path) {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent, headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve(Number(process.hrtime.bigint() - started) / 1e6) : reject(new Error(`${path}: ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end();
  });
}

async function client(c, count, latencies) {
  for (let i = 0; i < count; i++) {
    // Clients start at different paths and stride through all of them.
    const path = paths[(c * 7 + i) % paths.length];
    latencies.push([path, await timedGet(path)]);
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
