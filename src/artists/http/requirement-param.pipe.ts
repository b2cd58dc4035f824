import { Injectable, PipeTransform } from '@nestjs/common';
import { RequestValidationError } from '../../http/validation/request-validation';
import { CLEARANCE_REQUIREMENTS, ClearanceRequirement, isClearanceRequirement } from '../domain/clearance-requirement';

/** `{requirement}` in a path must name a known clearance: anything else is a 400, before any command runs. */
@Injectable()
export class RequirementParamPipe implements PipeTransform<string, ClearanceRequirement> {
  transform(value: string): ClearanceRequirement {
    if (!isClearanceRequirement(value)) {
      throw new RequestValidationError([{ field: 'requirement', message: `requirement must be one of ${CLEARANCE_REQUIREMENTS.join(', ')}` }]);
    }
    return value;
  }
}
