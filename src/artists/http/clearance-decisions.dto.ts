import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { IsIsoDate } from '../../http/validation/is-iso-date';
import { CLEARANCE_REQUIREMENTS, ClearanceRequirement } from '../domain/clearance-requirement';
import { LEA_MESSAGE, LEA_PATTERN } from '../../http/validation/identifiers';

class LeaDecisionBody {
  @ApiProperty({ description: 'The LEA that granted (and decides about) the clearance', example: 'lausd' })
  @Matches(LEA_PATTERN, { message: LEA_MESSAGE })
  lea!: string;

  @ApiProperty({ description: 'The date the decision takes effect', example: '2026-03-04' }) @IsIsoDate()
  effectiveDate!: string;
}

export class GrantClearanceBody extends LeaDecisionBody {
  @ApiProperty({ enum: CLEARANCE_REQUIREMENTS }) @IsIn(CLEARANCE_REQUIREMENTS)
  requirement!: ClearanceRequirement;

  @ApiPropertyOptional({ description: 'Last valid day, when the evidence states one; otherwise computed from the clearance policy', example: '2029-09-14' })
  @IsOptional() @IsIsoDate()
  expiresOn?: string;

  @ApiProperty({ description: 'Reference of the evidence (Live Scan ATI number, certificate id, document reference)', example: 'ATI-2025-0042' })
  @IsString() @Length(1, 200)
  evidenceReference!: string;

  @ApiPropertyOptional({ type: [String], description: 'Result ids, e.g. the DOJ and FBI responses of a background check', example: ['DOJ-77120', 'FBI-55310'] })
  @IsOptional() @IsArray() @ArrayMaxSize(10) @IsString({ each: true }) @Length(1, 100, { each: true })
  resultIds?: string[];
}

export class ArrestNotificationBody extends LeaDecisionBody {
  @ApiProperty({ description: 'Reference of the subsequent arrest notification', example: 'N-77' }) @IsString() @Length(1, 200)
  noticeReference!: string;
}

export class ClearanceSuspensionBody extends LeaDecisionBody {
  @ApiProperty({ example: 'pending review of a complaint' }) @IsString() @Length(1, 500)
  reason!: string;
}

export class ClearanceRevocationBody extends LeaDecisionBody {
  @ApiProperty({ example: 'serious conviction' }) @IsString() @Length(1, 500)
  reason!: string;
}

export class ClearanceReinstatementBody extends LeaDecisionBody {
  @ApiProperty({ description: 'The evidence that lifts the suspension', example: 'DOJ disposition D-1203' }) @IsString() @Length(1, 200)
  evidenceReference!: string;
}

class GrantReferenceBody {
  @ApiProperty({ example: 'lausd' }) @Matches(LEA_PATTERN, { message: LEA_MESSAGE })
  lea!: string;

  @ApiProperty({ description: 'Which grant of this clearance (1, 2, … as recorded in ClearanceGranted)', example: 1 })
  @IsInt() @Min(1) @Max(100_000)
  grantNumber!: number;

  @ApiProperty({ description: 'Why the grant is corrected or withdrawn', example: 'expiry typed from the wrong certificate' }) @IsString() @Length(1, 500)
  reason!: string;
}

/** Fields left out keep their recorded value; `expiresOn: null` means "no fixed expiry". */
export class ClearanceGrantCorrectionBody extends GrantReferenceBody {
  @ApiPropertyOptional({ example: '2025-09-15' }) @IsOptional() @IsIsoDate()
  effectiveDate?: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'null: no fixed expiry', example: '2029-09-14' }) @IsOptional() @IsIsoDate()
  expiresOn?: string | null;

  @ApiPropertyOptional({ example: 'ATI-2025-0043' }) @IsOptional() @IsString() @Length(1, 200)
  evidenceReference?: string;
}

export class ClearanceGrantWithdrawalBody extends GrantReferenceBody {}
