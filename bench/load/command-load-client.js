// The load generator for bench/command-http.bench.ts, in its own process so that the clients' HTTP work does not
// share the server's event loop. Plain JS: it runs the same from the sources and from dist/. Loopback only.
//
// `clients` keep-alive clients each POST one session after the other for `warmUpSeconds` (not measured), then for
// `seconds` (measured). Every request logs a new session (its own id, built from `tag`, the client and a counter, so
// every run of the bench sends ids never sent before) on one of the `targets` (paths of
// `/…/partnerships/{id}/assignments/{assignmentId}/sessions`), picked by a fixed pseudo-random sequence per client.
// Prints { latencies (ms, measured phase), seconds, statuses: { "201": n, "409": n, … } } as JSON on stdout.
'use strict';
const { Agent, request } = require('node:http');

const { port, token, targets, clients, seconds, warmUpSeconds, tag, firstDay, days } = JSON.parse(process.argv[2]);
const agent = new Agent({ keepAlive: true, maxSockets: clients });
const DAY = 86_400_000;
const first = Date.parse(`${firstDay}T00:00:00Z`);

function post(path, body) {
  const payload = JSON.stringify(body);
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const req = request({
      host: '127.0.0.1', port, path, method: 'POST', agent,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) },
    }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/** xorshift32: a fixed sequence per client, so which partnership each request hits is the same on both sides and in every run. */
function sequence(seed) {
  let x = Math.imul(seed, 2654435761) >>> 0 || 1;
  return () => {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    return x;
  };
}

async function client(c, phase, until, latencies, statuses) {
  const next = sequence(c + 1);
  for (let i = 0; Date.now() < until; i++) {
    const target = targets[next() % targets.length];
    const date = new Date(first + (next() % days) * DAY).toISOString().slice(0, 10);
    const body = { id: `s-${tag}-${phase}-${c}-${i}`, date, minutes: 45 + (i % 3) * 5, students: 18 + (i % 10) };
    const { status, ms } = await post(target, body);
    statuses[status] = (statuses[status] ?? 0) + 1;
    if (latencies) latencies.push(ms);
  }
}

async function main() {
  const warmUpStatuses = {};
  const warmUpUntil = Date.now() + warmUpSeconds * 1000;
  await Promise.all(Array.from({ length: clients }, (_, c) => client(c, 'w', warmUpUntil, null, warmUpStatuses)));
  const latencies = [];
  const statuses = {};
  const started = Date.now();
  const until = started + seconds * 1000;
  await Promise.all(Array.from({ length: clients }, (_, c) => client(c, 'm', until, latencies, statuses)));
  const measured = (Date.now() - started) / 1000;
  agent.destroy();
  process.stdout.write(JSON.stringify({ latencies, seconds: measured, statuses, warmUpStatuses }));
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
