import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { Role, ROLES_KEY } from '../http/roles.decorator';
import { ApiKeyRegistry } from './api-key-registry';
import { setPrincipal } from './principal';
import { PUBLIC_KEY } from './public.decorator';

const READ_METHODS = new Set(['GET', 'HEAD']);

/**
 * Global: a valid bearer token on every route not marked @Public (401 otherwise), and the role the route
 * allows (403 otherwise). Admin may do everything; a route without @Roles is readable by every role and
 * writable by admin only.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly registry: ApiKeyRegistry,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<Request>();
    const token = bearerToken(request.headers.authorization);
    const principal = token === undefined ? undefined : this.registry.authenticate(token);
    if (!principal) {
      context.switchToHttp().getResponse<Response>().setHeader('WWW-Authenticate', 'Bearer realm="partnership-ledger"');
      throw new UnauthorizedException(token === undefined ? 'send Authorization: Bearer <api key>' : 'the bearer token is not a valid API key');
    }
    setPrincipal(request, principal);
    if (principal.role === 'admin') return true;
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    const permitted = allowed === undefined ? READ_METHODS.has(request.method) : allowed.includes(principal.role);
    if (!permitted) {
      throw new ForbiddenException(`the ${principal.role} role may not ${request.method} ${request.path}`);
    }
    return true;
  }
}

function bearerToken(header: string | undefined): string | undefined {
  const match = header === undefined ? null : /^Bearer[ ]+([^\s]+)\s*$/i.exec(header);
  return match?.[1];
}
