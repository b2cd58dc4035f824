import { registerDecorator, ValidationOptions } from 'class-validator';
import { isIsoDate } from './is-iso-date';

// Date and time with an explicit offset (Z or ±hh:mm): an instant without a zone is ambiguous.
const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** An ISO 8601 instant such as `2026-03-01T09:30:00Z` or `2026-03-01T10:30:00.123+01:00`. */
export function isIsoInstant(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_INSTANT.exec(value);
  return match !== null && isIsoDate(match[1]) && !Number.isNaN(Date.parse(value));
}

/** Class-validator decorator for instants (`knownAt`, recorded times). */
export function IsIsoInstant(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isIsoInstant',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `$property must be an ISO 8601 instant with a zone, e.g. 2026-03-01T09:30:00Z`, ...options },
      validator: { validate: (value: unknown) => isIsoInstant(value) },
    });
}
