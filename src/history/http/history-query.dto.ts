import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches, ValidateBy } from 'class-validator';
import { LEA_MESSAGE, LEA_PATTERN } from '../../http/validation/identifiers';
import { IsIsoDate } from '../../http/validation/is-iso-date';
import { IsIsoInstant, isIsoInstant } from '../../http/validation/is-iso-instant';

// Revisions are 0-based stream positions; 15 digits is far beyond any stream and still exact as a number.
export const REVISION_PATTERN = /^\d{1,15}$/;
const REVISION_MESSAGE = '$property must be a stream revision: a whole number from 0';
const LIMIT_PATTERN = /^(?:[1-9]\d{0,2}|1000)$/;
const LIMIT_MESSAGE = '$property must be a whole number from 1 to 1000';

const IsRevisionOrInstant = () =>
  ValidateBy({
    name: 'isRevisionOrInstant',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && (REVISION_PATTERN.test(value) || isIsoInstant(value)),
      defaultMessage: () => '$property must be a revision (a whole number from 0) or an ISO 8601 instant with a zone, e.g. 2026-03-01T09:30:00Z',
    },
  });

class PageQuery {
  @ApiPropertyOptional({ description: 'First revision of the page (default 0); the previous page\'s `nextFrom`', example: '0' })
  @IsOptional() @Matches(REVISION_PATTERN, { message: REVISION_MESSAGE })
  from?: string;

  @ApiPropertyOptional({ description: 'Events per page, 1-1000 (default 100)', example: '100' })
  @IsOptional() @Matches(LIMIT_PATTERN, { message: LIMIT_MESSAGE })
  limit?: string;
}

export class TimelineParams extends PageQuery {
  @ApiPropertyOptional({ description: 'Cut the timeline at a revision (inclusive) or at an instant (events recorded by then)', example: '12' })
  @IsOptional() @IsRevisionOrInstant()
  until?: string;

  @ApiPropertyOptional({ description: 'Only events recorded by this instant: the timeline as it was known then', example: '2026-03-01T09:30:00Z' })
  @IsOptional() @IsIsoInstant()
  knownAt?: string;
}

export class StreamEventsParams extends PageQuery {}

export class ClearanceStandingQueryParams {
  @ApiProperty({ description: 'The LEA whose policy and grants count (clearances do not transfer between LEAs)', example: 'lausd' })
  @Matches(LEA_PATTERN, { message: LEA_MESSAGE })
  lea!: string;

  @ApiPropertyOptional({ description: 'The effective date asked about (default today)', example: '2026-10-05' })
  @IsOptional() @IsIsoDate()
  asOf?: string;

  @ApiPropertyOptional({ description: 'Only facts recorded by this instant count (default: everything recorded so far)', example: '2026-10-01T12:00:00Z' })
  @IsOptional() @IsIsoInstant()
  knownAt?: string;

  @ApiPropertyOptional({ description: 'Wait (briefly) until the clearance facts reflect this global position (the artist\'s own writes are always waited for)', example: '1042' })
  @IsOptional() @Matches(/^\d{1,19}$/, { message: '$property must be a global position (a non-negative integer)' })
  minPosition?: string;
}

export function pageOf(query: PageQuery, defaultLimit = 100): { from: bigint; limit: number } {
  return { from: BigInt(query.from ?? '0'), limit: Number(query.limit ?? defaultLimit) };
}
