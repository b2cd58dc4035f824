import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { ART_FORMS, ArtForm } from '../../artists/domain/art-form';
import { IsIsoDate } from '../../http/validation/is-iso-date';
import { ID_MESSAGE, ID_PATTERN, LEA_MESSAGE, LEA_PATTERN } from '../../http/validation/identifiers';
import { AGREEMENT_KINDS, AgreementKind, PARTNER_KINDS, PARTNER_SERVICES, PartnerKind, PartnerService } from '../domain/partner-profile';

const TODAY = 'the date it takes effect; today when omitted';
const REFERENCE = /^[\x20-\x7e]{1,100}$/;
const REFERENCE_MESSAGE = '$property must be 1-100 printable characters';

/** Every partner command but the proposal and corrections speaks for one LEA. */
class ForLeaBody {
  @ApiProperty({ description: 'The LEA this evidence or decision is for: it does not transfer to another LEA', example: 'lausd' })
  @Matches(LEA_PATTERN, { message: LEA_MESSAGE })
  lea!: string;
}

export class PartnerProfileBody {
  @ApiProperty({ example: 'Eastside Youth Symphony' }) @IsString() @Length(1, 200)
  name!: string;

  @ApiProperty({ enum: PARTNER_KINDS }) @IsIn(PARTNER_KINDS)
  kind!: PartnerKind;

  @ApiProperty({ enum: PARTNER_SERVICES, isArray: true, example: ['small-ensembles', 'instruments-and-resources'] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(PARTNER_SERVICES.length) @IsIn(PARTNER_SERVICES, { each: true })
  services!: PartnerService[];

  @ApiProperty({ enum: ART_FORMS, isArray: true, example: ['music'], description: 'Empty for partners offering no art form (e.g. food services)' })
  @IsArray() @ArrayMaxSize(ART_FORMS.length) @IsIn(ART_FORMS, { each: true })
  artForms!: ArtForm[];

  @ApiPropertyOptional({ description: TODAY, example: '2026-01-05' }) @IsOptional() @IsIsoDate()
  effectiveDate?: string;
}

export class ProposePartnerBody extends PartnerProfileBody {
  @ApiPropertyOptional({ description: 'Partner id; chosen by the server when omitted. Send the id of a partner an LEA removed to propose it to that LEA again.', example: 'eastside-youth-symphony' })
  @IsOptional() @Matches(ID_PATTERN, { message: ID_MESSAGE })
  id?: string;

  @ApiProperty({ description: 'The proposing LEA', example: 'lausd' })
  @Matches(LEA_PATTERN, { message: LEA_MESSAGE })
  lea!: string;
}

export class CorrectPartnerDetailsBody extends PartnerProfileBody {
  @ApiProperty({ example: 'kind was recorded as other' }) @IsString() @Length(1, 500)
  reason!: string;
}

export class InsuranceCertificateBody extends ForLeaBody {
  @ApiProperty({ example: 'Acme Mutual' }) @IsString() @Length(1, 200)
  carrier!: string;

  @ApiProperty({ example: 'GL-2026-0042' }) @Matches(REFERENCE, { message: REFERENCE_MESSAGE })
  policyNumber!: string;

  @ApiProperty({ description: 'The general liability coverage names the LEA as additional insured; a certificate without it is refused (422)' })
  @IsBoolean()
  leaNamedAdditionalInsured!: boolean;

  @ApiProperty({ example: '2026-01-01' }) @IsIsoDate()
  effectiveDate!: string;

  @ApiProperty({ description: 'Expiration date on the certificate: the first day without cover; must be after effectiveDate', example: '2027-01-01' })
  @IsIsoDate()
  expiresOn!: string;
}

export class InsuranceCancellationBody extends ForLeaBody {
  @ApiProperty({ description: 'The cancelled policy', example: 'GL-2026-0042' }) @Matches(REFERENCE, { message: REFERENCE_MESSAGE })
  policyNumber!: string;

  @ApiProperty({ description: 'First day without cover, from the cancellation notice', example: '2026-03-01' }) @IsIsoDate()
  effectiveDate!: string;
}

export class ContractorCertificationBody extends ForLeaBody {
  @ApiProperty({ example: '2026-01-10' }) @IsIsoDate()
  signedOn!: string;

  @ApiProperty({ description: 'Where the signed certification is filed', example: 'DMS-2026-118' }) @Matches(REFERENCE, { message: REFERENCE_MESSAGE })
  evidenceReference!: string;
}

export class AgreementBody extends ForLeaBody {
  @ApiPropertyOptional({ description: 'Agreement (contract) number; chosen by the server when omitted', example: 'MOU-2026-07' })
  @IsOptional() @Matches(ID_PATTERN, { message: ID_MESSAGE })
  agreementId?: string;

  @ApiProperty({ enum: AGREEMENT_KINDS, description: 'mou: no-cost memorandum of understanding; service-contract: paid' }) @IsIn(AGREEMENT_KINDS)
  kind!: AgreementKind;

  @ApiProperty({ example: '2026-08-01' }) @IsIsoDate()
  startsOn!: string;

  @ApiProperty({ description: 'Last day of the term (included)', example: '2027-06-30' }) @IsIsoDate()
  endsOn!: string;

  @ApiPropertyOptional({ description: 'Execution (signing) date; today when omitted', example: '2026-07-15' }) @IsOptional() @IsIsoDate()
  effectiveDate?: string;
}

export class RosterDecisionBody extends ForLeaBody {
  @ApiPropertyOptional({ description: TODAY, example: '2026-08-01' }) @IsOptional() @IsIsoDate()
  effectiveDate?: string;
}

export class RosterDecisionWithReasonBody extends RosterDecisionBody {
  @ApiProperty({ example: 'insurance lapse' }) @IsString() @Length(1, 500)
  reason!: string;
}
