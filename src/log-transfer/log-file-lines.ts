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

/**
 * The file's whole lines (ending in a newline: a last line without one was cut short) with their length in bytes,
 * split on the bytes themselves, so what is kept is exactly what was read. A line ending in CR is returned with it
 * (JSON takes the CR as whitespace, and so does import: such a line is kept as it is).
 */
export async function* wholeLinesOf(file: string): AsyncGenerator<{ text: string; length: number }> {
  let pending: Buffer[] = [];
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let newline = chunk.indexOf(0x0a); newline !== -1; newline = chunk.indexOf(0x0a, start)) {
      const line = Buffer.concat([...pending, chunk.subarray(start, newline)]);
      pending = [];
      start = newline + 1;
      yield { text: line.toString('utf8'), length: line.length + 1 };
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
}
