/**
 * How a decider's state becomes the text of a durable snapshot and back. Most states are plain data (JSON as is);
 * a state holding a class (the partnership's SessionLog) needs its own codec, because that class's toJSON is made for
 * HTTP answers, not for a faithful copy. Text rather than a JSON value, so that a codec may leave part of the text
 * unparsed until it is needed (the partnership's sessions: a cold start does not parse 100,000 of them).
 */
export interface StateCodec<State = unknown> {
  encode(state: State): string;
  decode(text: string): State;
}

/** For states made only of JSON values (strings, numbers, booleans, null, arrays, plain objects). */
export const plainDataCodec: StateCodec = {
  encode: (state) => JSON.stringify(state),
  decode: (text) => JSON.parse(text) as unknown,
};
