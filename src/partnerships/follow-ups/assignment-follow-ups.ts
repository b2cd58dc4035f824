import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, Optional } from '@nestjs/common';
import { CLEARANCE_POLICY } from '../../artists/application/clearance-policy.provider';
import { initialArtistState } from '../../artists/domain/artist-state';
import { ClearancePolicy, DEFAULT_CLEARANCE_POLICY } from '../../artists/domain/clearance-policy';
import { CommandRefusedError, deterministicUuid, executeCommand } from '../../command-handling';
import { EventStore, RecordedEvent, Subscription, upcast } from '../../event-store';
import { ReadModelDatabase } from '../../read-models/read-model-database';
import { OtherStreamFacts } from '../application/other-stream-facts';
import { StandingFacts } from '../domain/assignment-standing';
import { ReviewAssignmentStanding, StandingTrigger } from '../domain/partnership-commands';
import { partnershipDecider } from '../domain/partnership-decider';
import { findAssignment, runsOn } from '../domain/partnership-state';
import { SuspensionCause } from '../domain/suspension-cause';
import { ArtistAssigned } from '../domain/partnership-events';
import { partnershipStream } from '../domain/streams';
import { AssignmentFollowUpIndex } from './assignment-follow-up-index';
import { FOLLOW_UP_CAUSE_TYPES, followUpCauseOf } from './follow-up-causes';

export const FOLLOW_UP_ACTOR = 'system:assignment-follow-ups';
/** The server runs the follow-ups from bootstrap; the CLI turns this off and starts them only where a command needs them. */
export const followUpSettings = { runOnBootstrap: true };
const REACTOR = 'assignment-follow-ups';
const ASSIGNMENT_TYPES = ['ArtistAssigned', 'AssignmentSuspended', 'AssignmentResumed', 'AssignmentSuspensionCauseLifted', 'AssignmentEnded'];
const RETRY_DELAY_MS = 1_000;

interface FollowUp {
  readonly partnershipId: string;
  readonly assignmentId: string;
  readonly trigger: StandingTrigger;
  readonly openCauses: readonly SuspensionCause[];
}

/**
 * Rule 3: suspends and resumes assignments when an artist's clearance or a partner's standing changes.
 * Each event about an artist or partner (and each new assignment) has every open assignment concerned reviewed
 * against the current folds of the artist and partner streams (`reviewAssignmentStanding`): it is suspended while
 * anything stands in the way and resumed only when nothing does.
 * Consumes the global log from its own checkpoint; for each event it acts first, then stores its index and
 * checkpoint in one transaction. A crash between the two replays the event, and the deterministic command id
 * ('follow-up', causing event, assignment) makes executeCommand recognise the repeat and write nothing.
 */
@Injectable()
export class AssignmentFollowUps implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AssignmentFollowUps');
  private readonly index: AssignmentFollowUpIndex;
  private subscription: Subscription | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;
  private handledUpTo: bigint | undefined;

  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    database: ReadModelDatabase,
    private readonly facts: OtherStreamFacts,
    @Optional() @Inject(CLEARANCE_POLICY) private readonly policy: ClearancePolicy = DEFAULT_CLEARANCE_POLICY,
  ) {
    this.index = new AssignmentFollowUpIndex(database, REACTOR);
  }

  onApplicationBootstrap(): void {
    if (followUpSettings.runOnBootstrap) this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  /** Global position of the last event handled (undefined before the first). */
  get position(): bigint | undefined {
    return this.handledUpTo;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.running = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.subscription?.close();
    await this.running;
    this.running = undefined;
  }

  /** Forgets the checkpoint and index: the next start replays the whole log (tests and rebuilds). */
  async reset(): Promise<void> {
    await this.stop();
    this.index.reset();
    this.handledUpTo = undefined;
  }

  /** Resolves once every event of interest recorded before the call has been handled. */
  async caughtUp(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      let pending = false;
      for await (const _event of this.store.readAll({ after: this.handledUpTo, filter: this.filter(), maxCount: 1 })) pending = true;
      if (!pending) return;
      if (Date.now() > deadline) throw new Error(`assignment follow-ups not caught up after ${timeoutMs} ms (at ${this.handledUpTo ?? 'start'})`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  private filter() {
    return { streamPrefixes: ['artist-', 'partner-', 'partnership-'], eventTypes: [...FOLLOW_UP_CAUSE_TYPES, ...ASSIGNMENT_TYPES] };
  }

  /** Runs until stopped; after a failure it starts again from the checkpoint (at least once, never skipping). */
  private async run(): Promise<void> {
    while (!this.stopped) {
      try {
        this.handledUpTo = this.index.checkpoint();
        this.subscription = this.store.subscribe({ after: this.handledUpTo, filter: this.filter() });
        for await (const recorded of this.subscription) {
          if (this.stopped) break;
          await this.handle(upcast(recorded));
          this.handledUpTo = recorded.position;
        }
      } catch (error) {
        if (this.stopped) break;
        this.logger.error(`follow-up failed at position ${this.handledUpTo ?? 'start'}; retrying from the checkpoint: ${(error as Error).message}`);
        await this.subscription?.close();
        await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
      }
    }
  }

  private async handle(event: RecordedEvent): Promise<void> {
    const followUps = this.followUpsFor(event);
    for (const followUp of followUps) await this.act(followUp, event);
    this.index.commit(event.position, () => this.updateIndex(event));
  }

  private followUpsFor(event: RecordedEvent): FollowUp[] {
    if (event.type === 'ArtistAssigned') return [this.followUpForNewAssignment(event as RecordedEvent<ArtistAssigned['data']>)];
    const found = followUpCauseOf(event);
    if (!found) return [];
    const { effect, subject, cause, effectiveDate } = found;
    const trigger: StandingTrigger = {
      eventId: event.id, eventType: event.type, effectiveDate, effect, item: { kind: cause.kind, ...(cause.requirement ? { requirement: cause.requirement } : {}) },
    };
    return this.index
      .assignmentsOf(subject, cause.lea)
      // Running on the cause's day: not ended, or ended from a later day (an end recorded ahead).
      .filter((a) => runsOn(a, effectiveDate))
      .map((a) => ({ partnershipId: a.partnershipId, assignmentId: a.assignmentId, trigger, openCauses: this.openCauses(a.artistId, a.partnerId, cause.lea) }));
  }

  /**
   * A new assignment is reviewed too: rule 1 looked at its start date only, and its decision may have read the
   * artist or partner stream just before a suspension was recorded there.
   */
  private followUpForNewAssignment(event: RecordedEvent<ArtistAssigned['data']>): FollowUp {
    const a = event.data;
    return {
      partnershipId: a.partnershipId,
      assignmentId: a.assignmentId,
      trigger: { eventId: event.id, eventType: event.type, effectiveDate: a.startDate, effect: 'review' },
      openCauses: this.openCauses(a.artistId, a.partnerId, a.lea),
    };
  }

  private openCauses(artistId: string, partnerId: string, lea: string): SuspensionCause[] {
    return [...this.index.openCausesOf({ kind: 'artist', id: artistId }, lea), ...this.index.openCausesOf({ kind: 'partner', id: partnerId }, lea)].map((open) => open.cause);
  }

  private async act(followUp: FollowUp, event: RecordedEvent): Promise<void> {
    try {
      await this.execute(followUp, event);
    } catch (error) {
      // A refusal will not change on retry: report it and go on, rather than stall every later follow-up behind it.
      if (!(error instanceof CommandRefusedError)) throw error;
      this.logger.error(`follow-up of ${event.type} ${event.id} on assignment ${followUp.assignmentId} refused: ${error.message}`);
    }
  }

  private async execute(followUp: FollowUp, event: RecordedEvent): Promise<void> {
    const { assignmentId, trigger, openCauses } = followUp;
    const streamId = partnershipStream(followUp.partnershipId);
    await executeCommand({
      store: this.store,
      decider: partnershipDecider,
      id: assignmentId,
      streamId,
      // Read inside the builder, so a retry after a lost race judges on the artist and partner as they are then.
      command: async (state): Promise<ReviewAssignmentStanding> => {
        const assignment = findAssignment(state, assignmentId);
        const facts = assignment ? await this.standingFacts(assignment.artistId, assignment.partnerId) : { artist: initialArtistState, partner: null, policy: this.policy };
        return { type: 'ReviewAssignmentStanding', assignmentId, trigger, facts, openCauses };
      },
      context: {
        // Derived from the causing event and the assignment: a replay or restart is recognised and writes nothing.
        commandId: deterministicUuid('follow-up', trigger.eventId, assignmentId),
        actor: FOLLOW_UP_ACTOR,
        correlationId: event.metadata.correlationId,
        causationId: trigger.eventId,
      },
    });
  }

  private async standingFacts(artistId: string, partnerId: string): Promise<StandingFacts> {
    const [artist, partner] = await Promise.all([this.facts.artist(artistId), this.facts.partner(partnerId)]);
    return { artist: artist.state, partner: partner.revision >= 0n ? partner.state : null, policy: this.policy };
  }

  private updateIndex(event: RecordedEvent): void {
    const data = event.data as { partnershipId: string; assignmentId: string };
    switch (event.type) {
      case 'ArtistAssigned': {
        const a = (event as RecordedEvent<ArtistAssigned['data']>).data;
        this.index.addAssignment(a);
        return;
      }
      case 'AssignmentSuspended':
      case 'AssignmentSuspensionCauseLifted':
        return this.index.setStatus(data.partnershipId, data.assignmentId, 'suspended');
      case 'AssignmentResumed':
        return this.index.setStatus(data.partnershipId, data.assignmentId, 'active');
      case 'AssignmentEnded':
        return this.index.end(data.partnershipId, data.assignmentId, (event.data as { effectiveDate: string }).effectiveDate);
    }
    const found = followUpCauseOf(event);
    if (!found) return;
    if (found.effect === 'suspend') this.index.openCause(found.subject, found.cause, event.revision, found.effectiveDate);
    else if (found.effect === 'lift') this.index.closeCause(found.subject, found.cause);
  }
}
