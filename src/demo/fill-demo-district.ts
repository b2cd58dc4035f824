import { ARREST_NOTICE, ARREST_NOTIFIED_ARTIST, ARTISTS, artistCommands } from './district-artists';
import { partnerCommands, PARTNERS } from './district-partners';
import {
  arrestNoticeCommand, arrestNotifiedAssignment, partnershipLifeCommands, partnershipSetupCommands, PARTNERSHIPS, sessionCommands, yearEndCommands,
} from './district-partnerships';
import { PATHWAYS, pathwayCommands } from './district-pathways';
import { ALL_SCHOOLS, schoolCommands } from './district-schools';
import { DemoCommand } from './demo-command';
import { DemoProgress } from './demo-progress';
import { CommandOutcome, LedgerClient } from './ledger-client';
import { addDays, LAST_TEACHING_DAY, ROSTER_REVIEW_DATE } from './school-year-calendar';

export interface RouteCounts {
  recorded: number;
  repeated: number;
  refusedAsExpected: number;
}

export interface DemoSummary {
  /** Command requests sent, and how the server took them: 201 recorded, 200 repeated (nothing written), refused on purpose. */
  readonly commands: number;
  readonly recorded: number;
  readonly repeated: number;
  readonly refusedAsExpected: number;
  readonly byRoute: Record<string, RouteCounts>;
  /** The refusals the story shows on purpose, as the server worded them. */
  readonly refusals: { route: string; path: string; rule: string; detail: string }[];
  /** Expiries the sweep as of the roster review date recorded (0 on a second run). */
  readonly expiriesSwept: number;
  readonly district: { schools: number; partners: number; artists: number; partnerships: number; pathways: number; sessionsSent: number };
  /** Where to look: the date the roster story is told on. */
  readonly rosterReviewDate: string;
}

interface PartnershipView {
  state: { assignments: { assignmentId: string; status: string }[] };
}

const SUSPENSION_WAIT_MS = 15_000;

/**
 * Fills a ledger with the demo district over HTTP (`baseUrl`, e.g. http://127.0.0.1:3000) as admin.
 * Deterministic: the same ids, bodies and Idempotency-Keys on every run, so running it again writes nothing.
 * Stops at the first answer the story did not expect (DemoCommandFailed names the route, status and problem).
 */
export async function fillDemoDistrict(baseUrl: string, adminKey: string, progress: DemoProgress): Promise<DemoSummary> {
  const client = new LedgerClient(baseUrl, adminKey);
  const byRoute: Record<string, RouteCounts> = {};
  const totals = { commands: 0, recorded: 0, repeated: 0, refusedAsExpected: 0 };
  const refusals: DemoSummary['refusals'] = [];
  let sessionsSent = 0;

  async function stage(name: string, commands: DemoCommand[]): Promise<void> {
    progress.stage(name, commands.length);
    for (const demoCommand of commands) {
      const outcome = await client.send(demoCommand);
      count(demoCommand.route, outcome);
      if (outcome.kind === 'refused-as-expected') refusals.push({ route: demoCommand.route, path: demoCommand.path, rule: outcome.rule, detail: outcome.detail });
      if (demoCommand.route.endsWith('/sessions')) sessionsSent++;
      progress.advance();
    }
  }

  function count(route: string, outcome: CommandOutcome): void {
    const counts = (byRoute[route] ??= { recorded: 0, repeated: 0, refusedAsExpected: 0 });
    const key = outcome.kind === 'refused-as-expected' ? 'refusedAsExpected' : outcome.kind;
    counts[key]++;
    totals[key]++;
    totals.commands++;
  }

  try {
    await stage('schools', schoolCommands());
    await stage('partners', partnerCommands());
    await stage('artists and clearances', artistCommands());
    await stage('pathways', pathwayCommands());
    await stage('partnerships', partnershipSetupCommands());
    // Sessions before the arrest notice, then the notice: its follow-up suspends the artist's assignment.
    const noticeDate = ARREST_NOTICE.effectiveDate;
    await stage('fall sessions', sessionCommands('2026-09-01', addDays(noticeDate, -1)));
    await stage('arrest notification', [arrestNoticeCommand()]);
    await waitForSuspension(client);
    await stage('sessions', sessionCommands(noticeDate, LAST_TEACHING_DAY, { except: ARREST_NOTIFIED_ARTIST }));
    await stage('PD, check-ins, evaluations', partnershipLifeCommands());
    await stage('year end', yearEndCommands());
    progress.stage('expiry sweep', 1);
    const sweep = await client.post<{ recorded: { total: number } }>('/compliance/sweeps', { asOf: ROSTER_REVIEW_DATE });
    progress.advance();
    return {
      ...totals, byRoute, refusals, expiriesSwept: sweep.recorded.total, rosterReviewDate: ROSTER_REVIEW_DATE,
      district: { schools: ALL_SCHOOLS.length, partners: PARTNERS.length, artists: ARTISTS.length, partnerships: PARTNERSHIPS.length, pathways: PATHWAYS.length, sessionsSent },
    };
  } finally {
    progress.end();
  }
}

/** The follow-up runs asynchronously after the notice: the story goes on only once the assignment is suspended. */
async function waitForSuspension(client: LedgerClient): Promise<void> {
  const { partnershipId, assignmentId } = arrestNotifiedAssignment();
  const deadline = Date.now() + SUSPENSION_WAIT_MS;
  for (;;) {
    const view = await client.get<PartnershipView>(`/partnerships/${partnershipId}`);
    const status = view.state.assignments.find((a) => a.assignmentId === assignmentId)?.status;
    if (status === 'suspended') return;
    if (Date.now() > deadline) throw new Error(`assignment ${assignmentId} of ${partnershipId} is still ${status} ${SUSPENSION_WAIT_MS / 1000}s after the arrest notification`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
