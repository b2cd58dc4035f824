import { INestApplicationContext } from '@nestjs/common';
import { EventStore } from '../event-store';
import { ProjectionRunner } from '../projections/projection-runner';
import { ProjectionVerdict, ProjectionVerification } from '../projections/projection-verification';

export interface RebuildAndVerifyResult {
  /** Projections rebuilt and swapped in. */
  readonly rebuilt: string[];
  /** Projections whose rebuild stopped on a poison event, with why. */
  readonly failed: string[];
  /** `ledger verify`'s verdict for every projection: a fresh rebuild compared row by row with the live tables. */
  readonly verdicts: ProjectionVerdict[];
}

/** Read models come back from the log: every projection rebuilt, then the same checks as `ledger verify all`. */
export async function rebuildAndVerify(app: INestApplicationContext, onProgress?: (eventsDone: number) => void): Promise<RebuildAndVerifyResult> {
  const runner = app.get(ProjectionRunner);
  const projections = runner.registered();
  const result = await runner.rebuild(projections, { onProgress: (step) => onProgress?.(step.eventsDone) });
  const failed = result.failed.map((poison) => `${poison.projection} stopped at ${poison.event.type} ${poison.event.id} (position ${poison.event.position}): ${poison.error}`);
  const verification = new ProjectionVerification(app.get(EventStore), runner.checkpoints.db, runner.checkpoints, runner.generations);
  const verdicts: ProjectionVerdict[] = [];
  for (const projection of projections) verdicts.push(await verification.verify(projection));
  return { rebuilt: result.swapped, failed, verdicts };
}
