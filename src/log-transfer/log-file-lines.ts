import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** The lines of a file with their 1-based numbers, streamed (an export of millions of events never sits in memory). */
export async function* linesOf(file: string): AsyncGenerator<{ line: string; number: number }> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number++;
    yield { line, number };
  }
}
