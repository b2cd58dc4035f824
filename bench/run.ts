/**
 * `npm run bench`: runs every bench/*.bench module in turn, in this process, and prints one line per
 * figure as `metric <name> <value>` on stdout; progress goes to stderr.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

type BenchModule = { run(report: (name: string, value: number) => void): Promise<void> };

async function main(): Promise<void> {
  const modules = readdirSync(__dirname)
    .filter((file) => /\.bench\.js$/.test(file))
    .sort();
  if (modules.length === 0) throw new Error(`no *.bench.js modules in ${__dirname}: run through npm run bench (it builds first)`);
  let failed = 0;
  for (const file of modules) {
    const started = Date.now();
    process.stderr.write(`== ${file}\n`);
    try {
      const bench = (await import(join(__dirname, file))) as BenchModule;
      await bench.run((name, value) => console.log(`metric ${name} ${value}`));
      process.stderr.write(`== ${file} done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    } catch (error) {
      // One broken bench must not hide the others' figures; the exit code still says it failed.
      failed++;
      process.stderr.write(`== ${file} failed: ${(error as Error).stack ?? error}\n`);
    }
  }
  if (failed > 0) process.exitCode = 1;
}

void main();
