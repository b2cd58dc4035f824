import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SettableClock } from '../../src/clock/clock';
import { ExpirySweepScheduler, SCHEDULED_SWEEP_ACTOR } from '../../src/compliance/schedule/expiry-sweep-scheduler';
import { loadConfig } from '../../src/config/load-config';
import { RecordedEvent } from '../../src/event-store';
import { seedApprovedPartner, seedClearedArtist } from '../support/seed-district';
import { startTestApp, TestApp } from '../support/test-app';

/*
 * The daily expiry sweep (SWEEP_AT in SWEEP_TIMEZONE) through the real app. The timer itself is croner's and is
 * not waited for: the tests drive what it and the start call (runDueSweep, sweepToday) with a SettableClock.
 * Artist "tess" is cleared in lausd from 2026-01-10, her TB screening valid until 2026-02-04: a sweep as of the
 * 5th records its expiry.
 */

const ON = { SWEEP_AT: '02:00', SWEEP_TIMEZONE: 'America/Los_Angeles' };

describe('daily sweep configuration', () => {
  it('defaults to 02:00 America/Los_Angeles; SWEEP_AT=off turns the schedule off', () => {
    expect(loadConfig({})).toEqual(expect.objectContaining({ sweepAt: '02:00', sweepTimezone: 'America/Los_Angeles' }));
    expect(loadConfig({ SWEEP_AT: 'OFF' }).sweepAt).toBeUndefined();
    expect(loadConfig({ SWEEP_AT: '6:30', SWEEP_TIMEZONE: 'Europe/Paris' })).toEqual(expect.objectContaining({ sweepAt: '06:30', sweepTimezone: 'Europe/Paris' }));
  });

  it.each([
    ['SWEEP_AT', '24:00', /HH:MM from 00:00 to 23:59, or off/],
    ['SWEEP_AT', '2am', /HH:MM from 00:00 to 23:59, or off/],
    ['SWEEP_AT', '02:00:00', /HH:MM from 00:00 to 23:59, or off/],
    ['SWEEP_TIMEZONE', 'Mars/Olympus_Mons', /IANA time zone such as America\/Los_Angeles/],
    ['SWEEP_TIMEZONE', 'PST8PDT9', /IANA time zone/],
  ])('stops the start when %s=%s, naming the setting and what it accepts', async (name, value, accepted) => {
    const start = startTestApp({ env: { [name]: value } });
    await expect(start).rejects.toThrow(new RegExp(`Invalid configuration: ${name} `));
    await expect(start).rejects.toThrow(accepted);
  });
});

describe('daily sweep', () => {
  let dataDir: string;
  let t: TestApp | undefined;
  let other: TestApp | undefined;
  const clock = new SettableClock(new Date('2026-02-01T18:00:00Z'));

  const as = (app: TestApp, role: 'reporting' | 'compliance') => ({ Authorization: `Bearer ${app.tokens[role]}` });
  const scheduler = (app: TestApp) => app.app.get(ExpirySweepScheduler);
  const health = async (app: TestApp) => (await app.http.get('/health')).body as { status: string; info?: Record<string, any>; error?: Record<string, any> };
  const metrics = async (app: TestApp) => (await app.http.get('/metrics').set(as(app, 'reporting')).expect(200)).text;

  async function expiries(app: TestApp): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    for await (const e of app.store.readStream('artist-tess')) if (e.type === 'ClearanceExpired') events.push(e);
    return events;
  }

  async function until<T>(probe: () => Promise<T | undefined>, what: string): Promise<T> {
    for (let i = 0; i < 250; i++) {
      const value = await probe();
      if (value !== undefined) return value;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`timed out waiting for ${what}`);
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ledger-sweep-schedule-'));
    // Recorded while the schedule is off (the test app's default): nobody sweeps.
    const seeding = await startTestApp({ dataDir, clock });
    try {
      await seedApprovedPartner(seeding.store, 'lausd', 'dance-co');
      await seedClearedArtist(seeding, 'tess', { lea: 'lausd', partnerId: 'dance-co', clearedOn: '2026-01-10', tbExpiresOn: '2026-02-04' });
      expect((await health(seeding)).info?.expirySweep).toEqual(expect.objectContaining({ status: 'up', schedule: 'off', lastSweep: null, overdue: false }));
      expect(scheduler(seeding).schedule).toBeUndefined();
      expect(await scheduler(seeding).runDueSweep()).toEqual({ ran: false, reason: 'off' });
    } finally {
      await seeding.close();
    }
  });

  afterAll(async () => {
    await other?.close();
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('catches up at start the sweep missed while the server was down, as of the local date in SWEEP_TIMEZONE', async () => {
    // 2026-02-05 04:00 in Los Angeles: the 02:00 run of the 5th was missed.
    clock.set('2026-02-05T12:00:00Z');
    t = await startTestApp({ dataDir, clock, env: ON });
    const last = await until(async () => (await health(t!)).info?.expirySweep?.lastSweep ?? undefined, 'the catch-up sweep');
    expect(last).toEqual({ asOf: '2026-02-05', completedAt: '2026-02-05T12:00:00.000Z', actor: SCHEDULED_SWEEP_ACTOR, recorded: 1, runs: 1 });
    const [expired] = await expiries(t);
    expect(expired.data).toEqual(expect.objectContaining({ requirement: 'tb-screening', lea: 'lausd' }));
    expect(expired.metadata.actor).toBe(SCHEDULED_SWEEP_ACTOR);

    const report = await health(t);
    expect(report.status).toBe('ok');
    expect(report.info?.expirySweep).toEqual(expect.objectContaining({
      status: 'up', overdue: false, overdueAfterHours: 26, schedule: { at: '02:00', timezone: 'America/Los_Angeles', nextRun: '2026-02-06T10:00:00.000Z' },
    }));
    const text = await metrics(t);
    expect(text).toContain(`ledger_sweep_last_success_timestamp_seconds ${Date.parse('2026-02-05T12:00:00Z') / 1000}`);
    expect(text).toMatch(/^ledger_sweep_recorded_total 1$/m);
  });

  it('does not sweep again at start once a sweep as of the due date has completed', async () => {
    clock.set('2026-02-05T20:00:00Z');
    expect(await scheduler(t!).runDueSweep()).toEqual({ ran: false, asOf: '2026-02-05', reason: 'already-swept' });
  });

  it('counts a sweep that recorded nothing as the last sweep', async () => {
    clock.set('2026-02-06T10:00:05Z');
    const outcome = await scheduler(t!).sweepToday();
    expect(outcome).toEqual(expect.objectContaining({ ran: true, asOf: '2026-02-06' }));
    expect(outcome.ran && outcome.report.recorded.total).toBe(0);
    expect((await health(t!)).info?.expirySweep?.lastSweep).toEqual(expect.objectContaining({ asOf: '2026-02-06', recorded: 0, completedAt: '2026-02-06T10:00:05.000Z' }));
    expect(await expiries(t!)).toHaveLength(1);
  });

  it('reports the sweep overdue (and /health 503) once the last one completed more than 26 h ago', async () => {
    clock.set('2026-02-07T12:00:04Z'); // 25 h 59 min 59 s after the last one
    expect((await health(t!)).info?.expirySweep).toEqual(expect.objectContaining({ status: 'up', overdue: false }));
    clock.set('2026-02-07T12:00:06Z');
    const response = await t!.http.get('/health');
    expect(response.status).toBe(503);
    expect(response.body.error.expirySweep).toEqual(expect.objectContaining({ status: 'down', overdue: true, lastSweep: expect.objectContaining({ asOf: '2026-02-06' }) }));
    // A manual sweep counts too.
    await t!.http.post('/compliance/sweeps').set(as(t!, 'compliance')).send({ asOf: '2026-02-07' }).expect(200);
    expect((await health(t!)).info?.expirySweep).toEqual(expect.objectContaining({ status: 'up', lastSweep: expect.objectContaining({ asOf: '2026-02-07', actor: 'key:compliance' }) }));
  });

  it('records nothing twice when two servers on one store sweep the same date at the same time', async () => {
    // A new expiry due by 2026-02-10: a second artist whose TB screening is valid until 2026-02-09.
    await seedClearedArtist(t!, 'uma', { lea: 'lausd', partnerId: 'dance-co', clearedOn: '2026-01-10', tbExpiresOn: '2026-02-09' });
    other = await startTestApp({ dataDir, clock, env: { ...ON } });
    clock.set('2026-02-10T10:00:00Z');
    const [a, b] = await Promise.all([scheduler(t!).sweepToday(), scheduler(other).sweepToday()]);
    expect([a.ran, b.ran]).toEqual([true, true]);
    const uma: RecordedEvent[] = [];
    for await (const e of t!.store.readStream('artist-uma')) if (e.type === 'ClearanceExpired') uma.push(e);
    expect(uma).toHaveLength(1);
    expect(uma[0].metadata.actor).toBe(SCHEDULED_SWEEP_ACTOR);
    // Both sweeps completed; the event counts once (by id), whichever server's append got in first.
    expect((await health(t!)).info?.expirySweep?.lastSweep).toEqual(expect.objectContaining({ asOf: '2026-02-10', recorded: 1, runs: 2 }));
    const counted = [await metrics(t!), await metrics(other)].map((text) => Number(/^ledger_sweep_recorded_total (\d+)$/m.exec(text)?.[1]));
    expect(counted[0] + counted[1]).toBe(2); // the two servers share the read-model database: tess once, uma once
  });
});
