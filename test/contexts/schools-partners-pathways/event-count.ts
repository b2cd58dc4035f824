import { EventStore } from '../../../src/event-store';

/** Every event in the store: "nothing written" is proved by this number not moving. */
export async function countEvents(store: EventStore): Promise<number> {
  let count = 0;
  for await (const _ of store.readAll()) count++;
  return count;
}
