import { EventStore, RecordedEvent } from '../../src/event-store';
import { ARREST_NOTIFIED_ARTIST } from '../../src/demo/district-artists';
import { PARTNERSHIPS } from '../../src/demo/district-partnerships';
import { COMPLETE_PATHWAY, PATHWAY_WITH_GAP } from '../../src/demo/district-pathways';
import { ALL_SCHOOLS, FEEDER_PATTERNS, NETWORK_LEA } from '../../src/demo/district-schools';
import { DemoSummary, fillDemoDistrict } from '../../src/demo/fill-demo-district';
import { SILENT_PROGRESS } from '../../src/demo/demo-progress';
import { addDays, ROSTER_REVIEW_DATE } from '../../src/demo/school-year-calendar';
import { startTestApp, TestApp } from '../support/test-app';

/*
 * The demo district, filled over real HTTP into the real app and embedded store, then read back through the
 * GET routes and the store: the counts issue 3 asks for, the arrest notice's suspension, and a second run
 * that writes nothing.
 */

jest.setTimeout(180_000);

let t: TestApp;
let first: DemoSummary;
let events: RecordedEvent[];

async function allEvents(store: EventStore): Promise<RecordedEvent[]> {
  const all: RecordedEvent[] = [];
  for await (const event of store.readAll()) all.push(event);
  return all;
}

const ofType = (type: string) => events.filter((e) => e.type === type);
const get = (path: string) => t.http.get(path).set('Authorization', `Bearer ${t.tokens.reporting}`);

beforeAll(async () => {
  t = await startTestApp();
  first = await fillDemoDistrict(await t.app.getUrl(), t.tokens.admin, SILENT_PROGRESS);
  events = await allEvents(t.store);
});

afterAll(async () => {
  await t?.close();
});

describe('the demo district', () => {
  it('registers at least 12 schools in 3 feeder patterns of one LEA, and a second LEA with its own schools', async () => {
    const registered = ofType('SchoolRegistered').map((e) => e.data as { schoolId: string; lea: string; level: string });
    expect(registered.length).toBeGreaterThanOrEqual(14);
    for (const s of ALL_SCHOOLS) expect((await get(`/schools/${s.id}`)).status).toBe(200);
    const district = registered.filter((s) => s.lea === 'eastside-usd');
    expect(district.length).toBeGreaterThanOrEqual(12);
    expect(registered.filter((s) => s.lea === NETWORK_LEA).length).toBeGreaterThanOrEqual(2);
    expect(Object.keys(FEEDER_PATTERNS)).toHaveLength(3);
    for (const pattern of Object.values(FEEDER_PATTERNS)) {
      const levels = [...pattern.elementary, ...pattern.middle, ...pattern.high].map((s) => registered.find((r) => r.schoolId === s.id)?.level);
      expect(new Set(levels)).toEqual(new Set(['elementary', 'middle', 'high']));
    }
    expect(ofType('ArtsLeadDesignated')).toHaveLength(registered.length);
    expect(ofType('ArtsPlanAdopted')).toHaveLength(registered.length);
  });

  it('has 8 partners of the kinds the domain names, each approved with insurance, certification and an agreement', async () => {
    const proposed = ofType('PartnerProposed').map((e) => e.data as { partnerId: string; kind: string });
    expect(proposed).toHaveLength(8);
    expect(new Set(proposed.map((p) => p.kind))).toEqual(new Set(['arts-nonprofit', 'youth-symphony', 'after-school-provider', 'health-service']));
    const approvedPartners = new Set(ofType('PartnerApproved').map((e) => (e.data as { partnerId: string }).partnerId));
    expect(approvedPartners.size).toBe(8);
    for (const type of ['InsuranceCertificateAccepted', 'ContractorCertificationAccepted', 'AgreementExecuted']) {
      expect(new Set(ofType(type).map((e) => (e.data as { partnerId: string }).partnerId)).size).toBe(8);
    }
    expect((await get('/partners/mariachi-heritage-ensemble')).status).toBe(200);
  });

  it('has 40 teaching artists, each with the four default clearances, some expiring within 30 days of the roster review', () => {
    const artists = ofType('ArtistRegistered');
    expect(artists).toHaveLength(40);
    const grants = ofType('ClearanceGranted').map((e) => e.data as { artistId: string; requirement: string; lea: string; expiresOn: string | null });
    for (const a of artists) {
      const { artistId } = a.data as { artistId: string };
      expect(new Set(grants.filter((g) => g.artistId === artistId && g.lea === 'eastside-usd').map((g) => g.requirement)).size).toBe(4);
    }
    const horizon = addDays(ROSTER_REVIEW_DATE, 30);
    const expiringSoon = new Set(grants.filter((g) => g.expiresOn !== null && g.expiresOn >= ROSTER_REVIEW_DATE && g.expiresOn <= horizon).map((g) => g.artistId));
    expect(expiringSoon.size).toBeGreaterThanOrEqual(3);
    // The sweep as of the review date records the one screening already lapsed.
    expect(first.expiriesSwept).toBeGreaterThanOrEqual(1);
    expect(ofType('ClearanceExpired').length).toBe(first.expiriesSwept);
  });

  it('runs 6 partnerships through the school year: dozens of sessions per assignment, PD, check-ins and evaluations', async () => {
    expect(ofType('PartnershipProposed')).toHaveLength(6);
    for (const p of PARTNERSHIPS) {
      const view = await get(`/partnerships/${p.id}`);
      expect(view.status).toBe(200);
      const state = view.body.state;
      expect(state.schools.length).toBeGreaterThanOrEqual(1);
      expect(state.commitment).not.toBeNull();
      expect(state.assignments.length).toBeGreaterThanOrEqual(2);
      for (const a of state.assignments) {
        expect([a.assignmentId, a.sessionsLogged >= 24]).toEqual([a.assignmentId, a.artistId !== ARREST_NOTIFIED_ARTIST]);
      }
      expect(state.professionalDevelopmentHours).toBeGreaterThan(0);
      expect(state.checkIns).toBeGreaterThanOrEqual(8);
      expect(state.evaluations).toHaveLength(2);
      expect(p.yearEnd === 'renewal' ? state.renewals : state.status).toEqual(p.yearEnd === 'renewal' ? 1 : 'concluded');
    }
    expect(ofType('SessionLogged').length).toBeGreaterThan(400);
  });

  it('suspends the assignment of the artist named in an arrest notification, for that cause', async () => {
    const p = PARTNERSHIPS.find((x) => x.assignments.some((a) => a.artistId === ARREST_NOTIFIED_ARTIST))!;
    const view = await get(`/partnerships/${p.id}`);
    const assignment = view.body.state.assignments.find((a: { artistId: string }) => a.artistId === ARREST_NOTIFIED_ARTIST);
    expect(assignment).toEqual(expect.objectContaining({ status: 'suspended' }));
    expect(assignment.suspensionCauses).toEqual([expect.objectContaining({ kind: 'clearance', requirement: 'background-check', lea: 'eastside-usd' })]);
    expect(ofType('ArrestNotificationReceived')).toHaveLength(1);
  });

  it("refuses a district-cleared artist at the network's school: clearances do not transfer between LEAs", async () => {
    expect(first.refusals).toEqual([expect.objectContaining({ rule: 'assignment.clearances', detail: expect.stringContaining(NETWORK_LEA) })]);
    const view = await get('/partnerships/harbor-mariachi-residency');
    expect(view.body.state.assignments.map((a: { artistId: string }) => a.artistId)).not.toContain('emilio-zavala');
  });

  it('defines pathways in two art forms: one complete beginning → advanced sequence, one with a gap', async () => {
    const complete = (await get(`/pathways/${COMPLETE_PATHWAY}`)).body.state;
    const gap = (await get(`/pathways/${PATHWAY_WITH_GAP}`)).body.state;
    expect(new Set([complete.artForm, gap.artForm]).size).toBe(2);
    const levels = (state: { courses: { level: string }[] }) => new Set(state.courses.map((c) => c.level));
    expect(levels(complete)).toEqual(new Set(['beginning', 'intermediate', 'advanced']));
    expect(levels(gap).has('advanced')).toBe(false);
    expect(levels(gap).size).toBeGreaterThan(0);
  });

  it('writes nothing new when run a second time', async () => {
    const before = events.length;
    const second = await fillDemoDistrict(await t.app.getUrl(), t.tokens.admin, SILENT_PROGRESS);
    expect(second.recorded).toBe(0);
    expect(second.expiriesSwept).toBe(0);
    expect(second.repeated).toBe(first.recorded + first.repeated);
    expect((await allEvents(t.store)).length).toBe(before);
  });
});
