/**
 * How a decider's state becomes the text of a durable snapshot and back. Most states are plain data (JSON as is);
 * a state holding a class (the partnership's SessionLog) needs its own codec, because that class's toJSON is made for
 * HTTP answers, not for a faithful copy. Text rather than a JSON value, so that a codec may leave part of the text
 * unparsed until it is needed (the partnership's sessions: a cold start does not parse 100,000 of them).
 */
export interface StateCodec<State = unknown> {
  /** The whole state as one text (what `decode` reads without a `readRest`). */
  encode(state: State): string;
  /**
   * Optional: the state as a head, read at every load, and a rest that the snapshot store keeps apart and reads only
   * when the state needs it (`decode`'s `readRest`). A codec without it is stored as `encode` gives.
   */
  encodeParts?(state: State): StateParts;
  /**
   * The state from `encode`'s text, or from `encodeParts`'s head with `readRest` reading its rest (null when there is
   * none). `readRest` may do I/O: a codec calls it only when the state needs what the rest holds, never during decode.
   */
  decode(text: string, readRest?: () => string | null): State;
}

export interface StateParts {
  readonly head: string;
  /** null: nothing apart. */
  readonly rest: string | null;
}

/** For states made only of JSON values (strings, numbers, booleans, null, arrays, plain objects). */
export const plainDataCodec: StateCodec = {
  encode: (state) => JSON.stringify(state),
  decode: (text) => JSON.parse(text) as unknown,
};
