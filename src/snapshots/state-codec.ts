/**
 * How a decider's state becomes JSON text for a durable snapshot and back. Most states are plain data (JSON as is);
 * a state holding a class (the partnership's SessionLog) needs its own codec, because that class's toJSON is made for
 * HTTP answers, not for a faithful copy.
 */
export interface StateCodec<State = unknown> {
  encode(state: State): unknown;
  decode(encoded: unknown): State;
}

/** For states made only of JSON values (strings, numbers, booleans, null, arrays, plain objects). */
export const plainDataCodec: StateCodec = {
  encode: (state) => state,
  decode: (encoded) => encoded,
};
