import { ConflictException, Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { LruMap } from '../caching/lru-map';
import { EventStore } from '../event-store';
import { LogHead } from './log-head';
import { logChainOf } from './log-chain';
import { LogProblem, verifyLog } from './verify-log';

/** How many finished checks are kept for their people to read back. */
const KEPT_JOBS = 20;
/** Progress is noted every this many events. */
const PROGRESS_EVERY = 1_000;

export type KeptHead = Pick<LogHead, 'position' | 'hash'>;

/** A check of the log (what `ledger verify --log [--head]` does), run in the server for a person, as JSON. */
export interface LogVerificationJob {
  readonly id: string;
  readonly status: 'running' | 'verified' | 'problems' | 'failed';
  readonly startedBy: string;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  /** The head the person brought (kept earlier), or null: the chain and seals only. */
  readonly keptHead: KeptHead | null;
  /** The log's last position when the check began: how far it goes. */
  readonly untilPosition: string | null;
  readonly eventsChecked: number;
  /** The last position checked so far. */
  readonly position: string | null;
  /** Set when finished: what the check found. */
  readonly result: {
    readonly events: number;
    readonly streams: number;
    readonly seals: number;
    readonly problemCount: number;
    readonly problems: readonly { kind: string; streamId: string | null; revision: string | null; position: string | null; message: string }[];
    readonly head: KeptHead;
  } | null;
  /** Set when the check itself could not run to its end (the store went away): nothing is known of the log. */
  readonly error: string | null;
}

/**
 * Runs checks of the log's hash chain in the background, one at a time (each reads the whole log), and keeps the last
 * KEPT_JOBS for the people who started them to read: progress while running, then the result. Read-only: nothing of
 * a check is recorded in the log.
 */
@Injectable()
export class LogVerificationJobs {
  private readonly logger = new Logger('LogVerification');
  private readonly jobs = new LruMap<string, LogVerificationJob>(KEPT_JOBS);
  private running: string | undefined;

  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  /** Starts a check; refused (409) while another one runs. */
  start(startedBy: string, keptHead: KeptHead | null): LogVerificationJob {
    if (this.running !== undefined) {
      throw new ConflictException(`a check of the log is already running (${this.running}): wait for it, or read its progress at /log-verifications/${this.running}`);
    }
    const job: LogVerificationJob = {
      id: randomUUID(), status: 'running', startedBy, startedAt: new Date().toISOString(), finishedAt: null, keptHead,
      untilPosition: null, eventsChecked: 0, position: null, result: null, error: null,
    };
    this.jobs.set(job.id, job);
    this.running = job.id;
    void this.run(job.id, keptHead);
    return job;
  }

  get(id: string): LogVerificationJob | undefined {
    return this.jobs.peek(id);
  }

  private async run(id: string, keptHead: KeptHead | null): Promise<void> {
    const update = (change: Partial<LogVerificationJob>) => {
      const job = this.jobs.peek(id);
      if (job) this.jobs.set(id, { ...job, ...change });
    };
    try {
      const until = await this.store.headPosition();
      update({ untilPosition: until === undefined ? '0' : String(until) });
      const verification = await verifyLog(logChainOf(this.store), {
        expectedHead: keptHead ?? undefined,
        progressEvery: PROGRESS_EVERY,
        onProgress: (events, position) => update({ eventsChecked: events, position: String(position) }),
      });
      update({
        status: verification.problemCount === 0 ? 'verified' : 'problems',
        finishedAt: new Date().toISOString(),
        eventsChecked: verification.events,
        position: verification.head.position,
        result: {
          events: verification.events, streams: verification.streams, seals: verification.seals, problemCount: verification.problemCount,
          problems: verification.problems.map(problemView), head: verification.head,
        },
      });
    } catch (error) {
      this.logger.error(`checking the log failed: ${(error as Error).message}`);
      update({ status: 'failed', finishedAt: new Date().toISOString(), error: 'the check could not read the whole log (the store was unavailable or closing); start it again' });
    } finally {
      this.running = undefined;
    }
  }
}

function problemView(problem: LogProblem) {
  return {
    kind: problem.kind,
    streamId: problem.streamId ?? null,
    revision: problem.revision === undefined ? null : String(problem.revision),
    position: problem.position === undefined ? null : String(problem.position),
    message: problem.message,
  };
}
