import { CommandContext } from '../../command-handling';

/** Record every expiry due by `asOf` (clearances, insurance, agreements) on every artist and partner stream. */
export class RunExpirySweep {
  constructor(readonly asOf: string, readonly context: CommandContext) {}
}

export interface SweptExpiry {
  readonly streamId: string;
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
