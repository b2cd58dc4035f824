import { once } from 'node:events';
import { Writable } from 'node:stream';

/**
 * Writes a JSON array an element at a time, byte for byte as `JSON.stringify(elements, null, 2)` would print the
 * whole array (JSON text holds no raw newline inside a string, so indenting every line is safe), waiting for the
 * output to drain: a long listing never sits in memory whole.
 */
export class JsonArrayWriter {
  private count = 0;

  constructor(private readonly out: Writable) {}

  async write(element: unknown): Promise<void> {
    await this.put(`${this.count++ === 0 ? '[\n' : ',\n'}  ${JSON.stringify(element, null, 2).replace(/\n/g, '\n  ')}`);
  }

  async end(): Promise<void> {
    await this.put(this.count === 0 ? '[]\n' : '\n]\n');
  }

  private async put(text: string): Promise<void> {
    if (!this.out.write(text)) await once(this.out, 'drain');
  }
}
