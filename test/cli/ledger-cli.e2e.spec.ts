import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PARTNERSHIPS } from '../../src/demo/district-partnerships';
import { ALL_SCHOOLS } from '../../src/demo/district-schools';
import { LedgerRun, runLedger, STACK_LINE } from './support/run-ledger';

/*
 * The operator CLI as an operator runs it: a real `ledger` process per command on one data directory the
 * `demo` command filled (real SQLite files), read back through export, sweep, verify, replay and rebuild.
 * Tests run in order and share the directory: the sweep's events are visible to the tests after it.
 */

jest.setTimeout(120_000);

let dataDir: string;
let demo: LedgerRun;

const ledger = (...args: string[]) => runLedger(args, { dataDir });

/** The store's head, read straight from the file the CLI wrote. */
function headPosition(): number {
  const db = new Database(join(dataDir, 'events.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT max(position) AS head FROM events').get() as { head: number }).head;
  } finally {
    db.close();
  }
}

function csvRows(text: string): string[][] {
  return text.split('\r\n').filter((line) => line !== '').map((line) => line.split(','));
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ledger-cli-'));
  // --data-dir, not DATA_DIR: the option alone says where the demo goes.
  demo = await runLedger(['demo', '--data-dir', dataDir], { timeoutMs: 110_000 });
}, 120_000);

afterAll(() => {
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('ledger demo', () => {
  it('fills a fresh data directory with the demo district and says what it wrote', () => {
    expect(demo.stderr).not.toMatch(STACK_LINE);
    expect(demo.code).toBe(0);
    expect(demo.stdout).toContain(`Demo district in ${dataDir}: ${ALL_SCHOOLS.length} schools, 8 partners, 40 teaching artists`);
    expect(existsSync(join(dataDir, 'events.sqlite'))).toBe(true);
    expect(headPosition()).toBeGreaterThan(900);
  });
});

describe('ledger --help', () => {
  it('lists every command', async () => {
    const help = await ledger('--help');
    expect(help.code).toBe(0);
    for (const command of ['rebuild', 'verify', 'replay', 'export', 'sweep', 'demo']) expect(help.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
  });
});

describe('ledger export', () => {
  it('prints the arts access report as CSV: a header row, then one row per school of the district', async () => {
    const run = await ledger('export', 'arts-access', '--format', 'csv');
    expect(run.code).toBe(0);
    const [header, ...rows] = csvRows(run.stdout);
    expect(header).toEqual(expect.arrayContaining(['lea', 'schoolId', 'school', 'sessions', 'minutes']));
    expect(rows).toHaveLength(ALL_SCHOOLS.length);
    expect(rows.map((row) => row[header.indexOf('schoolId')]).sort()).toEqual(ALL_SCHOOLS.map((s) => s.id).sort());
    const sessions = rows.map((row) => Number(row[header.indexOf('sessions')]));
    expect(sessions.reduce((a, b) => a + b, 0)).toBeGreaterThan(100);
  });

  it('writes JSON to --out, narrowed by --lea', async () => {
    const out = join(dataDir, 'roster.json');
    const run = await ledger('export', 'clearance-roster', '--format', 'json', '--lea', 'eastside-usd', '--as-of', '2026-11-20', '--expiring-within-days', '30', '--out', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const roster = JSON.parse(readFileSync(out, 'utf8')) as { lea: string; asOf: string; artists: { lea: string }[] };
    expect(roster).toMatchObject({ lea: 'eastside-usd', asOf: '2026-11-20' });
    expect(roster.artists.length).toBeGreaterThan(0);
    expect(roster.artists.every((a) => a.lea === 'eastside-usd')).toBe(true);
  });

  it('refuses an unknown report with exit code 2, naming it and the known ones, without a stack trace', async () => {
    const run = await ledger('export', 'arts-acess', '--format', 'csv');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown report "arts-acess"');
    expect(run.stderr).toContain('arts-access');
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.stdout).toBe('');
  });

  it.each([
    [['export', 'arts-access', '--format', 'xml'], '--format'],
    [['export', 'arts-access'], '--format'],
    [['export', 'clearance-roster', '--format', 'csv', '--as-of', '2027-02-30'], '--as-of'],
    [['export', 'arts-access', '--format', 'csv', '--as-of', '2027-01-01'], '--as-of'],
    [['export', 'arts-access', '--format', 'csv', '--lea', 'no such lea'], '--lea'],
    [['sweep', '--as-of', 'tomorrow'], '--as-of'],
    [['rebuild', 'arts'], 'arts'],
    [['replay', `partnership-${PARTNERSHIPS[0].id}`, '--until', 'yesterday'], '--until'],
    [['exprot', 'arts-access'], 'exprot'],
  ])('exits 2 on %j with a message naming %s', async (args, named) => {
    const run = await ledger(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(named);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });
});

describe('ledger sweep', () => {
  it('records the expiries due as of the date once, as the operator, then records nothing', async () => {
    const first = await ledger('sweep', '--as-of', '2027-06-30');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^sweep as of 2027-06-30 by (cli:\S+|system:cli): checked 40 artists and 8 partners$/m);
    const recorded = /recorded (\d+) events?:/.exec(first.stdout);
    expect(Number(recorded?.[1])).toBeGreaterThan(0);
    expect(first.stdout).toMatch(/^ {2}artist-\S+\s+#\s*\d+\s+ClearanceExpired\s+requirement=\S+ lea=eastside-usd expiredOn=20\d\d-\d\d-\d\d$/m);

    const second = await ledger('sweep', '--as-of', '2027-06-30');
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('recorded nothing');
    expect(second.stdout).not.toContain('ClearanceExpired');

    // The events name the operator as actor.
    const swept = /^ {2}(artist-\S+)\s+#\s*(\d+)\s+ClearanceExpired/m.exec(first.stdout)!;
    const replay = await ledger('replay', swept[1], '--json');
    const steps = JSON.parse(replay.stdout) as { revision: string; type: string; actor: string }[];
    expect(steps.find((s) => s.revision === swept[2])).toMatchObject({ type: 'ClearanceExpired', actor: expect.stringMatching(/^(cli:\S+|system:cli)$/) });
  });

  it('export brings the projections up to the head first (the sweep was written after the demo server stopped)', async () => {
    const head = headPosition();
    const livePosition = async () => Number(/arts_access: no drift at position (\d+)/.exec((await ledger('verify', 'arts_access')).stdout)?.[1]);
    expect(await livePosition()).toBeLessThan(head);
    expect((await ledger('export', 'arts-access', '--format', 'json')).code).toBe(0);
    // At least the head before the export (a follow-up reactor in the CLI process may have added events since).
    expect(await livePosition()).toBeGreaterThanOrEqual(head);
  });
});

describe('ledger verify', () => {
  it('finds no drift in any projection and exits 0', async () => {
    const run = await ledger('verify');
    expect(run.code).toBe(0);
    for (const name of ['clearance_roster', 'arts_access', 'pathway_sequences', 'partner_services', 'partnership_health']) {
      expect(run.stdout).toMatch(new RegExp(`^${name}: no drift at position \\d+$`, 'm'));
    }
    expect(run.stdout).not.toContain('DRIFT');
  });
});

describe('ledger replay', () => {
  it('prints a partnership timeline up to revision 3: four events, each with its actor and the state after it', async () => {
    const partnershipId = PARTNERSHIPS[0].id;
    const run = await ledger('replay', `partnership-${partnershipId}`, '--until', '3');
    expect(run.code).toBe(0);
    const events = run.stdout.split('\n').filter((line) => line.startsWith('#'));
    expect(events).toHaveLength(4);
    expect(events.map((line) => /^#\s*(\d+)/.exec(line)?.[1])).toEqual(['0', '1', '2', '3']);
    expect(events[0]).toContain('PartnershipProposed');
    for (const line of events) expect(line).toMatch(/ by key:admin/);
    expect(run.stdout.match(/state after: /g)).toHaveLength(4);
    expect(run.stdout).toContain(`"partnershipId":"${partnershipId}"`);
  });

  it('says so when the stream has no events', async () => {
    const run = await ledger('replay', 'partnership-nobody');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('partnership-nobody has no events');
  });
});

describe('ledger rebuild', () => {
  it('rebuilds every projection with progress on stderr, and the reports answer the same afterwards', async () => {
    const reports = async () =>
      Promise.all([
        ledger('export', 'arts-access', '--format', 'csv'),
        ledger('export', 'clearance-roster', '--format', 'json', '--as-of', '2027-06-30'),
        ledger('export', 'partner-services', '--format', 'csv'),
        ledger('export', 'pathways', '--format', 'json'),
      ]).then((runs) => runs.map((run) => run.stdout));
    const before = await reports();
    expect(before.every((text) => text.length > 100)).toBe(true);

    const run = await ledger('rebuild', 'all');
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/events\/s/);
    expect(run.stderr).toMatch(new RegExp(`: ${headPosition()} events in [\\d.]+ s`));
    for (const name of ['clearance_roster', 'arts_access', 'pathway_sequences', 'partner_services', 'partnership_health']) {
      expect(run.stdout).toContain(`rebuilt ${name}`);
    }
    expect(await reports()).toEqual(before);
    expect((await ledger('verify')).code).toBe(0);
  });
});
