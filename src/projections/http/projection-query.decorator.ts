import { applyDecorators, SetMetadata, UseInterceptors } from '@nestjs/common';
import { ProjectionPositionInterceptor } from './projection-position.interceptor';

export const PROJECTION_QUERY = 'ledger:projection-query';

/**
 * On a GET answered from projections: honours `?minPosition=` (waits up to 5 s for the named projections)
 * and sets `X-Projection-Position`. Pair it with `@QueryEndpoint({ minPosition: true, … })` for the docs.
 *
 *   @Get('arts-access')
 *   @ProjectionQuery('arts_access')
 */
export const ProjectionQuery = (...projections: string[]) =>
  applyDecorators(SetMetadata(PROJECTION_QUERY, projections), UseInterceptors(ProjectionPositionInterceptor));
