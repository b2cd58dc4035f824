export interface Change {
  readonly path: string;
  readonly before: unknown;
  readonly after: unknown;
}

// Most specific first: a session also names its assignment, an assignment its school.
const ID_KEYS = ['sessionId', 'courseId', 'programmeId', 'certificateNumber', 'agreementId', 'assignmentId', 'schoolId', 'partnerId', 'id'];

function keyOf(item: unknown, index: number): string {
  if (item && typeof item === 'object') {
    for (const key of ID_KEYS) {
      const value = (item as Record<string, unknown>)[key];
      if (typeof value === 'string' || typeof value === 'number') return String(value);
    }
  }
  return String(index);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * What changed between two states, as readable paths (`assignments[ltl-loreto-g4].status`): array items are
 * matched by their id where they have one, so a suspended assignment reads as one change, not a shifted list.
 */
export function diffStates(before: unknown, after: unknown, path = '', changes: Change[] = [], limit = 200): Change[] {
  if (changes.length >= limit) return changes;
  if (Object.is(before, after)) return changes;
  if (Array.isArray(before) && Array.isArray(after)) {
    const old = new Map(before.map((item, index) => [keyOf(item, index), item]));
    const seen = new Set<string>();
    after.forEach((item, index) => {
      const key = keyOf(item, index);
      seen.add(key);
      diffStates(old.get(key), item, `${path}[${key}]`, changes, limit);
    });
    for (const [key, item] of old) if (!seen.has(key)) changes.push({ path: `${path}[${key}]`, before: item, after: undefined });
    return changes;
  }
  if (isObject(before) && isObject(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      diffStates(before[key], after[key], path ? `${path}.${key}` : key, changes, limit);
    }
    return changes;
  }
  if (JSON.stringify(before) !== JSON.stringify(after)) changes.push({ path, before, after });
  return changes;
}

/** The top-level keys a list of changes touches (to highlight them in the state shown). */
export function touchedKeys(changes: readonly Change[]): Set<string> {
  return new Set(changes.map((change) => change.path.split(/[.[]/)[0]));
}

export function short(value: unknown): string {
  if (value === undefined) return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}
