import { SerializedEvent } from '../event-limits';
import { originalRecordedAt } from '../original-recorded-at';
import { AppendHasher } from '../../log-chain/event-hash';

/** An append's events hashed after its stream's last link, at the positions after the log's head. */
export interface HashedAppend {
  readonly recordedAts: readonly number[];
  readonly positionTexts: readonly string[];
  readonly hashes: readonly string[];
  /** The latest recordedAt among the events (what the append answers). */
  readonly latest: number;
}

/** Below this, revisions and positions are exact as numbers, whose decimal text is cheaper to make than a bigint's. */
const EXACT_AS_NUMBER = BigInt(Number.MAX_SAFE_INTEGER) - 1_000_000n;

/**
 * Each event's chain hash (src/log-chain/event-hash.ts) for an append written after `afterRevision` / `afterHash` of
 * its stream and at the positions after `afterPosition`. The time the hash covers is the time stored: an imported
 * event's original one (see originalRecordedAt), else `now`.
 */
export function hashAppend(streamId: string, events: readonly SerializedEvent[], afterRevision: bigint, afterHash: string | null, afterPosition: bigint, now: number): HashedAppend {
  const hasher = new AppendHasher(streamId);
  const count = events.length;
  const recordedAts = new Array<number>(count);
  const positionTexts = new Array<string>(count);
  const hashes = new Array<string>(count);
  // An append holds far fewer events than the margin below the exact range.
  const asNumbers = afterRevision < EXACT_AS_NUMBER && afterPosition < EXACT_AS_NUMBER;
  const firstRevision = Number(afterRevision) + 1;
  const firstPosition = Number(afterPosition) + 1;
  let prev = afterHash;
  let latest = 0;
  for (let i = 0; i < count; i++) {
    const { event, dataJson, metadataJson } = events[i];
    const recordedAt = originalRecordedAt(event.metadata)?.getTime() ?? now;
    recordedAts[i] = recordedAt;
    if (recordedAt > latest) latest = recordedAt;
    const positionText = asNumbers ? String(firstPosition + i) : (afterPosition + BigInt(i + 1)).toString();
    const revisionText = asNumbers ? String(firstRevision + i) : (afterRevision + BigInt(i + 1)).toString();
    positionTexts[i] = positionText;
    prev = hasher.hash(event.id, event.type, event.schemaVersion, revisionText, positionText, recordedAt, dataJson, metadataJson, prev);
    hashes[i] = prev;
  }
  return { recordedAts, positionTexts, hashes, latest };
}
