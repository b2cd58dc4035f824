import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean, IsDefined, IsInt, IsNumber, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested,
} from 'class-validator';
import { IsIsoDate } from '../../http/validation/is-iso-date';
import { ID_MESSAGE, ID_PATTERN } from '../../http/validation/identifiers';

const MAX_AMOUNT = 1_000_000_000;

export class EnrolSchoolBody {
  @ApiProperty({ example: 'school-roosevelt-hs' }) @Matches(ID_PATTERN, { message: ID_MESSAGE })
  schoolId!: string;

  @ApiProperty({ example: '2026-08-20' }) @IsIsoDate()
  effectiveDate!: string;
}

export class FundsBody {
  @ApiProperty({ example: 12000 }) @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 }) @Min(0) @Max(MAX_AMOUNT)
  amount!: number;

  @ApiProperty({ example: 'USD' }) @Matches(/^[A-Z]{3}$/, { message: '$property must be an ISO 4217 code such as USD' })
  currency!: string;
}

export class RecordCommitmentBody {
  @ApiProperty({ example: '2026-08-20' }) @IsIsoDate()
  effectiveDate!: string;

  @ApiPropertyOptional({ type: FundsBody, description: 'Stipends for teachers taking part' })
  @IsOptional() @ValidateNested() @Type(() => FundsBody)
  stipends?: FundsBody;

  @ApiProperty({ example: 24, description: 'Release time for co-planning and PD, in hours' })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 }) @Min(0) @Max(100_000)
  releaseTimeHours!: number;

  @ApiPropertyOptional({ type: FundsBody }) @IsOptional() @ValidateNested() @Type(() => FundsBody)
  funds?: FundsBody;

  @ApiProperty({
    description: "Does this partnership replace the school's own sequential arts instruction? It must not: true is refused with 422 (partnership.additive).",
    example: false,
  })
  @IsBoolean()
  replacesSequentialInstruction!: boolean;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(0, 2000)
  notes?: string;
}

export class EffectiveDateBody {
  @ApiProperty({ example: '2026-09-01' }) @IsIsoDate()
  effectiveDate!: string;
}

export class ProfessionalDevelopmentBody {
  @ApiProperty({ example: '2026-10-05' }) @IsIsoDate()
  date!: string;

  @ApiProperty({ example: 3 }) @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 }) @Min(0.25) @Max(200)
  hours!: number;

  @ApiProperty({ example: 14 }) @IsInt() @Min(0) @Max(100_000)
  attendees!: number;

  @ApiProperty({ example: 'Integrating movement into literacy blocks' }) @IsString() @Length(1, 500)
  topic!: string;
}

export class CheckInBody {
  @ApiProperty({ example: '2026-10-15' }) @IsIsoDate()
  date!: string;

  @ApiProperty({ description: 'What the team sees in student growth' }) @IsString() @Length(1, 5000)
  studentGrowthNotes!: string;

  @ApiProperty({ description: 'Who took part in the check-in (names or roles)', example: 'Arts Lead and teaching artist' })
  @IsString() @Length(1, 200)
  by!: string;
}

export class EvaluationScoresBody {
  @ApiProperty({ minimum: 1, maximum: 5 }) @IsInt() @Min(1) @Max(5) meaningful!: number;
  @ApiProperty({ minimum: 1, maximum: 5 }) @IsInt() @Min(1) @Max(5) collaborative!: number;
  @ApiProperty({ minimum: 1, maximum: 5 }) @IsInt() @Min(1) @Max(5) additive!: number;
}

export class EvaluationBody {
  @ApiProperty({ example: '2027-01-20' }) @IsIsoDate()
  date!: string;

  @ApiProperty({ type: EvaluationScoresBody }) @IsDefined() @ValidateNested() @Type(() => EvaluationScoresBody)
  scores!: EvaluationScoresBody;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(0, 5000)
  notes?: string;
}

export class RenewalBody {
  @ApiProperty({ example: '2028-06-30', description: 'Last day of the renewed term' }) @IsIsoDate()
  termEnd!: string;

  @ApiProperty({ example: '2027-05-01' }) @IsIsoDate()
  effectiveDate!: string;
}

export class EndingBody {
  @ApiProperty({ example: '2027-06-30' }) @IsIsoDate()
  effectiveDate!: string;

  @ApiProperty({ example: 'term completed' }) @IsString() @Length(1, 500)
  reason!: string;
}
