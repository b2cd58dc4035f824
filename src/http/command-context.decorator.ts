import { BadRequestException, createParamDecorator, ExecutionContext, UnauthorizedException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { CommandContext, deterministicUuid, withMintedCommandId } from '../command-handling';
import { principalOf } from '../auth/principal';
import { correlationIdOf } from './correlation-id';
import { parseIfMatch } from './if-match';
import { requestHash } from './request-hash';

// Printable ASCII, as in the IETF Idempotency-Key draft; long enough for a UUID or a client's own scheme.
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/** Builds the CommandContext of an HTTP request. Exported for tests and for handlers that need it outside a parameter. */
export function commandContextOf(request: Request, response?: Response): CommandContext {
  const principal = principalOf(request);
  // Unreachable behind the AuthGuard; guards against a route marked public by mistake writing as nobody.
  if (!principal) throw new UnauthorizedException('a command needs an authenticated caller');
  const path = request.path;
  const body: unknown = request.body;
  const key = request.headers['idempotency-key'];
  let commandId: string;
  const minted = key === undefined;
  if (minted) {
    commandId = randomUUID();
  } else {
    if (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key)) {
      throw new BadRequestException('Idempotency-Key must be 1 to 255 printable ASCII characters');
    }
    // Scoped by caller and route: two clients choosing the same key never collide.
    commandId = deterministicUuid('idempotency-key', principal.actor, key, request.method, path);
  }
  const context: CommandContext = {
    commandId,
    actor: principal.actor,
    correlationId: correlationIdOf(request, response),
    ifMatch: parseIfMatch(request.headers['if-match']),
    requestHash: requestHash(request.method, path, body ?? null),
  };
  return minted ? withMintedCommandId(context) : context;
}

/** `@CommandCtx() ctx: CommandContext` — who sends the command, its id and the caller's concurrency claim. */
export const CommandCtx = createParamDecorator((_data: unknown, context: ExecutionContext): CommandContext => {
  const http = context.switchToHttp();
  return commandContextOf(http.getRequest<Request>(), http.getResponse<Response>());
});
