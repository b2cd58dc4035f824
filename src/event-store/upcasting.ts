import { RecordedEvent } from './recorded-event';

/**
 * Event versioning: when an event type changes shape, its writer bumps the schema version and registers
 * an upcaster from the previous version. Old events are upcast on read, so deciders and projections
 * only ever see the current shape. Upcasters are pure and registered at module load.
 */
export type Upcaster = (data: Record<string, unknown>, event: RecordedEvent) => Record<string, unknown>;

const upcasters = new Map<string, Map<number, Upcaster>>();
const currentVersions = new Map<string, number>();

/** Registers the step from `fromVersion` to `fromVersion + 1` for an event type. */
export function registerUpcaster(type: string, fromVersion: number, upcaster: Upcaster): void {
  let steps = upcasters.get(type);
  if (!steps) upcasters.set(type, (steps = new Map()));
  steps.set(fromVersion, upcaster);
  currentVersions.set(type, Math.max(currentVersions.get(type) ?? 1, fromVersion + 1));
}

/** The schema version new events of this type are written with. */
export function currentSchemaVersion(type: string): number {
  return currentVersions.get(type) ?? 1;
}

/** The event with its data in the current shape (the same object when nothing needs upcasting). */
export function upcast<Data = unknown>(event: RecordedEvent): RecordedEvent<Data> {
  const target = currentSchemaVersion(event.type);
  if (event.schemaVersion >= target) return event as RecordedEvent<Data>;
  const steps = upcasters.get(event.type);
  let data = event.data as Record<string, unknown>;
  for (let version = event.schemaVersion; version < target; version++) {
    const step = steps?.get(version);
    if (!step) throw new Error(`no upcaster for ${event.type} from schema version ${version}`);
    data = step(data, event);
  }
  return { ...event, schemaVersion: target, data: data as Data };
}

/** Every event type with an upcaster and the version it is upcast to, sorted by type: a change here changes what a fold yields. */
export function registeredSchemaVersions(): readonly (readonly [string, number])[] {
  return [...currentVersions.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
