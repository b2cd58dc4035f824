/**
 * An event moved from another store by `ledger import-log` carries the time its first store recorded it in
 * `metadata.originalRecordedAt` (ISO 8601 with milliseconds). Both adapters report that as the event's recordedAt
 * (the "known at" axis must not jump to the day of the move). Only the CLI import sets it: commands build metadata
 * from the request context, never from a request body.
 */
export function originalRecordedAt(metadata: unknown): Date | undefined {
  const value = (metadata as { originalRecordedAt?: unknown } | null | undefined)?.originalRecordedAt;
  if (typeof value !== 'string') return undefined;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? undefined : at;
}
