import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError } from '../problem-details';
import { reservedKeyErrors } from './reserved-keys';

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

/** Nest's ValidationPipe, plus the unknown fields class-transformer would drop without a word (`__proto__`, `toString`…). */
class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query') {
      const reserved = reservedKeyErrors(value);
      if (reserved.length > 0) throw new RequestValidationError(reserved);
    }
    return super.transform(value, metadata);
  }
}
