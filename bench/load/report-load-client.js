// The load generator for bench/reports.bench.ts, in its own process so that the clients' HTTP parsing does not
// share the server's event loop (which would measure the client as much as the server). Plain JS: it runs the
// same from the sources and from dist/. Loopback only; a bounded number of requests, then it exits.
'use strict';
const { Agent, request } = require('node:http');

const { port, token, routes, clients, requestsPerClient, warmUpPerClient } = JSON.parse(process.argv[2]);
const agent = new Agent({ keepAlive: true, maxSockets: clients });

function timedGet(path, accept) {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent, headers: { Authorization: `Bearer ${token}`, Accept: accept } }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve(Number(process.hrtime.bigint() - started) / 1e6) : reject(new Error(`${path}: ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end();
  });
}

async function client(c, count, latencies) {
  for (let i = 0; i < count; i++) {
    latencies.push(await timedGet(routes[(c + i) % routes.length], i % 4 === 3 ? 'text/csv' : 'application/json'));
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
