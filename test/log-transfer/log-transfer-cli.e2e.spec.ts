import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLedger, STACK_LINE } from '../cli/support/run-ledger';

/*
 * Bad input to `ledger import-log` / `export-log` is refused before any store is opened: no event log is created in a
 * DATA_DIR that had none (exit 2, a message, no stack).
 */

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ledger-transfer-cli-'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

it('import-log refuses a missing or malformed file without creating the target store', async () => {
  const malformed = join(root, 'malformed.ndjson');
  writeFileSync(malformed, '{"format":"partnership-ledger-log","version":1,"exportedAt":"2026-12-04T00:00:00.000Z"}\n{"position":"1"}\n');
  for (const [file, message] of [
    [join(root, 'missing.ndjson'), /no file at .*missing\.ndjson; nothing imported/],
    [malformed, /line 2: id must be a string; nothing imported/],
  ] as const) {
    const dataDir = join(root, `target-${file.length}`);
    const run = await runLedger(['import-log', file], { dataDir });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 2, stderr: expect.stringMatching(message) });
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(existsSync(dataDir)).toBe(false);
  }
});

it('export-log refuses a DATA_DIR without an event log (creating none) and an --out that exists', async () => {
  const dataDir = join(root, 'no-log-here');
  const run = await runLedger(['export-log', '--out', join(root, 'out.ndjson')], { dataDir });
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 2, stderr: expect.stringContaining('no event log at') });
  expect(existsSync(dataDir)).toBe(false);
  expect(existsSync(join(root, 'out.ndjson'))).toBe(false);
  const existing = join(root, 'existing.ndjson');
  writeFileSync(existing, 'keep');
  const over = await runLedger(['export-log', '--out', existing], { dataDir });
  expect({ code: over.code, stderr: over.stderr }).toEqual({ code: 2, stderr: expect.stringContaining('already exists') });
});
