/**
 * One bigint position per event, exact, strictly increasing — from EventStoreDB's {commit, prepare} pair.
 *
 * Every append through gRPC is written as "committed prepares": each event's commit position equals its
 * prepare position (its own offset in the transaction log), so the commit position alone is unique per
 * event and orders $all. We therefore expose the commit position and map back as {commit: p, prepare: p}.
 * (Only legacy TCP-client explicit transactions give several events one commit position; nothing in this
 * system writes those.)
 *
 * EventStoreDB reads $all forwards from a position inclusively and subscribes from it exclusively; the port's
 * `after` is exclusive in both, so the adapter also drops anything at or before `after` itself.
 */
export interface EsdbPosition {
  readonly commit: bigint;
  readonly prepare: bigint;
}

export function toEsdbPosition(position: bigint): EsdbPosition {
  return { commit: position, prepare: position };
}

export function fromEsdbPosition(position: EsdbPosition): bigint {
  return position.commit;
}
