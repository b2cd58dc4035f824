/**
 * Streams/Read: a stream or $all, either direction, from a position, with a count — or, when the request
 * carries subscription options, a catch-up subscription to $all (confirmation, events, checkpoints,
 * caught-up, then live events). Writes respect gRPC back-pressure so a large read never buffers whole.
 */
import * as grpc from '@grpc/grpc-js';
import { InMemoryLog, LoggedEvent } from './in-memory-log';
import { readEvent, serviceError, streamDeletedError, streamIdentifier, streamNameOf, streams } from './wire-messages';

type ReadCall = grpc.ServerWritableStream<streams.ReadReq, streams.ReadResp>;

const FORWARDS = 0;
/** EventStoreDB's default filter search window when the client asks for `count`. */
const DEFAULT_SEARCH_WINDOW = 32;

export interface LiveSubscriptions {
  add(call: ReadCall): void;
  delete(call: ReadCall): void;
}

/** Reads (not subscriptions) the server is to break off, as a server does in a leader election or a dropped connection. */
export interface ReadInterruptions {
  /** How many of the next reads fail. */
  remaining: number;
  /** Each after sending this many events. */
  afterEvents: number;
  code: grpc.status;
}

export function readHandler(log: InMemoryLog, live: LiveSubscriptions, interruptions: ReadInterruptions): grpc.handleServerStreamingCall<streams.ReadReq, streams.ReadResp> {
  return (call) => {
    const options = call.request.getOptions();
    const finish = (work: Promise<void>) =>
      work.then(
        () => !isGone(call) && call.end(),
        (error: grpc.ServiceError) => !isGone(call) && call.emit('error', error),
      );
    if (!options) return void finish(Promise.reject(serviceError(grpc.status.INVALID_ARGUMENT, 'read without options')));
    if (options.hasSubscription()) {
      if (!options.hasAll()) return void finish(Promise.reject(serviceError(grpc.status.UNIMPLEMENTED, 'the test server subscribes to $all only')));
      live.add(call);
      call.on('cancelled', () => {
        live.delete(call);
        log.wakeSubscribers();
      });
      return void finish(subscribeToAll(log, call, options)).finally(() => live.delete(call));
    }
    // An interrupted read sends its first `afterEvents` events, then fails with `code`.
    let budget = Infinity;
    if (interruptions.remaining > 0) {
      interruptions.remaining--;
      budget = interruptions.afterEvents;
    }
    const sendCounted = async (message: streams.ReadResp) => {
      if (budget-- <= 0) throw serviceError(interruptions.code, 'read broken off by the test server');
      await send(call, message);
    };
    if (options.hasAll()) return void finish(readAll(log, call, options, sendCounted));
    return void finish(readStream(log, call, options, sendCounted));
  };
}

async function readStream(log: InMemoryLog, call: ReadCall, options: streams.ReadReq.Options, sendEvent: (message: streams.ReadResp) => Promise<void>): Promise<void> {
  const streamOptions = options.getStream()!;
  const streamId = streamNameOf(streamOptions.getStreamIdentifier());
  const entry = log.stream(streamId);
  if (entry?.deleted) throw streamDeletedError(streamId);
  if (!entry || entry.events.length === 0) {
    const notFound = new streams.ReadResp.StreamNotFound().setStreamIdentifier(streamIdentifier(streamId));
    await send(call, new streams.ReadResp().setStreamNotFound(notFound));
    return;
  }
  const forwards = options.getReadDirection() === FORWARDS;
  const count = BigInt(options.getCount() || '0');
  const last = entry.events.length - 1;
  let index: number;
  if (streamOptions.hasRevision()) index = Number(BigInt(streamOptions.getRevision()));
  else if (streamOptions.hasEnd()) index = forwards ? last + 1 : last;
  else index = 0;
  if (!forwards && index > last) index = last;
  for (let sent = 0n; sent < count && index >= 0 && index <= last && !isGone(call); sent++) {
    await sendEvent(readEvent(entry.events[index]));
    index += forwards ? 1 : -1;
  }
}

async function readAll(log: InMemoryLog, call: ReadCall, options: streams.ReadReq.Options, sendEvent: (message: streams.ReadResp) => Promise<void>): Promise<void> {
  const allOptions = options.getAll()!;
  const forwards = options.getReadDirection() === FORWARDS;
  const count = BigInt(options.getCount() || '0');
  // Forwards a position is inclusive; backwards it is the end boundary (events strictly before it).
  let index: number;
  if (allOptions.hasPosition()) {
    const at = BigInt(allOptions.getPosition()!.getCommitPosition());
    index = log.indexAtOrAfter(at) - (forwards ? 0 : 1);
    // As real EventStoreDB: reading forwards from a position inside a record fails (InvalidReadException, "Log record
    // at actual pos … has too large length"), it does not move on to the next record. (The end of the log is fine.)
    if (forwards && index < log.length && log.at(index).position !== at) throw serviceError(grpc.status.UNKNOWN, `Unexpected ReadAllResult.Error: no record at position ${at}`);
  }
  else if (allOptions.hasEnd()) index = forwards ? log.length : log.length - 1;
  else index = forwards ? 0 : -1;
  for (let sent = 0n; sent < count && index >= 0 && index < log.length && !isGone(call); sent++) {
    await sendEvent(readEvent(log.at(index)));
    index += forwards ? 1 : -1;
  }
}

async function subscribeToAll(log: InMemoryLog, call: ReadCall, options: streams.ReadReq.Options): Promise<void> {
  const allOptions = options.getAll()!;
  const accepts = filterOf(options);
  const checkpointEvery = checkpointInterval(options);
  // A subscription's start position is exclusive: it delivers what comes after the last event seen.
  let index = allOptions.hasPosition()
    ? log.indexAtOrAfter(BigInt(allOptions.getPosition()!.getCommitPosition()) + 1n)
    : allOptions.hasEnd()
      ? log.length
      : 0;
  await send(call, new streams.ReadResp().setConfirmation(new streams.ReadResp.SubscriptionConfirmation().setSubscriptionId(globalThis.crypto.randomUUID())));
  let considered = 0;
  let caughtUp = false;
  while (!isGone(call)) {
    while (index < log.length && !isGone(call)) {
      const event = log.at(index++);
      if (accepts(event)) await send(call, readEvent(event));
      if (checkpointEvery !== undefined && ++considered % checkpointEvery === 0) await send(call, checkpoint(event.position));
    }
    if (!caughtUp && !isGone(call)) {
      if (checkpointEvery !== undefined && index > 0) await send(call, checkpoint(log.at(index - 1).position));
      await send(call, new streams.ReadResp().setCaughtUp(new streams.ReadResp.CaughtUp()));
      caughtUp = true;
    }
    await log.nextWrite(index);
  }
}

function checkpoint(position: bigint): streams.ReadResp {
  return new streams.ReadResp().setCheckpoint(
    new streams.ReadResp.Checkpoint().setCommitPosition(position.toString()).setPreparePosition(position.toString()),
  );
}

function checkpointInterval(options: streams.ReadReq.Options): number | undefined {
  const filter = options.getFilter();
  if (!filter) return undefined;
  const window = filter.hasMax() ? filter.getMax() : DEFAULT_SEARCH_WINDOW;
  return Math.max(1, filter.getCheckpointintervalmultiplier()) * window;
}

function filterOf(options: streams.ReadReq.Options): (event: LoggedEvent) => boolean {
  const filter = options.getFilter();
  if (!filter) return () => true;
  const onStream = filter.hasStreamIdentifier();
  const expression = (onStream ? filter.getStreamIdentifier() : filter.getEventType())!;
  const prefixes = expression.getPrefixList();
  const regex = expression.getRegex() ? new RegExp(expression.getRegex()) : undefined;
  return (event) => {
    const subject = onStream ? event.streamId : event.type;
    if (regex) return regex.test(subject);
    return prefixes.some((prefix) => subject.startsWith(prefix));
  };
}

function isGone(call: ReadCall): boolean {
  return call.cancelled || call.destroyed || (call as { dropped?: boolean }).dropped === true;
}

async function send(call: ReadCall, message: streams.ReadResp): Promise<void> {
  if (isGone(call)) return;
  if (call.write(message)) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      call.off('drain', done);
      call.off('cancelled', done);
      call.off('close', done);
      resolve();
    };
    call.on('drain', done);
    call.on('cancelled', done);
    call.on('close', done);
  });
}
