import { CommandContext } from '../../command-handling';

/** Record every expiry due by `asOf` (clearances, insurance, agreements) on every artist and partner stream. */
export class RunExpirySweep {
  constructor(readonly asOf: string, readonly context: CommandContext) {}
}

export interface SweptExpiry {
  /** The event's id: the follow-ups it causes carry it as their causation id. */
  readonly id: string;
  readonly streamId: string;
  /** Global position of the event (a reader can wait for it with minPosition, or read the feed after it). */
  readonly position: string;
  readonly type: string;
  readonly revision: string;
  readonly data: unknown;
}

/** What a sweep answers: how much it looked at and exactly what it recorded (nothing, when run again). */
export interface ExpirySweepReport {
  readonly asOf: string;
  readonly artistsChecked: number;
  readonly partnersChecked: number;
  readonly recorded: { readonly total: number; readonly byType: Record<string, number> };
  readonly items: readonly SweptExpiry[];
}
