/**
 * `@QueryEndpoint({ summary, roles?, type?, minPosition?, csv?, notFound?, aggregateView? })` — put it on every GET.
 * - `roles` restricts the route (admin is always allowed); without it every authenticated role may read.
 * - documents bearer auth, the 200 response (`type`), 400/401/403 (and 404 with `notFound`) problems,
 *   the `minPosition` query parameter and `X-Projection-Position` header (`minPosition: true`),
 *   and a `text/csv` alternative (`csv: true`).
 * - `aggregateView: true` (the handler returns an AggregateView): answers with `ETag: "<revision>"`, the value
 *   a client sends back as `If-Match`.
 *
 * Example:
 *   @Get(':id')
 *   @QueryEndpoint({ summary: 'Current state of a partner', type: PartnerViewDocument, notFound: true, aggregateView: true })
 *   get(@Param('id') id: string): Promise<AggregateView<PartnerState>>
 */
import { applyDecorators, Type, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiQuery, ApiResponse } from '@nestjs/swagger';
import { rolesDescription } from './command-endpoint.decorator';
import { CommandResponseInterceptor } from './command-response.interceptor';
import { ProblemDocument } from './problem-details';
import { Role, Roles } from './roles.decorator';

export interface QueryEndpointOptions {
  readonly summary: string;
  readonly description?: string;
  readonly roles?: Role[];
  /** Schema of the 200 body. */
  readonly type?: Type<unknown> | [Type<unknown>];
  readonly notFound?: boolean;
  /** Answered from a projection: document `minPosition` and `X-Projection-Position`. */
  readonly minPosition?: boolean;
  readonly csv?: boolean;
  /** The handler returns an AggregateView: answer its revision as the ETag. */
  readonly aggregateView?: boolean;
}

export function QueryEndpoint(options: QueryEndpointOptions): MethodDecorator & ClassDecorator {
  const problem = (status: number, description: string) => ApiResponse({ status, description, type: ProblemDocument });
  const roles = options.roles ?? ['admin', 'compliance', 'operations', 'reporting'];
  return applyDecorators(
    ...(options.roles ? [Roles(...options.roles)] : []),
    ...(options.aggregateView ? [UseInterceptors(CommandResponseInterceptor)] : []),
    ApiBearerAuth(),
    ApiOperation({ summary: options.summary, description: [options.description, rolesDescription(roles)].filter(Boolean).join('\n\n') }),
    ...(options.minPosition
      ? [ApiQuery({ name: 'minPosition', required: false, type: String, description: 'Wait (briefly) until the projection has reached this global position.' })]
      : []),
    ...(options.csv ? [ApiProduces('application/json', 'text/csv')] : []),
    ApiResponse({
      status: 200,
      description: 'OK',
      type: options.type,
      headers: {
        ...(options.minPosition ? { 'X-Projection-Position': { description: 'Global position the answer reflects', schema: { type: 'string' } } } : {}),
        ...(options.aggregateView ? { ETag: { description: 'The stream revision, quoted: send it back as If-Match', schema: { type: 'string' } } } : {}),
      },
    }),
    problem(400, 'Invalid query parameter.'),
    problem(401, 'Missing or invalid bearer token.'),
    problem(403, 'The caller\'s role may not read this.'),
    ...(options.notFound ? [problem(404, 'Not found.')] : []),
    problem(429, 'Rate limit exceeded.'),
  );
}
