/**
 * `@CommandEndpoint({ summary, roles })` — put it on every command POST. In one line it:
 * - restricts the route to `roles` (admin is always allowed);
 * - counts it in the command metrics (a guard bound to the route starts the measure; the answer or the error settles
 *   it), and the handler's CommandResult becomes the HTTP answer (201/200, ETag, body) in the adapter's reply
 *   (src/http/command-replies.ts): no interceptor, whose per-request cost every command would pay;
 * - documents it in OpenAPI: bearer auth, the `Idempotency-Key` and `If-Match` headers, 201/200 with
 *   `{ id, streamId, revision, position }` and its ETag, and the problem responses 400/401/403/409/412/422
 *   (plus 404 when `notFound` is true, for commands on an existing aggregate).
 *
 * Example:
 *   @Post(':id/approval')
 *   @CommandEndpoint({ summary: 'Approve a partner for an LEA', roles: ['compliance'], notFound: true })
 *   approve(@Param('id') id: string, @Body() body: ApprovePartnerDto, @CommandCtx() ctx: CommandContext): Promise<CommandResult>
 *
 * The request body's schema comes from the `@Body()` DTO's `@ApiProperty` decorators.
 */
import { applyDecorators, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';
import { CommandRouteGuard } from './command-route.guard';
import { ProblemDocument } from './problem-details';
import { Role, Roles } from './roles.decorator';

export interface CommandEndpointOptions {
  readonly summary: string;
  readonly description?: string;
  readonly roles: Role[];
  /** The command addresses an existing aggregate (`/partners/{id}/…`): document 404. */
  readonly notFound?: boolean;
}

/** The body of a successful command (bigints travel as decimal strings). */
export class CommandAcceptedDocument {
  @ApiProperty({ description: 'The aggregate id', example: '6f1c2d1e-8a4b-4f8e-9a51-0c0f6e2b7d11' }) readonly id!: string;
  @ApiProperty({ example: 'partner-6f1c2d1e-8a4b-4f8e-9a51-0c0f6e2b7d11' }) readonly streamId!: string;
  @ApiProperty({ description: 'Stream revision after the command; send it back as If-Match', example: '3' }) readonly revision!: string;
  @ApiPropertyOptional({ description: 'Global position; pass it as minPosition to read your writes', example: '1042', nullable: true })
  readonly position!: string | null;
}

export function rolesDescription(roles: readonly Role[]): string {
  const all = roles.includes('admin') ? roles : ['admin', ...roles];
  return `Roles: ${all.join(', ')}.`;
}

export function CommandEndpoint(options: CommandEndpointOptions): MethodDecorator & ClassDecorator {
  const problem = (status: number, description: string) => ApiResponse({ status, description, type: ProblemDocument });
  return applyDecorators(
    Roles(...options.roles),
    // Counted in the command metrics from here to its answer (src/observability/command-measure.ts); the answer is
    // shaped by the HTTP adapter's reply (src/http/command-replies.ts).
    UseGuards(CommandRouteGuard),
    ApiBearerAuth(),
    ApiOperation({ summary: options.summary, description: [options.description, rolesDescription(options.roles)].filter(Boolean).join('\n\n') }),
    ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retrying with the same key returns the first result (200) and writes nothing.' }),
    ApiHeader({ name: 'If-Match', required: false, description: 'The stream revision you last saw (the ETag); a mismatch is 412.' }),
    ApiHeader({ name: 'X-Correlation-Id', required: false, description: 'Ties logs and events to your request; echoed back.' }),
    ApiResponse({ status: 201, description: 'Recorded. ETag: "<revision>".', type: CommandAcceptedDocument }),
    ApiResponse({ status: 200, description: 'A repeat of an earlier request with the same Idempotency-Key: nothing new written.', type: CommandAcceptedDocument }),
    problem(400, 'Invalid body, unknown field, bad date or malformed header (errors[] lists the fields).'),
    problem(401, 'Missing or invalid bearer token.'),
    problem(403, 'The caller\'s role may not send this command.'),
    ...(options.notFound ? [problem(404, 'No such aggregate.')] : []),
    problem(409, 'Refused by a business rule (`rule` names it), or a concurrent write.'),
    problem(412, 'If-Match does not match the current revision.'),
    problem(413, 'Body too large.'),
    problem(415, 'Body is not JSON.'),
    problem(422, 'Well-formed but never allowed (`rule` names it), or an Idempotency-Key reused for a different request.'),
    problem(429, 'Rate limit exceeded.'),
  );
}
