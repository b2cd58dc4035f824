// Summarises a V8 .cpuprofile (from `node --cpu-prof` or COMMAND_HTTP_PROFILE): self time grouped by package (or by
// file of this project), then the top functions by self time. Plain JS, no dependencies.
//   node bench/cpuprofile-summary.js file.cpuprofile [top=30]
'use strict';
const { readFileSync } = require('node:fs');

const [file, topArg] = process.argv.slice(2);
const top = Number(topArg ?? 30);
const profile = JSON.parse(readFileSync(file, 'utf8'));

// Self time per node: the sampled time deltas attributed to the node each sample landed on.
const selfMs = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
}
const total = [...selfMs.values()].reduce((a, b) => a + b, 0);

function groupOf(url, name) {
  if (!url) {
    if (name === '(garbage collector)' || name === '(idle)' || name === '(program)' || name === '(root)') return name;
    return '(native / V8 builtins)';
  }
  const path = url.replace(/^file:\/\//, '');
  const inModules = path.lastIndexOf('node_modules/');
  if (inModules >= 0) {
    const rest = path.slice(inModules + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (path.startsWith('node:')) return `node:${path.slice(5).split('/')[0]}`;
  const dist = path.indexOf('/dist/');
  return dist >= 0 ? path.slice(dist + 6) : path;
}

const byGroup = new Map();
const byFunction = new Map();
for (const node of profile.nodes) {
  const ms = selfMs.get(node.id) ?? 0;
  if (ms === 0) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  const group = groupOf(url, functionName);
  byGroup.set(group, (byGroup.get(group) ?? 0) + ms);
  const key = `${functionName || '(anonymous)'}  ${group}${url ? `:${lineNumber + 1}` : ''}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
}

const busy = total - (byGroup.get('(idle)') ?? 0);
const line = (ms, label) => `${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / total).toFixed(1).padStart(5)} % ${((100 * ms) / busy).toFixed(1).padStart(5)} %busy  ${label}`;
console.log(`total ${total.toFixed(0)} ms sampled, ${busy.toFixed(0)} ms not idle\n\nself time by package / file:`);
for (const [group, ms] of [...byGroup].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(line(ms, group));
console.log('\ntop functions by self time:');
for (const [key, ms] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(line(ms, key));
