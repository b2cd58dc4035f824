import { TimelineCut } from './fold-timeline';

/**
 * A cut as two bounds: the last revision inside it and the latest recorded millisecond inside it (`knownAt` and an
 * `until` instant together: the earlier wins). Undefined: no bound on that axis. An event is inside the cut when it
 * is within both, exactly as `withinCut` judges it.
 */
export interface CutBounds {
  readonly lastRevision?: bigint;
  readonly lastRecordedMs?: number;
}

export function cutBounds(cut: TimelineCut): CutBounds {
  const until = cut.until;
  const times: number[] = [];
  if (cut.knownAt) times.push(cut.knownAt.getTime());
  if (until && 'instant' in until) times.push(until.instant.getTime());
  return {
    ...(until && 'revision' in until ? { lastRevision: until.revision } : {}),
    ...(times.length > 0 ? { lastRecordedMs: Math.min(...times) } : {}),
  };
}

/**
 * Whether every event 0..revision (the latest of them recorded at `maxRecordedMs`) is inside the cut, so that a fold
 * under the cut may start from the state after them. One event outside (even one whose clock stepped back later)
 * and it may not.
 */
export function coversPrefix(bounds: CutBounds, revision: bigint, maxRecordedMs: number): boolean {
  if (bounds.lastRevision !== undefined && revision > bounds.lastRevision) return false;
  if (bounds.lastRecordedMs !== undefined && !(maxRecordedMs <= bounds.lastRecordedMs)) return false;
  return true;
}

/** How a run of consecutive events (revisions first..last, recorded between minMs and maxMs) stands against a cut. */
export type RunVerdict = 'inside' | 'outside' | 'mixed';

export function judgeRun(bounds: CutBounds, first: bigint, last: bigint, minMs: number, maxMs: number): RunVerdict {
  if (bounds.lastRevision !== undefined && first > bounds.lastRevision) return 'outside';
  if (bounds.lastRecordedMs !== undefined && minMs > bounds.lastRecordedMs) return 'outside';
  const revisionsInside = bounds.lastRevision === undefined || last <= bounds.lastRevision;
  const timesInside = bounds.lastRecordedMs === undefined || maxMs <= bounds.lastRecordedMs;
  return revisionsInside && timesInside ? 'inside' : 'mixed';
}

/** Whether the cut bounds recorded time at all: only then does counting the events inside it need to look at them. */
export function cutsOnTime(bounds: CutBounds): boolean {
  return bounds.lastRecordedMs !== undefined;
}
