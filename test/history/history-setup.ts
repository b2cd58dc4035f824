import { randomUUID } from 'node:crypto';
import { executeCommand } from '../../src/command-handling';
import { partnerDecider } from '../../src/partners/domain/partner-decider';
import { PartnerCommand } from '../../src/partners/domain/partner-commands';
import { partnerStream } from '../../src/partners/domain/streams';
import { RecordedEvent } from '../../src/event-store';
import { seedSchool } from '../support/seed-district';
import { TestApp } from '../support/test-app';

export type CallerRole = 'admin' | 'operations' | 'compliance' | 'reporting';

export const bearer = (t: TestApp, role: CallerRole) => ({ Authorization: `Bearer ${t.tokens[role]}` });

/** POSTs and insists it was accepted: setup steps that fail must fail the test where they happen. */
export async function postAccepted(t: TestApp, path: string, body: object, role: CallerRole): Promise<void> {
  const answer = await t.http.post(path).set(bearer(t, role)).send(body);
  expect([path, answer.status, answer.status === 201 ? null : answer.body]).toEqual([path, 201, null]);
}

/** A proposed partner and a registered school, written through their deciders (their HTTP routes have their own suites). */
export async function seedPartnerAndSchool(t: TestApp, lea: string, partnerId: string, schoolId: string): Promise<void> {
  const context = () => ({ commandId: randomUUID(), actor: 'test:seed', correlationId: randomUUID() });
  const propose = { type: 'ProposePartner', partnerId, lea, name: 'Dance Co', kind: 'arts-nonprofit', services: ['mentorship'], artForms: ['dance'], effectiveDate: '2026-01-01' } as PartnerCommand;
  await executeCommand({ store: t.store, decider: partnerDecider, id: partnerId, streamId: partnerStream(partnerId), command: propose, context: context() });
  await seedSchool(t.store, lea, schoolId);
}

export async function streamEvents(t: TestApp, streamId: string): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const event of t.store.readStream(streamId)) events.push(event);
  return events;
}

/**
 * A real instant strictly between what was recorded so far and what will be recorded next.
 * The settable clock does not move recordedAt (the store stamps real time), so tests cut on real instants.
 */
export async function instantBetweenWrites(): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, 5));
  const instant = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 5));
  return instant;
}
