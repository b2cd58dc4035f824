import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ART_FORMS } from '../../artists/domain/art-form';
import { MemoizedQueryValidation } from '../../http/validation/request-validation';
import { ID_MESSAGE, ID_PATTERN, LEA_MESSAGE, LEA_PATTERN } from '../../http/validation/identifiers';
import { SCHOOL_LEVELS } from '../../schools/domain/school-level';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;
export const MAX_Q_LENGTH = 200;

export const ROSTER_STATUSES = ['proposed', 'approved', 'suspended', 'removed'] as const;
export const PARTNERSHIP_STATUSES = ['proposed', 'active', 'concluded'] as const;

/*
 * Every listing's parameters are strings checked by pattern (an implicit number conversion would take "" or "1e2" for
 * a limit). Unknown parameters are refused (400), like every query DTO of the app. Each concrete class memoizes its
 * verdicts (MemoizedQueryValidation is not inherited).
 */
class ListQuery {
  @ApiPropertyOptional({ description: `Any part of a name or id, case- and accent-insensitively ("cafe" finds "Café"); at most ${MAX_Q_LENGTH} characters`, example: 'callah' })
  @IsOptional() @IsString() @MaxLength(MAX_Q_LENGTH)
  q?: string;

  @ApiPropertyOptional({ description: `Rows per page, 1-${MAX_LIMIT} (default ${DEFAULT_LIMIT})`, example: '50' })
  @IsOptional() @Matches(/^(?:[1-9]|[1-9]\d|1\d\d|200)$/, { message: `$property must be a whole number from 1 to ${MAX_LIMIT}` })
  limit?: string;

  @ApiPropertyOptional({ description: 'The previous page\'s `nextCursor` (opaque); omit it for the first page' })
  @IsOptional() @Matches(/^[A-Za-z0-9_-]{1,4096}$/, { message: '$property must be a nextCursor a previous page of this listing returned' })
  cursor?: string;

  @ApiPropertyOptional({ description: 'Wait (briefly) until the directory reflects this global position', example: '1042' })
  @IsOptional() @Matches(/^\d{1,19}$/, { message: '$property must be a global position (a non-negative integer)' })
  minPosition?: string;
}

const LeaFilter = (description: string) => (target: object, property: string) => {
  ApiPropertyOptional({ description, example: 'lausd' })(target, property);
  IsOptional()(target, property);
  Matches(LEA_PATTERN, { message: LEA_MESSAGE })(target, property);
};

@MemoizedQueryValidation()
export class ArtistListQuery extends ListQuery {
  @LeaFilter('Only artists holding a clearance fact granted by this LEA; `mayWork` and `nextExpiry` then speak about this LEA only')
  lea?: string;

  @ApiPropertyOptional({ description: 'Only artists of this partner', example: 'harmony-arts' })
  @IsOptional() @Matches(ID_PATTERN, { message: ID_MESSAGE })
  partnerId?: string;

  @ApiPropertyOptional({ description: 'Only artists who may (true) or may not (false) work today: in `lea` when given, else in at least one of their LEAs', enum: ['true', 'false'] })
  @IsOptional() @IsIn(['true', 'false'])
  mayWork?: string;
}

@MemoizedQueryValidation()
export class PartnerListQuery extends ListQuery {
  @LeaFilter('Only partners that have come before this LEA (roster decision, insurance, certification or agreement)')
  lea?: string;

  @ApiPropertyOptional({ description: 'Only partners with this roster status today (in `lea` when given, else in any LEA)', enum: ROSTER_STATUSES })
  @IsOptional() @IsIn(ROSTER_STATUSES)
  rosterStatus?: string;
}

@MemoizedQueryValidation()
export class SchoolListQuery extends ListQuery {
  @LeaFilter('Only schools of this LEA')
  lea?: string;

  @ApiPropertyOptional({ description: 'Only schools of this level', enum: SCHOOL_LEVELS })
  @IsOptional() @IsIn(SCHOOL_LEVELS)
  level?: string;
}

@MemoizedQueryValidation()
export class PartnershipListQuery extends ListQuery {
  @LeaFilter('Only partnerships of this LEA')
  lea?: string;

  @ApiPropertyOptional({ description: 'Only partnerships in this stage of their life', enum: PARTNERSHIP_STATUSES })
  @IsOptional() @IsIn(PARTNERSHIP_STATUSES)
  status?: string;

  @ApiPropertyOptional({ description: 'Only partnerships that have enrolled this school (what a school\'s page lists)', example: 'loreto-es' })
  @IsOptional() @Matches(ID_PATTERN, { message: ID_MESSAGE })
  schoolId?: string;
}

@MemoizedQueryValidation()
export class PathwayListQuery extends ListQuery {
  @LeaFilter('Only pathways of this LEA')
  lea?: string;

  @ApiPropertyOptional({ description: 'Only pathways in this art form', enum: ART_FORMS })
  @IsOptional() @IsIn(ART_FORMS)
  artForm?: string;
}
