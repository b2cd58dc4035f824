import type { Request } from 'express';
import { Role } from '../http/roles.decorator';

/** The authenticated caller of a request, set by the AuthGuard from the bearer token. */
export interface Principal {
  readonly role: Role;
  /** Recorded as the `actor` of every event the request writes: `key:<role>` or `key:<configured name>`. */
  readonly actor: string;
}

const PRINCIPAL = Symbol('ledger.principal');
type WithPrincipal = Request & { [PRINCIPAL]?: Principal };

export function setPrincipal(request: Request, principal: Principal): void {
  (request as WithPrincipal)[PRINCIPAL] = principal;
}

export function principalOf(request: Request): Principal | undefined {
  return (request as WithPrincipal)[PRINCIPAL];
}
