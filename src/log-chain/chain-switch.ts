/**
 * Internal switch for measuring what the chain costs: the benchmark turns it off to append the same events without
 * hashes in the same run. Not configuration: a log written with it off does not verify. Nothing but bench/ sets it.
 */
export const chainSwitch = { enabled: true };
