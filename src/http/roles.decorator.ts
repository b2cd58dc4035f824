import { SetMetadata } from '@nestjs/common';

export const ROLES = ['admin', 'compliance', 'operations', 'reporting'] as const;
export type Role = (typeof ROLES)[number];

export const ROLES_KEY = 'ledger:roles';

/**
 * Restricts a handler (or every handler of a controller) to these roles; `admin` is always allowed.
 * Without `@Roles`, GETs are open to every authenticated role and other methods to admin only
 * (the safe default: nobody gains write access by a forgotten decorator).
 */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
