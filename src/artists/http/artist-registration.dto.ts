import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { IsIsoDate } from '../../http/validation/is-iso-date';
import { ART_FORMS, ArtForm } from '../domain/art-form';
import { ENGAGEMENTS, Engagement } from '../domain/clearance-requirement';
import { ID_MESSAGE, ID_PATTERN } from '../../http/validation/identifiers';

export class RegisterArtistBody {
  @ApiPropertyOptional({ description: 'Artist id; chosen by the server when omitted', example: 'artist-maria' })
  @IsOptional() @Matches(ID_PATTERN, { message: ID_MESSAGE })
  id?: string;

  @ApiProperty({ description: 'The partner the artist works for (must have been proposed)', example: 'partner-youth-symphony' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  partnerId!: string;

  @ApiProperty({ example: 'María Ortega' }) @IsString() @Length(1, 200)
  name!: string;

  @ApiProperty({ enum: ENGAGEMENTS, description: 'Decides which clearances the LEA policy requires' }) @IsIn(ENGAGEMENTS)
  engagement!: Engagement;

  @ApiProperty({ enum: ART_FORMS, isArray: true, example: ['music'] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(ART_FORMS.length) @IsIn(ART_FORMS, { each: true })
  artForms!: ArtForm[];

  @ApiPropertyOptional({ description: 'Date the artist joins the ledger; today when omitted', example: '2025-08-01' })
  @IsOptional() @IsIsoDate()
  effectiveDate?: string;
}
