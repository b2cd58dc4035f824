import { ArgumentMetadata, BadRequestException, HttpException, Type, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError } from '../problem-details';
import { bodyShapeErrors } from './body-shape';
import { reservedKeyErrors } from './reserved-keys';
import { malformedTextErrors } from './well-formed-text';

/** A request whose body, query or parameters failed validation: 400 with one entry per problem. */
export class RequestValidationError extends BadRequestException {
  constructor(readonly errors: readonly FieldError[]) {
    super(errors.length === 1 ? errors[0].message : `${errors.length} fields are invalid`);
  }
}

/** Flattens class-validator's tree into `{ field: 'term.endDate', message }` entries. */
export function fieldErrors(errors: readonly ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = /^\d+$/.test(error.property) ? `${prefix}[${error.property}]` : prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field: field || '(body)', message }));
    return [...own, ...fieldErrors(error.children ?? [], field)];
  });
}

/** Unknown fields are refused (not silently dropped) so a client's typo never passes unnoticed. */
export function createValidationPipe(): ValidationPipe {
  return new RequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new RequestValidationError(fieldErrors(errors)),
  });
}

// Verdicts remembered per class: bounded, so a caller varying its query string only ever refills the map.
const MEMO_LIMIT = 256;
const memoizedQueries = new WeakMap<object, Map<string, Record<string, unknown>>>();

/**
 * On a query DTO class: its validation is a pure function of the query string (patterns, dates; no clock, no I/O,
 * no nested objects), so a query seen before and found valid is answered from that verdict — a new instance with
 * the same fields — instead of running class-transformer and class-validator again. Invalid queries are always
 * validated in full. Not inherited: each class opts in for its own decorators.
 */
export function MemoizedQueryValidation(): ClassDecorator {
  return (target) => {
    memoizedQueries.set(target, new Map());
  };
}

/** A key for a flat query of strings (what a memoized DTO accepts); undefined for anything else. */
function flatQueryKey(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return undefined;
  for (const key in value) {
    if (typeof (value as Record<string, unknown>)[key] !== 'string') return undefined;
  }
  return JSON.stringify(value);
}

/**
 * Nest's ValidationPipe, plus text that is not well-formed Unicode (well-formed-text.ts), the body's declared shape (objects, arrays, no null unless documented: body-shape.ts)
 * and the unknown fields class-transformer would drop without a word (`__proto__`, `toString`…). */
class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query') {
      const reserved = [...malformedTextErrors(value), ...reservedKeyErrors(value)];
      if (reserved.length > 0) throw new RequestValidationError(reserved);
    }
    if (metadata.type === 'body' && metadata.metatype) {
      const shape = bodyShapeErrors(value, metadata.metatype);
      if (shape.length > 0) throw new RequestValidationError(shape);
    }
    const memo = metadata.type === 'query' && metadata.metatype ? memoizedQueries.get(metadata.metatype) : undefined;
    const key = memo && flatQueryKey(value);
    if (memo === undefined || key === undefined) return this.validated(value, metadata);
    const metatype = metadata.metatype as Type<object>;
    const known = memo.get(key);
    if (known !== undefined) return Object.assign(new metatype(), known);
    const result: unknown = await this.validated(value, metadata);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, { ...(result as Record<string, unknown>) });
    return result;
  }

  /**
   * Validation is a pure function of what the client sent, so a validator that throws instead of answering (class-validator's
   * IsNumber with maxDecimalPlaces on 1e-7, validator.js on odd input) has met a value it cannot check: the client's 400,
   * never a 500.
   */
  private async validated(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof HttpException) throw error;
      const where = metadata.type === 'body' ? 'the body' : metadata.type === 'query' ? 'the query string' : `the ${metadata.type} ${metadata.data ?? ''}`.trim();
      throw new RequestValidationError([{ field: metadata.type === 'body' ? '(body)' : metadata.data ?? `(${metadata.type})`, message: `${where} holds a value that cannot be checked (write numbers in plain decimal notation)` }]);
    }
  }
}
