import { Injectable, PipeTransform } from '@nestjs/common';
import { AggregateNotFoundError } from '../command-handling';
import { ID_PATTERN } from './validation/identifiers';

/** A path id no aggregate can have names nothing: 404 without touching the store. */
@Injectable()
export class IdParamPipe implements PipeTransform<string, string> {
  constructor(private readonly streamOf: (id: string) => string) {}

  transform(value: string): string {
    if (!ID_PATTERN.test(value)) throw new AggregateNotFoundError(this.streamOf(value.slice(0, 100)));
    return value;
  }
}
