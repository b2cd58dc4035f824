import { randomUUID } from 'node:crypto';
import { NewEvent } from '../src/event-store';

/** The event both store benchmarks write: a small SessionLogged, numbered so each one differs. */
export function sessionLogged(n: number): NewEvent {
  return {
    id: randomUUID(),
    type: 'SessionLogged',
    schemaVersion: 1,
    data: { partnershipId: `p-${n}`, lea: 'lausd', effectiveDate: '2026-03-01', minutes: 45, n },
    metadata: { actor: 'user:bench', correlationId: randomUUID(), causationId: null, commandId: randomUUID() },
  };
}
