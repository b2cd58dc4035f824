import { PassThrough } from 'node:stream';
import { JsonArrayWriter } from './json-array-writer';

async function written(elements: unknown[]): Promise<string> {
  const out = new PassThrough();
  const chunks: string[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  const writer = new JsonArrayWriter(out);
  for (const element of elements) await writer.write(element);
  await writer.end();
  return chunks.join('');
}

describe('JsonArrayWriter', () => {
  it('prints what JSON.stringify(array, null, 2) prints, a line break after', async () => {
    for (const elements of [[], [1], [{ a: 'x\ny', b: [1, { c: null }], d: {} }, 'two', []], [{ revision: '0', stateAfter: { sessions: { count: 0, newest: [] } } }]]) {
      expect(await written(elements)).toBe(`${JSON.stringify(elements, null, 2)}\n`);
    }
  });
});
