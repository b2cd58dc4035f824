import { ApiProperty } from '@nestjs/swagger';
import { ART_FORMS } from '../../artists/domain/art-form';
import { CLEARANCE_REQUIREMENTS, ENGAGEMENTS } from '../../artists/domain/clearance-requirement';
import { COURSE_LEVELS } from '../../pathways/domain/course-level';
import { PARTNER_KINDS, PARTNER_SERVICES } from '../../partners/domain/partner-profile';
import { PARTNERSHIP_MODELS, PARTNERSHIP_SCOPES } from '../../partnerships/domain/partnership-events';
import { SCHOOL_LEVELS } from '../../schools/domain/school-level';
import { PARTNERSHIP_STATUSES, ROSTER_STATUSES } from './directory-query.dto';

/*
 * The shapes the five listings answer, as classes so the OpenAPI document (and the client generated from it) has
 * real types. The values themselves are built as plain objects by directory-reader.ts.
 */

const NEXT_CURSOR = { type: String, nullable: true, description: 'Pass it as `cursor` for the next page; null on the last page' } as const;

export class ArtistNextExpiry {
  @ApiProperty({ enum: CLEARANCE_REQUIREMENTS }) requirement!: string;
  @ApiProperty({ example: 'lausd' }) lea!: string;
  @ApiProperty({ format: 'date', description: 'Last valid day (inclusive)', example: '2027-06-30' }) expiresOn!: string;
}

export class ArtistListItem {
  @ApiProperty({ example: 'nora-callahan' }) id!: string;
  @ApiProperty({ example: 'Nora Callahan' }) name!: string;
  @ApiProperty({ example: 'harmony-arts' }) partnerId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'null when the partner is unknown to the directory', example: 'Harmony Arts' }) partnerName!: string | null;
  @ApiProperty({ enum: ENGAGEMENTS }) engagement!: string;
  @ApiProperty({ enum: ART_FORMS, isArray: true }) artForms!: string[];
  @ApiProperty({ type: [String], description: 'LEAs where the artist holds any clearance fact', example: ['lausd'] }) leas!: string[];
  @ApiProperty({ description: 'May work today (every clearance the LEA requires is valid): in `lea` when asked, else in at least one LEA' }) mayWork!: boolean;
  @ApiProperty({ type: [String], description: 'Of `leas`, those the artist may work in today', example: ['lausd'] }) mayWorkIn!: string[];
  @ApiProperty({ type: ArtistNextExpiry, nullable: true, description: 'The earliest day on or after today a valid clearance lapses by expiry (in `lea` when asked)' })
  nextExpiry!: ArtistNextExpiry | null;
}

export class ArtistPage {
  @ApiProperty({ type: [ArtistListItem] }) items!: ArtistListItem[];
  @ApiProperty(NEXT_CURSOR) nextCursor!: string | null;
}

export class PartnerNextExpiry {
  @ApiProperty({ enum: ['insurance', 'agreement'] }) what!: string;
  @ApiProperty({ example: 'lausd' }) lea!: string;
  @ApiProperty({ format: 'date', description: 'Last covered day (inclusive); renewals in place count as one cover', example: '2027-06-30' }) expiresOn!: string;
}

export class PartnerListItem {
  @ApiProperty({ example: 'harmony-arts' }) id!: string;
  @ApiProperty({ example: 'Harmony Arts' }) name!: string;
  @ApiProperty({ enum: PARTNER_KINDS }) kind!: string;
  @ApiProperty({ enum: PARTNER_SERVICES, isArray: true }) services!: string[];
  @ApiProperty({ enum: ART_FORMS, isArray: true }) artForms!: string[];
  @ApiProperty({ type: [String], description: 'LEAs the partner has come before (roster, insurance, certification, agreement)', example: ['lausd'] }) leas!: string[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', enum: [...ROSTER_STATUSES, 'not-yet-proposed'] },
    description: 'Per LEA of `leas`, the roster decision in force today (`not-yet-proposed` when none is yet)',
    example: { lausd: 'approved' },
  })
  rosterStatus!: Record<string, string>;
  @ApiProperty({ description: 'Teaching artists registered with the partner', example: 12 }) artistCount!: number;
  @ApiProperty({ type: PartnerNextExpiry, nullable: true, description: 'The earliest day on or after today insurance or agreement cover ends' })
  nextExpiry!: PartnerNextExpiry | null;
}

export class PartnerPage {
  @ApiProperty({ type: [PartnerListItem] }) items!: PartnerListItem[];
  @ApiProperty(NEXT_CURSOR) nextCursor!: string | null;
}

export class SchoolListItem {
  @ApiProperty({ example: 'roosevelt-elementary' }) id!: string;
  @ApiProperty({ example: 'Roosevelt Elementary' }) name!: string;
  @ApiProperty({ example: 'lausd' }) lea!: string;
  @ApiProperty({ enum: SCHOOL_LEVELS }) level!: string;
  @ApiProperty({ type: [String], example: ['K', '1', '2'] }) grades!: string[];
  @ApiProperty({ example: 420 }) enrolment!: number;
  @ApiProperty({ type: String, nullable: true, description: 'The Arts Lead designated for the school year that holds today; null when none is', example: 'Maria Lopez' })
  artsLead!: string | null;
  @ApiProperty({ description: 'Partnerships the school is enrolled in (any status)', example: 2 }) partnershipCount!: number;
}

export class SchoolPage {
  @ApiProperty({ type: [SchoolListItem] }) items!: SchoolListItem[];
  @ApiProperty(NEXT_CURSOR) nextCursor!: string | null;
}

export class PartnershipPartner {
  @ApiProperty({ example: 'harmony-arts' }) id!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Harmony Arts' }) name!: string | null;
}

export class PartnershipListItem {
  @ApiProperty({ example: 'lincoln-theatre-literacy' }) id!: string;
  @ApiProperty({ example: 'Lincoln Theatre Literacy' }) name!: string;
  @ApiProperty({ description: 'The first partner of the partnership', example: 'harmony-arts' }) partnerId!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Harmony Arts' }) partnerName!: string | null;
  @ApiProperty({ type: [String], example: ['harmony-arts'] }) partnerIds!: string[];
  @ApiProperty({ type: [PartnershipPartner] }) partners!: PartnershipPartner[];
  @ApiProperty({ example: 'lausd' }) lea!: string;
  @ApiProperty({ type: [String], description: 'The partnership\'s LEA, as a list', example: ['lausd'] }) leas!: string[];
  @ApiProperty({ enum: PARTNERSHIP_STATUSES }) status!: string;
  @ApiProperty({ enum: PARTNERSHIP_SCOPES, nullable: true }) scope!: string | null;
  @ApiProperty({ enum: PARTNERSHIP_MODELS, nullable: true }) model!: string | null;
  @ApiProperty({ enum: ART_FORMS, isArray: true }) artForms!: string[];
  @ApiProperty({ type: String, format: 'date', nullable: true }) termEnd!: string | null;
  @ApiProperty({ example: 2 }) schoolCount!: number;
  @ApiProperty({ example: 4 }) assignmentCount!: number;
  @ApiProperty({
    description: "Assignments active on the server's day, the status `GET /partnerships/{id}` gives in `today.assignments`: not ended by then (an end recorded ahead counts from its own day) and not inside a suspension period",
    example: 3,
  })
  activeAssignmentCount!: number;
  @ApiProperty({ description: 'Sessions logged (corrections do not add any), including any dated after today', example: 36 }) sessionCount!: number;
}

export class PartnershipPage {
  @ApiProperty({ type: [PartnershipListItem] }) items!: PartnershipListItem[];
  @ApiProperty(NEXT_CURSOR) nextCursor!: string | null;
}

export class PathwayFeederCounts {
  @ApiProperty({ example: 3 }) elementary!: number;
  @ApiProperty({ example: 1 }) middle!: number;
  @ApiProperty({ example: 1 }) high!: number;
}

export class PathwayListItem {
  @ApiProperty({ example: 'eastside-music' }) id!: string;
  @ApiProperty({ example: 'Eastside music pathway' }) name!: string;
  @ApiProperty({ example: 'lausd' }) lea!: string;
  @ApiProperty({ enum: ART_FORMS }) artForm!: string;
  @ApiProperty({ type: PathwayFeederCounts, description: 'Schools of the feeder pattern per stage' }) feederPattern!: PathwayFeederCounts;
  @ApiProperty({ description: 'Schools of the feeder pattern, all stages', example: 5 }) feederSchoolCount!: number;
  @ApiProperty({ example: 3 }) courseCount!: number;
  @ApiProperty({ example: 2 }) wholeSchoolProgrammeCount!: number;
  @ApiProperty({ enum: COURSE_LEVELS, isArray: true, description: 'Course levels offered, in sequence order' }) levels!: string[];
}

export class PathwayPage {
  @ApiProperty({ type: [PathwayListItem] }) items!: PathwayListItem[];
  @ApiProperty(NEXT_CURSOR) nextCursor!: string | null;
}
