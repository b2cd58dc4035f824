/**
 * The pure heart of every aggregate: plain functions over plain data, no Nest, no I/O.
 * `decide` answers a command with the events it causes, or a refusal naming the rule it breaks;
 * `evolve` folds an event into state.
 */
export interface DomainEvent<Type extends string = string, Data extends object = object> {
  readonly type: Type;
  readonly data: Data;
}

export interface Refusal {
  readonly refused: true;
  /** Stable rule identifier, e.g. `assignment.clearance-valid`. */
  readonly rule: string;
  /** What exactly is missing or wrong, in the user's words: "background check for LEA lausd expired on 2026-02-01". */
  readonly detail: string;
  /** 409: conflicts with the current state of the world; 422: well-formed but not allowed. */
  readonly status: 409 | 422;
  /** The command field the refusal is about, when it is about one (a form shows the detail beside it). */
  readonly field?: string;
}

export function refuse(rule: string, detail: string, status: 409 | 422 = 409, field?: string): Refusal {
  return field === undefined ? { refused: true, rule, detail, status } : { refused: true, rule, detail, status, field };
}

export function isRefusal(decision: unknown): decision is Refusal {
  return typeof decision === 'object' && decision !== null && (decision as Refusal).refused === true;
}

export type Decision<Event extends DomainEvent> = readonly Event[] | Refusal;

export interface Decider<Command, Event extends DomainEvent, State> {
  readonly initialState: State;
  decide(command: Command, state: State): Decision<Event>;
  evolve(state: State, event: Event): State;
}
