import { BadRequestException } from '@nestjs/common';

/**
 * A global position given in a query parameter or header (`minPosition`, `after`, `Last-Event-ID`): a decimal
 * non-negative integer, or absent (undefined). Anything else is a 400 naming the parameter.
 */
export function parseGlobalPosition(value: unknown, name: string): bigint | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d{1,20}$/.test(value)) throw new BadRequestException(`${name} must be a global position: a non-negative integer`);
  return BigInt(value);
}
