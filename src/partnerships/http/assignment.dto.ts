import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { ART_FORMS, ArtForm } from '../../artists/domain/art-form';
import { IsIsoDate } from '../../http/validation/is-iso-date';
import { ID_MESSAGE, ID_PATTERN } from '../../http/validation/identifiers';

const GRADE = /^(TK|K|[1-9]|1[0-2])$/;

export class AssignArtistBody {
  @ApiPropertyOptional({ description: 'Assignment id; chosen by the server when omitted' })
  @IsOptional() @Matches(ID_PATTERN, { message: ID_MESSAGE })
  id?: string;

  @ApiProperty({ example: 'artist-maria' }) @Matches(ID_PATTERN, { message: ID_MESSAGE })
  artistId!: string;

  @ApiProperty({ example: 'school-roosevelt-hs' }) @Matches(ID_PATTERN, { message: ID_MESSAGE })
  schoolId!: string;

  @ApiProperty({ description: 'The co-teaching classroom teacher', example: 'Ms. Alvarez' }) @IsString() @Length(1, 200)
  classroomTeacher!: string;

  @ApiProperty({ enum: ART_FORMS }) @IsIn(ART_FORMS)
  artForm!: ArtForm;

  @ApiProperty({ example: ['4', '5'], description: 'TK, K, 1 … 12' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(14) @Matches(GRADE, { each: true, message: 'each grade must be TK, K or 1 to 12' })
  grades!: string[];

  @ApiProperty({ example: '2026-09-01' }) @IsIsoDate()
  startDate!: string;

  @ApiProperty({ example: '2026-12-18' }) @IsIsoDate()
  endDate!: string;

  @ApiProperty({ example: 12, description: 'At least 10 for a residency' }) @IsInt() @Min(1) @Max(1000)
  plannedSessions!: number;
}

export class LogSessionBody {
  @ApiPropertyOptional({ description: 'Session id; chosen by the server when omitted' })
  @IsOptional() @Matches(ID_PATTERN, { message: ID_MESSAGE })
  id?: string;

  @ApiProperty({ example: '2026-09-08' }) @IsIsoDate()
  date!: string;

  @ApiProperty({ example: 50 }) @IsInt() @Min(1) @Max(1440)
  minutes!: number;

  @ApiProperty({ example: 28, description: 'Students served' }) @IsInt() @Min(0) @Max(100_000)
  students!: number;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(0, 5000)
  notes?: string;
}

export class CorrectSessionBody {
  @ApiProperty({ example: 45 }) @IsInt() @Min(1) @Max(1440)
  minutes!: number;

  @ApiProperty({ example: 27 }) @IsInt() @Min(0) @Max(100_000)
  students!: number;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(0, 5000)
  notes?: string;

  @ApiProperty({ example: 'attendance sheet recounted' }) @IsString() @Length(1, 500)
  reason!: string;
}
