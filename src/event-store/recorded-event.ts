/** Who did what, why and in answer to what: carried by every event, never taken from a request body. */
export interface EventMetadata {
  /** The authenticated caller (or `system:<reactor>` for automatic follow-ups). */
  readonly actor: string;
  /** Ties together everything caused by one request. */
  readonly correlationId: string;
  /** The event (or command) that caused this one, if any. */
  readonly causationId?: string | null;
  /** The command that wrote this event: event ids derive from it, so a retry never writes twice. */
  readonly commandId?: string | null;
  /** Hash of the request that issued the command, to tell an honest retry from a reused idempotency key. */
  readonly requestHash?: string | null;
  /** Set only by `ledger import-log`: when the store the event came from recorded it (ISO 8601, ms); adapters report it as recordedAt. */
  readonly originalRecordedAt?: string | null;
}

/** An event as the caller hands it to `append`. */
export interface NewEvent<Data = unknown> {
  /** UUID. Deterministic ids (derived from the command id) make retries safe. */
  readonly id: string;
  readonly type: string;
  /** Version of the event's data shape; old versions are upcast on read. */
  readonly schemaVersion: number;
  /** A JSON object. */
  readonly data: Data;
  readonly metadata: EventMetadata;
}

/** An event as the store hands it back. */
export interface RecordedEvent<Data = unknown> extends NewEvent<Data> {
  readonly streamId: string;
  /** 0-based position of the event in its stream. */
  readonly revision: bigint;
  /** Position in the global log: strictly increasing, exact (bigint). */
  readonly position: bigint;
  /** When the store recorded it (the "known at" axis). */
  readonly recordedAt: Date;
}
