import { Injectable, PipeTransform } from '@nestjs/common';
import { AggregateNotFoundError } from '../../command-handling';
import { artistStream } from '../domain/streams';
import { ID_PATTERN } from './artist-identifiers';

/** An id no artist can have names no artist: 404, without touching the store. */
@Injectable()
export class ArtistIdParamPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!ID_PATTERN.test(value)) throw new AggregateNotFoundError(artistStream(value.slice(0, 100)));
    return value;
  }
}
