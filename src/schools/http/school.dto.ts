import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEmail, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { ART_FORMS, ArtForm } from '../../artists/domain/art-form';
import { IsIsoDate } from '../../http/validation/is-iso-date';
import { GRADES, SCHOOL_LEVELS, SchoolLevel } from '../domain/school-level';
import { ID_MESSAGE, ID_PATTERN, LEA_MESSAGE, LEA_PATTERN, SCHOOL_YEAR_MESSAGE, SCHOOL_YEAR_PATTERN } from '../../http/validation/identifiers';

const TODAY = 'the date it takes effect; today when omitted';

export class SchoolDetailsBody {
  @ApiProperty({ example: 'Hollenbeck Middle School' }) @IsString() @Length(1, 200)
  name!: string;

  @ApiProperty({ enum: SCHOOL_LEVELS }) @IsIn(SCHOOL_LEVELS)
  level!: SchoolLevel;

  @ApiProperty({ enum: GRADES, isArray: true, example: ['6', '7', '8'], description: 'Grades taught; must fit the level (elementary TK-6, middle 4-9, high 6-12)' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(GRADES.length) @IsIn(GRADES, { each: true })
  grades!: string[];

  @ApiProperty({ example: 840, description: 'Students enrolled' }) @IsInt() @Min(0) @Max(100_000)
  enrolment!: number;

  @ApiPropertyOptional({ description: TODAY, example: '2026-08-01' }) @IsOptional() @IsIsoDate()
  effectiveDate?: string;
}

export class RegisterSchoolBody extends SchoolDetailsBody {
  @ApiPropertyOptional({ description: 'School id; chosen by the server when omitted', example: 'hollenbeck-ms' })
  @IsOptional() @Matches(ID_PATTERN, { message: ID_MESSAGE })
  id?: string;

  @ApiProperty({ description: 'The LEA (district or network) the school belongs to', example: 'lausd' })
  @Matches(LEA_PATTERN, { message: LEA_MESSAGE })
  lea!: string;
}

export class CorrectSchoolDetailsBody extends SchoolDetailsBody {
  @ApiProperty({ description: 'Why the registration was wrong', example: 'enrolment was last year\'s figure' }) @IsString() @Length(1, 500)
  reason!: string;
}

export class ArtsLeadBody {
  @ApiProperty({ example: '2026-27' }) @Matches(SCHOOL_YEAR_PATTERN, { message: SCHOOL_YEAR_MESSAGE })
  schoolYear!: string;

  @ApiProperty({ example: 'Ana Ruiz' }) @IsString() @Length(1, 200)
  name!: string;

  @ApiPropertyOptional({ example: 'ana.ruiz@lausd.example' }) @IsOptional() @IsEmail() @Length(3, 254)
  email?: string;

  @ApiPropertyOptional({ description: TODAY, example: '2026-08-10' }) @IsOptional() @IsIsoDate()
  effectiveDate?: string;
}

export class ArtsPlanBody {
  @ApiProperty({ example: '2026-27' }) @Matches(SCHOOL_YEAR_PATTERN, { message: SCHOOL_YEAR_MESSAGE })
  schoolYear!: string;

  @ApiProperty({ description: "How the arts plan aligns with the school's other instructional priorities", example: 'Literacy through theatre; music for English learners' })
  @IsString() @Length(1, 4000)
  priorities!: string;

  @ApiProperty({ enum: ART_FORMS, isArray: true, example: ['music', 'theatre'] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(ART_FORMS.length) @IsIn(ART_FORMS, { each: true })
  artForms!: ArtForm[];

  @ApiPropertyOptional({ description: 'Adoption date; today when omitted', example: '2026-09-01' }) @IsOptional() @IsIsoDate()
  effectiveDate?: string;
}
