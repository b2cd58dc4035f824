import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { CommandRefusedError, deterministicUuid, executeCommand } from '../../command-handling';
import { EventStore, RecordedEvent, Subscription, upcast } from '../../event-store';
import { ReadModelDatabase } from '../../read-models/read-model-database';
import { ResumeAssignment, SuspendAssignment } from '../domain/partnership-commands';
import { partnershipDecider } from '../domain/partnership-decider';
import { ArtistAssigned } from '../domain/partnership-events';
import { partnershipStream } from '../domain/streams';
import { AssignmentFollowUpIndex } from './assignment-follow-up-index';
import { FOLLOW_UP_CAUSE_TYPES, followUpCauseOf } from './follow-up-causes';

export const FOLLOW_UP_ACTOR = 'system:assignment-follow-ups';
const REACTOR = 'assignment-follow-ups';
const ASSIGNMENT_TYPES = ['ArtistAssigned', 'AssignmentSuspended', 'AssignmentResumed', 'AssignmentSuspensionCauseLifted', 'AssignmentEnded'];
const RETRY_DELAY_MS = 1_000;

interface FollowUp {
  readonly partnershipId: string;
  readonly assignmentId: string;
  readonly command: SuspendAssignment | ResumeAssignment;
  readonly causeEventId: string;
}

/**
 * Rule 3: suspends and resumes assignments when an artist's clearance or a partner's standing changes.
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

  constructor(@Inject(EventStore) private readonly store: EventStore, database: ReadModelDatabase) {
    this.index = new AssignmentFollowUpIndex(database, REACTOR);
  }

  onApplicationBootstrap(): void {
    this.start();
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
    if (event.type === 'ArtistAssigned') return this.followUpsForNewAssignment(event as RecordedEvent<ArtistAssigned['data']>);
    const found = followUpCauseOf(event);
    if (!found) return [];
    const { effect, subject, cause, effectiveDate } = found;
    return this.index
      .assignmentsOf(subject, cause.lea)
      .filter((a) => (effect === 'suspend' ? a.status !== 'ended' : a.status === 'suspended'))
      .map((a) => ({
        partnershipId: a.partnershipId,
        assignmentId: a.assignmentId,
        causeEventId: event.id,
        command: effect === 'suspend'
          ? { type: 'SuspendAssignment', assignmentId: a.assignmentId, cause, effectiveDate }
          : { type: 'ResumeAssignment', assignmentId: a.assignmentId, liftedBy: cause, effectiveDate },
      }));
  }

  /**
   * An assignment decided on an artist or partner stream read just before a suspension was recorded there:
   * its basis names the revisions it read, so any open cause recorded after them suspends it at once.
   */
  private followUpsForNewAssignment(event: RecordedEvent<ArtistAssigned['data']>): FollowUp[] {
    const a = event.data;
    const missed = [
      ...this.index.openCausesOf({ kind: 'artist', id: a.artistId }, a.lea).filter((c) => c.streamRevision > BigInt(a.basis.artistRevision)),
      ...this.index.openCausesOf({ kind: 'partner', id: a.partnerId }, a.lea).filter((c) => c.streamRevision > BigInt(a.basis.partnerRevision)),
    ];
    return missed.map((open) => ({
      partnershipId: a.partnershipId,
      assignmentId: a.assignmentId,
      causeEventId: open.cause.eventId,
      command: { type: 'SuspendAssignment', assignmentId: a.assignmentId, cause: open.cause, effectiveDate: a.startDate > open.effectiveDate ? a.startDate : open.effectiveDate },
    }));
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
    await executeCommand({
      store: this.store,
      decider: partnershipDecider,
      id: followUp.assignmentId,
      streamId: partnershipStream(followUp.partnershipId),
      command: followUp.command,
      context: {
        commandId: deterministicUuid('follow-up', followUp.causeEventId, followUp.assignmentId),
        actor: FOLLOW_UP_ACTOR,
        correlationId: event.metadata.correlationId,
        causationId: followUp.causeEventId,
      },
    });
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
        return this.index.setStatus(data.partnershipId, data.assignmentId, 'ended');
    }
    const found = followUpCauseOf(event);
    if (!found) return;
    if (found.effect === 'suspend') this.index.openCause(found.subject, found.cause, event.revision, found.effectiveDate);
    else this.index.closeCause(found.subject, found.cause);
  }
}
