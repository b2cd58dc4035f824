import { eventHash } from './event-hash';
import { addToRange, LogHead } from './log-head';
import { ChainEntry, LogChain } from './log-chain';
import { RangeHasher, sealHash, StoredSeal } from './seal';

export type LogProblemKind = 'content' | 'order' | 'missing' | 'unchained' | 'seal' | 'head';

export interface LogProblem {
  readonly kind: LogProblemKind;
  readonly streamId?: string;
  readonly revision?: bigint;
  readonly position?: bigint;
  readonly message: string;
}

export interface LogVerification {
  readonly events: number;
  readonly streams: number;
  readonly seals: number;
  /** The first problems found, in log order (at most `maxProblems`); empty when the log verifies. */
  readonly problems: readonly LogProblem[];
  /** All problems found, including those not listed. */
  readonly problemCount: number;
  /** The head as recomputed now (what `ledger log-head` would print). */
  readonly head: Pick<LogHead, 'position' | 'hash'>;
}

export interface VerifyLogOptions {
  /** A head exported earlier: the log up to its position must still hash to it. */
  readonly expectedHead?: Pick<LogHead, 'position' | 'hash'>;
  /** Called every `progressEvery` events. */
  readonly onProgress?: (events: number, position: bigint) => void;
  readonly progressEvery?: number;
  readonly maxProblems?: number;
}

interface StreamLink {
  readonly revision: bigint;
  readonly hash: string | null;
  readonly position: bigint;
}

/**
 * Recomputes the log's chain in one pass in position order: every event's hash from its stored content and the
 * stored hash of its stream's previous event; every stream's revisions 0, 1, 2… without gap; every seal's range hash
 * and event count, and the seals' own chain; optionally a head exported earlier. Memory: one entry per stream.
 */
export async function verifyLog(chain: LogChain, options: VerifyLogOptions = {}): Promise<LogVerification> {
  const maxProblems = options.maxProblems ?? 20;
  const problems: LogProblem[] = [];
  let problemCount = 0;
  const report = (problem: LogProblem) => {
    problemCount++;
    if (problems.length < maxProblems) problems.push(problem);
  };

  const seals: StoredSeal[] = [];
  for await (const seal of chain.seals()) seals.push(seal);
  checkSealChain(seals, report);
  // Events stored without a hash are allowed only inside seals that counted them as such.
  let unchainedLimit = -1n;
  for (const seal of seals) if (seal.unchained > 0) unchainedLimit = BigInt(seal.toPosition);

  const streams = new Map<string, StreamLink>();
  let sealIndex = 0;
  let segment = new RangeHasher();
  let lastSealed: StoredSeal | undefined;
  let events = 0;
  let lastPosition: bigint | undefined;
  const expected = options.expectedHead ? { position: BigInt(options.expectedHead.position), hash: options.expectedHead.hash } : undefined;
  let expectedChecked = false;
  const progressEvery = options.progressEvery ?? 50_000;

  /** Closes every seal that ends before `position`: its range is complete. */
  const closeSealsBefore = (position: bigint | undefined) => {
    while (sealIndex < seals.length && (position === undefined || BigInt(seals[sealIndex].toPosition) < position)) {
      const seal = seals[sealIndex];
      if (position === undefined && lastPosition !== undefined && BigInt(seal.toPosition) > lastPosition && segment.events === 0) {
        report({
          kind: 'seal',
          position: BigInt(seal.toPosition),
          message: `seal #${seal.number} covers positions up to ${seal.toPosition}, but the log ends at position ${lastPosition}: events at its end were removed`,
        });
      } else if (segment.events !== seal.events || segment.rangeHash !== seal.rangeHash) {
        const range = `positions ${seal.fromPosition ?? 'start'}–${seal.toPosition}`;
        report({
          kind: 'seal',
          position: BigInt(seal.toPosition),
          message:
            segment.events !== seal.events
              ? `seal #${seal.number} over ${range} counted ${seal.events} events, the log now holds ${segment.events} there: events were ${segment.events < seal.events ? 'removed' : 'added'}`
              : `seal #${seal.number} over ${range}: the events there are not the ones sealed, or not in that order (range hash differs)`,
        });
      }
      lastSealed = seal;
      segment = new RangeHasher();
      sealIndex++;
    }
  };

  const checkExpectedHead = () => {
    if (!expected || expectedChecked) return;
    expectedChecked = true;
    const virtual = segment.seal(lastSealed, expected.position, null);
    if (virtual.hash !== expected.hash)
      report({
        kind: 'head',
        position: expected.position,
        message: `the log up to position ${expected.position} does not hash to the head exported earlier (${expected.hash}): it was rewritten, reordered or cut since`,
      });
  };

  for await (const entry of chain.entries()) {
    if (expected && !expectedChecked && entry.position > expected.position) {
      // The head is a seal that would have been made at its position: after the last seal ending at or before it.
      closeSealsBefore(expected.position + 1n);
      checkExpectedHead();
    }
    closeSealsBefore(entry.position);
    checkEvent(entry, streams.get(entry.content.streamId), unchainedLimit, report);
    streams.set(entry.content.streamId, { revision: entry.content.revision, hash: entry.hash, position: entry.position });
    addToRange(segment, entry);
    lastPosition = entry.position;
    events++;
    if (options.onProgress && events % progressEvery === 0) options.onProgress(events, entry.position);
  }
  // Seals that end at or before the last event are complete; any left over reach past the end of the log.
  closeSealsBefore(lastPosition === undefined ? undefined : lastPosition + 1n);
  if (expected && !expectedChecked) {
    if (lastPosition === undefined || expected.position > lastPosition)
      report({
        kind: 'head',
        position: expected.position,
        message: `the head exported earlier is at position ${expected.position}, but the log ends at ${lastPosition ?? 'nothing (empty)'}: its tail was removed`,
      });
    else checkExpectedHead();
  }
  closeSealsBefore(undefined);

  const headPosition = lastPosition ?? 0n;
  const head = segment.seal(lastSealed, headPosition, null);
  return { events, streams: streams.size, seals: seals.length, problems, problemCount, head: { position: String(headPosition), hash: head.hash } };
}

function checkSealChain(seals: readonly StoredSeal[], report: (problem: LogProblem) => void): void {
  let previous: StoredSeal | undefined;
  for (const seal of seals) {
    const at = { kind: 'seal' as const, position: BigInt(seal.toPosition) };
    const { hash, ...record } = seal;
    if (sealHash(record) !== hash) report({ ...at, message: `seal #${seal.number} does not match its own hash: the seal was edited` });
    if (seal.number !== (previous?.number ?? 0) + 1) report({ ...at, message: `seal #${seal.number} follows seal #${previous?.number ?? 0}: a seal is missing` });
    if (seal.prev !== (previous?.hash ?? null)) report({ ...at, message: `seal #${seal.number} does not chain to seal #${previous?.number ?? 0} before it` });
    if (seal.fromPosition !== (previous?.toPosition ?? null))
      report({ ...at, message: `seal #${seal.number} starts after position ${seal.fromPosition ?? 'start'}, where seal #${previous?.number ?? 0} ended at ${previous?.toPosition ?? 'start'}` });
    previous = seal;
  }
}

function checkEvent(entry: ChainEntry, previous: StreamLink | undefined, unchainedLimit: bigint, report: (problem: LogProblem) => void): void {
  const { streamId, revision } = entry.content;
  const at = { streamId, revision, position: entry.position };
  const where = `${streamId} revision ${revision} (position ${entry.position})`;
  const expectedRevision = previous ? previous.revision + 1n : 0n;
  // With a revision missing or out of place, the hash before this one in the stream is not its predecessor's:
  // the order problem is reported, the hash is not compared (it could not match).
  if (revision > expectedRevision)
    report({
      ...at,
      kind: 'missing',
      message: `${where}: revision${revision - expectedRevision > 1n ? `s ${expectedRevision}–${revision - 1n} are` : ` ${expectedRevision} is`} missing before it${previous ? ` (the stream's previous event is revision ${previous.revision} at position ${previous.position})` : ''}`,
    });
  else if (revision < expectedRevision)
    report({ ...at, kind: 'order', message: `${where}: comes after revision ${previous!.revision} of the same stream (position ${previous!.position}): out of order` });
  if (revision !== expectedRevision && entry.hash !== null) return;

  if (entry.hash === null) {
    if (entry.position > unchainedLimit) report({ ...at, kind: 'unchained', message: `${where}: stored without a hash, outside the part of the log sealed from before the chain` });
    return;
  }
  const computed = eventHash(entry.content, entry.body, previous?.hash ?? null);
  if (computed !== entry.hash)
    report({
      ...at,
      kind: 'content',
      message: `${where}: its stored hash does not match its content (data, metadata, id, type, schema version, recorded time${entry.content.position === null ? '' : ', position'}) and the hash of the stream's previous event: the event was edited or moved`,
    });
}
