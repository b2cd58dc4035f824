import type { Request } from 'express';

/** How the request's principal was established: by its bearer key, or by a browser session (its store key). */
export type Authentication = { readonly via: 'bearer' } | { readonly via: 'session'; readonly sessionKey: string };

const AUTHENTICATION = Symbol('ledger.authentication');
type WithAuthentication = Request & { [AUTHENTICATION]?: Authentication };

export function setAuthentication(request: Request, authentication: Authentication): void {
  (request as WithAuthentication)[AUTHENTICATION] = authentication;
}

/** Set by the AuthGuard on every authenticated request; undefined on public routes. */
export function authenticationOf(request: Request): Authentication | undefined {
  return (request as WithAuthentication)[AUTHENTICATION];
}
