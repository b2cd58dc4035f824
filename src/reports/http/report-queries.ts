import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { IsIsoDate } from '../../http/validation/is-iso-date';
import { MemoizedQueryValidation } from '../../http/validation/request-validation';
import { LEA_MESSAGE, LEA_PATTERN } from '../../http/validation/identifiers';

/** What every report accepts: an LEA to narrow it to, and a position to wait for (read-your-writes). */
@MemoizedQueryValidation()
export class ReportQuery {
  @ApiPropertyOptional({ description: 'Only this LEA (district or network)', example: 'lausd' })
  @IsOptional() @Matches(LEA_PATTERN, { message: LEA_MESSAGE })
  lea?: string;

  @ApiPropertyOptional({ description: 'Wait (briefly) until the report reflects this global position', example: '1042' })
  @IsOptional() @Matches(/^\d{1,19}$/, { message: '$property must be a global position (a non-negative integer)' })
  minPosition?: string;
}

@MemoizedQueryValidation()
export class ClearanceRosterQuery extends ReportQuery {
  @ApiPropertyOptional({ description: 'The effective date asked about; today when omitted', example: '2026-09-01' })
  @IsOptional() @IsIsoDate()
  asOf?: string;

  // A string checked by pattern: an implicit number conversion would take "" or "1e2" for a count of days.
  @ApiPropertyOptional({ description: 'List what lapses within this many days after asOf (0-3650, default 30)', example: '30' })
  @IsOptional() @Matches(/^(0|[1-9]\d{0,2}|[1-2]\d{3}|3[0-5]\d\d|36[0-4]\d|3650)$/, { message: '$property must be a whole number of days from 0 to 3650' })
  expiringWithinDays?: string;
}
