/**
 * `npm run bench`: runs every bench/*.bench module in turn, each in a fresh Node process of its own (one module's
 * heap, JIT state and open files must not weigh on the next one's figures), and prints one line per figure as
 * `metric <name> <value>` on stdout; progress goes to stderr.
 */
import { fork } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

type BenchModule = { run(report: (name: string, value: number) => void): Promise<void> };

/** In the child: run one module, its figures to stdout. */
async function runOne(file: string): Promise<void> {
  const bench = (await import(join(__dirname, file))) as BenchModule;
  await bench.run((name, value) => console.log(`metric ${name} ${value}`));
}

function inChildProcess(file: string): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--one', file], { stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code));
  });
}

async function main(): Promise<void> {
  const modules = readdirSync(__dirname)
    .filter((file) => /\.bench\.js$/.test(file))
    .sort();
  if (modules.length === 0) throw new Error(`no *.bench.js modules in ${__dirname}: run through npm run bench (it builds first)`);
  let failed = 0;
  for (const file of modules) {
    const started = Date.now();
    process.stderr.write(`== ${file}\n`);
    // One broken bench must not hide the others' figures; the exit code still says it failed.
    const code = await inChildProcess(file);
    if (code === 0) {
      process.stderr.write(`== ${file} done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    } else {
      failed++;
      process.stderr.write(`== ${file} failed (exit code ${code})\n`);
    }
  }
  if (failed > 0) process.exitCode = 1;
}

const [flag, file] = process.argv.slice(2);
if (flag === '--one') {
  runOne(file).then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${(error as Error).stack ?? error}\n`);
      process.exit(1);
    },
  );
} else {
  void main();
}
