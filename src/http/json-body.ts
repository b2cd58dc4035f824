import { BadRequestException, HttpException, HttpStatus, PayloadTooLargeException, UnsupportedMediaTypeException } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

const JSON_TYPES = ['application/json', 'application/*+json'];

/** How deep a body may nest objects and arrays (the body itself is level 1). No command needs more than 3. */
export const MAX_JSON_DEPTH = 64;
const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * JSON bodies only, up to `limit`. Replaces Nest's default parsers (which also accept urlencoded forms).
 * body-parser's own errors are turned into HTTP errors with a fixed, safe detail before they reach the filter.
 */
export function useJsonBodies(app: NestExpressApplication, limit: string): void {
  app.use(refuseNonJsonBodies);
  app.useBodyParser('json', { limit, type: JSON_TYPES, strict: true });
  app.use(describeBodyErrors);
  app.use(refuseDeepBodies);
}

/**
 * The nesting depth of a parsed JSON value (a scalar is 0, `{}` and `[]` are 1), counted without recursion and
 * stopping as soon as it passes `limit`, so no body can exhaust the stack here or anywhere after this check.
 */
export function jsonDepthExceeds(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth > limit) return true;
    for (const child of Object.values(node as Record<string, unknown>)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}

function refuseDeepBodies(request: Request, _response: Response, next: NextFunction): void {
  if (jsonDepthExceeds(request.body, MAX_JSON_DEPTH)) {
    next(new BadRequestException(`the request body nests objects and arrays deeper than ${MAX_JSON_DEPTH} levels`));
    return;
  }
  next();
}

function hasBody(request: Request): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

function refuseNonJsonBodies(request: Request, _response: Response, next: NextFunction): void {
  if (METHODS_WITH_BODY.has(request.method) && hasBody(request) && !request.is(JSON_TYPES)) {
    next(new UnsupportedMediaTypeException('send the body as application/json'));
    return;
  }
  next();
}

function describeBodyErrors(error: unknown, _request: Request, _response: Response, next: NextFunction): void {
  next(bodyError(error) ?? error);
}

function bodyError(error: unknown): HttpException | undefined {
  const type = (error as { type?: unknown })?.type;
  switch (type) {
    case 'entity.parse.failed':
      return new BadRequestException('the request body is not valid JSON (a JSON object or array is expected)');
    case 'entity.too.large':
      return new PayloadTooLargeException(`the request body exceeds the limit of ${(error as { limit?: number }).limit} bytes`);
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new UnsupportedMediaTypeException('send the body as UTF-8 JSON');
    case 'request.aborted':
    case 'request.size.invalid':
    case 'entity.verify.failed':
      return new HttpException('the request body could not be read', HttpStatus.BAD_REQUEST);
    default:
      return undefined;
  }
}
