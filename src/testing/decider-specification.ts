import { Decider, DomainEvent, isRefusal, Refusal } from '../command-handling/decider';

/**
 * Given events / when command / then events-or-refusal, for pure deciders (test code only).
 *
 *   spec(partnerDecider).given([proposed]).when(approve).then([approved]);
 *   spec(partnerDecider).given([]).when(approve).thenRefused('partner.exists', /not been proposed/);
 */
export function spec<Command, Event extends DomainEvent, State>(decider: Decider<Command, Event, State>) {
  return {
    given(events: readonly Event[]) {
      const state = events.reduce(decider.evolve, decider.initialState);
      return {
        state,
        when(command: Command) {
          const decision = decider.decide(command, state);
          return {
            decision,
            then(expected: readonly Event[]): void {
              if (isRefusal(decision)) throw new Error(`expected events, got refusal ${decision.rule}: ${decision.detail}`);
              expect(decision).toEqual(expected);
            },
            /** Asserts on the events without spelling all of them out. */
            thenEvents(check: (events: readonly Event[]) => void): void {
              if (isRefusal(decision)) throw new Error(`expected events, got refusal ${decision.rule}: ${decision.detail}`);
              check(decision);
            },
            thenRefused(rule: string, detail?: RegExp | string, status?: 409 | 422): Refusal {
              if (!isRefusal(decision)) throw new Error(`expected refusal ${rule}, got events ${JSON.stringify(decision)}`);
              expect(decision.rule).toBe(rule);
              if (detail !== undefined) expect(decision.detail).toMatch(detail);
              if (status !== undefined) expect(decision.status).toBe(status);
              return decision;
            },
          };
        },
      };
    },
  };
}
