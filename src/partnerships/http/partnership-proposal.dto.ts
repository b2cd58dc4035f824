import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { ART_FORMS, ArtForm } from '../../artists/domain/art-form';
import { IsIsoDate } from '../../http/validation/is-iso-date';
import { PARTNERSHIP_MODELS, PARTNERSHIP_SCOPES, PartnershipModel, PartnershipScope } from '../domain/partnership-events';
import { ID_MESSAGE, ID_PATTERN, LEA_MESSAGE, LEA_PATTERN } from '../../http/validation/identifiers';

export class ProposePartnershipBody {
  @ApiPropertyOptional({ description: 'Partnership id; chosen by the server when omitted', example: 'p-2026-dance-lausd' })
  @IsOptional() @Matches(ID_PATTERN, { message: ID_MESSAGE })
  id?: string;

  @ApiProperty({ example: 'Dance residencies, Eastside feeder pattern' })
  @IsString() @Length(1, 200)
  name!: string;

  @ApiProperty({ type: [String], description: 'One or more partners (by id)', example: ['partner-1'] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @Matches(ID_PATTERN, { each: true, message: ID_MESSAGE })
  partnerIds!: string[];

  @ApiProperty({ description: 'The LEA (district or network) the partnership serves', example: 'lausd' })
  @Matches(LEA_PATTERN, { message: LEA_MESSAGE })
  lea!: string;

  @ApiProperty({ enum: PARTNERSHIP_SCOPES })
  @IsIn(PARTNERSHIP_SCOPES)
  scope!: PartnershipScope;

  @ApiProperty({ enum: PARTNERSHIP_MODELS, description: 'A residency needs at least 10 planned sessions per assignment' })
  @IsIn(PARTNERSHIP_MODELS)
  model!: PartnershipModel;

  @ApiProperty({ enum: ART_FORMS, isArray: true })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(ART_FORMS.length) @IsIn(ART_FORMS, { each: true })
  artForms!: ArtForm[];

  @ApiProperty({ example: '2026-08-15', description: 'When the partnership was proposed' })
  @IsIsoDate()
  effectiveDate!: string;

  @ApiPropertyOptional({ example: '2027-06-30', description: 'Last day of the initial term' })
  @IsOptional() @IsIsoDate()
  termEnd?: string;
}
