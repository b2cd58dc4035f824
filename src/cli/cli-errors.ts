import { InvalidArgumentError } from 'commander';
import { isIsoDate } from '../http/validation/is-iso-date';

/** Exit code for a command line the CLI cannot act on (unknown command, report, projection, bad option value). */
export const USAGE_EXIT_CODE = 2;

/**
 * A mistake in the command line, found after commander parsed it (e.g. an unknown report name). `src/cli.ts`
 * prints the message alone (no stack) and exits with USAGE_EXIT_CODE.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Commander option parser for `YYYY-MM-DD` (a real calendar day): commander names the option in its error. */
export function isoDateArgument(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError('expected a calendar date as YYYY-MM-DD.');
  return value;
}

/** Commander option parser for a whole number within bounds, kept as the string the report queries validate. */
export function wholeNumberArgument(min: number, max: number): (value: string) => string {
  return (value) => {
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
      throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}.`);
    }
    return String(Number(value));
  };
}
