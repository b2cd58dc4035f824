import { AssignmentState, assignmentStatusOn } from '../partnerships/domain/partnership-state';
import { CoverSpell, RosterSpell } from './date-intervals';

/*
 * What a page's rows say about "today", judged from the spells the projection stored in each row (directory.projection.ts).
 * Pure: the reader passes the clock's date.
 */

/** A validity spell as the artist row keeps it: `[lea, requirement, validFrom, validUntil, endsByExpiry]`. */
export type StoredSpell = [lea: string, requirement: string, validFrom: string, validUntil: string | null, endsByExpiry: 0 | 1];

const holds = (from: string, until: string | null, date: string) => from <= date && (until === null || date <= until);

/** `lea + '\0' + requirement` of every clearance valid on `date` (the set may-work.ts `mayWorkIn` reads). */
export function validClearancesOn(spells: readonly StoredSpell[], date: string): Set<string> {
  return new Set(spells.filter(([, , from, until]) => holds(from, until, date)).map(([lea, requirement]) => `${lea}\u0000${requirement}`));
}

export interface ClearanceExpiry {
  readonly requirement: string;
  readonly lea: string;
  /** Last valid day, inclusive. */
  readonly expiresOn: string;
}

/** The earliest last valid day on or after `date` of a spell that ends by expiry (in `lea` when given); ties by LEA, requirement. */
export function nextClearanceExpiry(spells: readonly StoredSpell[], date: string, lea?: string): ClearanceExpiry | null {
  let next: ClearanceExpiry | null = null;
  for (const [spellLea, requirement, , until, endsByExpiry] of spells) {
    if (!endsByExpiry || until === null || until < date || (lea !== undefined && spellLea !== lea)) continue;
    const candidate = { requirement, lea: spellLea, expiresOn: until };
    if (next === null || compare([until, spellLea, requirement], [next.expiresOn, next.lea, next.requirement]) < 0) next = candidate;
  }
  return next;
}

/** Per LEA of `leas`, the roster decision in force on `date`, `not-yet-proposed` where none is yet. */
export function rosterStatusOn(roster: readonly RosterSpell[], leas: readonly string[], date: string): Record<string, string> {
  // fromEntries defines own properties: an LEA id never reaches a prototype, whatever it is.
  return Object.fromEntries(leas.map((lea) => [lea, roster.find((s) => s.lea === lea && holds(s.from, s.until, date))?.status ?? 'not-yet-proposed']));
}

export interface CoverExpiry {
  readonly what: 'insurance' | 'agreement';
  readonly lea: string;
  /** Last covered day, inclusive. */
  readonly expiresOn: string;
}

/** The earliest last covered day on or after `date`; ties by kind, LEA. */
export function nextCoverExpiry(cover: readonly CoverSpell[], date: string): CoverExpiry | null {
  let next: CoverExpiry | null = null;
  for (const spell of cover) {
    if (spell.until === null || spell.until < date) continue;
    if (next === null || compare([spell.until, spell.what, spell.lea], [next.expiresOn, next.what, next.lea]) < 0) {
      next = { what: spell.what, lea: spell.lea, expiresOn: spell.until };
    }
  }
  return next;
}

function compare(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

/** What a partnership row keeps of each assignment: what its status on a day is judged from. */
export type StoredAssignment = Pick<AssignmentState, 'status' | 'endedOn' | 'suspensions' | 'suspensionCauses'>;

/**
 * How many assignments are active on `date` (`assignmentStatusOn`, the rule `GET /partnerships/{id}` answers
 * `today.assignments` with): an end recorded ahead leaves its assignment active until the end's day, a suspension
 * counts from its own day until it is lifted.
 */
export function activeAssignmentsOn(assignments: readonly StoredAssignment[], date: string): number {
  return assignments.filter((assignment) => assignmentStatusOn(assignment, date) === 'active').length;
}
