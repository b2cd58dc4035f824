import { CommandContext } from '../../command-handling';
import { AddPathwayCourse, DefinePathway, RecordWholeSchoolProgramme } from '../domain/pathway-commands';

/** Who teaches, as a caller asks for it; the handler adds whether the partner is known. */
export type DeliveryRequest = { readonly deliveredBy: 'school-teacher' } | { readonly deliveredBy: 'partner'; readonly partnerId: string };

/** A pathway command as a caller sends it: the facts from school and partner streams are attached by the handler. */
export type PathwayRequest =
  | Omit<DefinePathway, 'schools'>
  | (Omit<AddPathwayCourse, 'school' | 'delivery'> & { readonly delivery: DeliveryRequest })
  | (Omit<RecordWholeSchoolProgramme, 'school' | 'delivery'> & { readonly delivery: DeliveryRequest });

export class PathwayCommandMessage {
  constructor(
    readonly pathwayId: string,
    readonly request: PathwayRequest,
    readonly context: CommandContext,
  ) {}
}
