import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDefined, IsIn, IsOptional, IsString, Length, Matches, registerDecorator, ValidateNested } from 'class-validator';
import { ART_FORMS, ArtForm } from '../../artists/domain/art-form';
import { IsIsoDate } from '../../http/validation/is-iso-date';
import { ID_MESSAGE, ID_PATTERN, LEA_MESSAGE, LEA_PATTERN, SCHOOL_YEAR_MESSAGE, SCHOOL_YEAR_PATTERN } from '../../http/validation/identifiers';
import { COURSE_LEVELS, CourseLevel } from '../domain/course-level';

const MAX_SCHOOLS_PER_LEVEL = 50;
const DELIVERERS = ['school-teacher', 'partner'] as const;

function SchoolIds(example: string[]): PropertyDecorator {
  return (target, property) => {
    ApiProperty({ isArray: true, type: String, example })(target, property);
    IsArray()(target, property);
    ArrayMinSize(1)(target, property);
    ArrayMaxSize(MAX_SCHOOLS_PER_LEVEL)(target, property);
    Matches(ID_PATTERN, { each: true, message: 'each of $property must be a school id' })(target, property);
  };
}

export class FeederPatternBody {
  @SchoolIds(['evergreen-es', 'second-street-es'])
  elementarySchoolIds!: string[];

  @SchoolIds(['hollenbeck-ms'])
  middleSchoolIds!: string[];

  @SchoolIds(['roosevelt-hs'])
  highSchoolIds!: string[];
}

export class DefinePathwayBody {
  @ApiPropertyOptional({ description: 'Pathway id; chosen by the server when omitted', example: 'eastside-music' })
  @IsOptional() @Matches(ID_PATTERN, { message: ID_MESSAGE })
  id?: string;

  @ApiProperty({ example: 'lausd' }) @Matches(LEA_PATTERN, { message: LEA_MESSAGE })
  lea!: string;

  @ApiProperty({ example: 'Eastside music pathway' }) @IsString() @Length(1, 200)
  name!: string;

  @ApiProperty({ enum: ART_FORMS }) @IsIn(ART_FORMS)
  artForm!: ArtForm;

  @ApiProperty({ type: FeederPatternBody, description: 'Registered schools of the LEA, each listed at its own level' })
  @IsDefined() @ValidateNested() @Type(() => FeederPatternBody)
  feederPattern!: FeederPatternBody;

  @ApiPropertyOptional({ description: 'the date it takes effect; today when omitted', example: '2026-08-01' }) @IsOptional() @IsIsoDate()
  effectiveDate?: string;
}

/** A partner id exactly when a partner delivers: an id sent with deliveredBy school-teacher is a mistake, not noise to drop. */
function PartnerIdMatchesDelivery(): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'partnerIdMatchesDelivery',
      target: target.constructor,
      propertyName: property as string,
      validator: {
        validate: (value: unknown, args) => ((args?.object as DeliveryBody).deliveredBy === 'partner' ? typeof value === 'string' && ID_PATTERN.test(value) : value === undefined),
        defaultMessage: (args) => ((args?.object as DeliveryBody).deliveredBy === 'partner'
          ? 'partnerId must name the partner delivering it (1-100 letters, digits, "-" or "_")'
          : 'partnerId is only for deliveredBy partner'),
      },
    });
}

/** Who teaches: the school's own teacher, or a partner named by id. */
class DeliveryBody {
  @ApiProperty({ enum: DELIVERERS }) @IsIn(DELIVERERS)
  deliveredBy!: (typeof DELIVERERS)[number];

  @ApiPropertyOptional({ description: 'Required when deliveredBy is partner, and only then', example: 'eastside-youth-symphony' })
  @PartnerIdMatchesDelivery()
  partnerId?: string;

  @ApiProperty({ example: '2026-27' }) @Matches(SCHOOL_YEAR_PATTERN, { message: SCHOOL_YEAR_MESSAGE })
  schoolYear!: string;

  @ApiProperty({ example: 'Beginning band' }) @IsString() @Length(1, 200)
  title!: string;

  @ApiPropertyOptional({ description: 'the date it takes effect; today when omitted', example: '2026-08-15' }) @IsOptional() @IsIsoDate()
  effectiveDate?: string;
}

export class AddPathwayCourseBody extends DeliveryBody {
  @ApiPropertyOptional({ description: 'Course id; chosen by the server when omitted', example: 'hollenbeck-beginning-band' })
  @IsOptional() @Matches(ID_PATTERN, { message: ID_MESSAGE })
  courseId?: string;

  @ApiProperty({ description: 'A middle or high school of the feeder pattern', example: 'hollenbeck-ms' }) @Matches(ID_PATTERN, { message: ID_MESSAGE })
  schoolId!: string;

  @ApiProperty({ enum: COURSE_LEVELS, description: 'Needs the level below in the pathway at this school (or, for a high school, at a middle school feeding it)' })
  @IsIn(COURSE_LEVELS)
  level!: CourseLevel;
}

export class WholeSchoolProgrammeBody extends DeliveryBody {
  @ApiPropertyOptional({ description: 'Programme id; chosen by the server when omitted', example: 'evergreen-music-for-all' })
  @IsOptional() @Matches(ID_PATTERN, { message: ID_MESSAGE })
  programmeId?: string;

  @ApiProperty({ description: 'An elementary school of the feeder pattern', example: 'evergreen-es' }) @Matches(ID_PATTERN, { message: ID_MESSAGE })
  schoolId!: string;
}
