import { Injectable } from '@nestjs/common';
import { IdParamPipe } from '../../http/id-param.pipe';
import { artistStream } from '../domain/streams';

/** An id no artist can have names no artist: 404, without touching the store. */
@Injectable()
export class ArtistIdParamPipe extends IdParamPipe {
  constructor() {
    super(artistStream);
  }
}
