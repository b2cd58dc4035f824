import { Injectable, PipeTransform } from '@nestjs/common';
import { AggregateNotFoundError } from '../../command-handling';

/*
 * Ids and LEA ids as schools, partners and pathways accept them (the same shapes the artists context uses).
 * Ids become part of stream names and URLs.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
export const ID_MESSAGE = '$property must be 1-100 letters, digits, "-" or "_", starting with a letter or digit';
export const LEA_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const LEA_MESSAGE = '$property must be an LEA id: 1-64 letters, digits, ".", "_" or "-"';
export const SCHOOL_YEAR_PATTERN = /^\d{4}-\d{2}$/;
export const SCHOOL_YEAR_MESSAGE = '$property must be a school year such as 2026-27';

/** An id nothing can have names nothing: 404 without touching the store. */
@Injectable()
export class IdParamPipe implements PipeTransform<string, string> {
  constructor(private readonly streamOf: (id: string) => string) {}

  transform(value: string): string {
    if (!ID_PATTERN.test(value)) throw new AggregateNotFoundError(this.streamOf(value.slice(0, 100)));
    return value;
  }
}
