import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { Role, ROLES_KEY } from '../http/roles.decorator';
import { ApiKeyRegistry } from './api-key-registry';
import { setAuthentication } from './authentication';
import { Principal, setPrincipal } from './principal';
import { PUBLIC_KEY } from './public.decorator';
import { CROSS_ORIGIN_DETAIL, requestOrigin, SAFE_METHODS } from './same-origin';
import { clearedSessionCookie, hasSessionCookie, sessionIdsFromCookies } from './session-cookie';
import { sessionKeyOf, SessionStore } from './session-store';

const READ_METHODS = new Set(['GET', 'HEAD']);

/**
 * Global: an authenticated caller on every route not marked @Public (401 otherwise), and the role the route
 * allows (403 otherwise). Admin may do everything; a route without @Roles is readable by every role and
 * writable by admin only.
 *
 * The caller is authenticated by one of two credentials, never a mix:
 * - a request with an `Authorization` header is judged by that header alone: a valid `Bearer <api key>`;
 * - a request without one may carry the browser console's `ledger_session` cookie: the session's principal (the same
 *   principal as the API key it was opened with). Its idle timer restarts. A cookie request that changes something
 *   (not GET/HEAD/OPTIONS) must prove it comes from the console's own origin (Sec-Fetch-Site / Origin), else 403:
 *   the cookie is an ambient credential a cross-site page could make the browser send (CSRF). A bearer key is not.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly registry: ApiKeyRegistry,
    private readonly sessions: SessionStore,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const principal = request.headers.authorization !== undefined ? this.byBearer(request, response) : this.bySession(request, response);
    setPrincipal(request, principal);
    if (principal.role === 'admin') return true;
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    const permitted = allowed === undefined ? READ_METHODS.has(request.method) : allowed.includes(principal.role);
    if (!permitted) {
      throw new ForbiddenException(`the ${principal.role} role may not ${request.method} ${request.path}`);
    }
    return true;
  }

  private byBearer(request: Request, response: Response): Principal {
    const token = bearerToken(request.headers.authorization);
    const principal = token === undefined ? undefined : this.registry.authenticate(token);
    if (!principal) {
      unauthorized(response);
      throw new UnauthorizedException(token === undefined ? 'send Authorization: Bearer <api key>' : 'the bearer token is not a valid API key');
    }
    setAuthentication(request, { via: 'bearer' });
    return principal;
  }

  private bySession(request: Request, response: Response): Principal {
    let sessionKey: string | undefined;
    for (const id of sessionIdsFromCookies(request.headers)) {
      const key = sessionKeyOf(id);
      if (this.sessions.peek(key)) {
        sessionKey = key;
        break;
      }
    }
    if (sessionKey === undefined) {
      unauthorized(response);
      if (hasSessionCookie(request.headers)) {
        response.append('Set-Cookie', clearedSessionCookie(request.secure));
        throw new UnauthorizedException('the session has ended or expired: sign in again');
      }
      throw new UnauthorizedException('send Authorization: Bearer <api key> (or sign in to the console: POST /session)');
    }
    // Checked before the session counts as used: a refused cross-site request does not keep it alive.
    if (!SAFE_METHODS.has(request.method) && requestOrigin(request.headers) !== 'same-origin') {
      throw new ForbiddenException(CROSS_ORIGIN_DETAIL);
    }
    const session = this.sessions.touch(sessionKey)!;
    setAuthentication(request, { via: 'session', sessionKey });
    return session.principal;
  }
}

function unauthorized(response: Response): void {
  response.setHeader('WWW-Authenticate', 'Bearer realm="partnership-ledger"');
}

function bearerToken(header: string | undefined): string | undefined {
  const match = header === undefined ? null : /^Bearer[ ]+([^\s]+)\s*$/i.exec(header);
  return match?.[1];
}
