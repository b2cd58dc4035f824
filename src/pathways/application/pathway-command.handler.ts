import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateNotFoundError, CommandResult, executeCommand, loadAggregate } from '../../command-handling';
import { EventStore } from '../../event-store';
import { partnerDecider } from '../../partners/domain/partner-decider';
import { partnerStream } from '../../partners/domain/streams';
import { schoolDecider } from '../../schools/domain/school-decider';
import { SchoolState } from '../../schools/domain/school-state';
import { schoolStream } from '../../schools/domain/streams';
import { PathwayCommand, RequestedDelivery } from '../domain/pathway-commands';
import { pathwayDecider } from '../domain/pathway-decider';
import { PathwayState } from '../domain/pathway-state';
import { pathwayStream } from '../domain/streams';
import { DeliveryRequest, PathwayCommandMessage, PathwayRequest } from './pathway-command-message';

@CommandHandler(PathwayCommandMessage)
export class PathwayCommandHandler implements ICommandHandler<PathwayCommandMessage, CommandResult> {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  execute({ pathwayId, request, context }: PathwayCommandMessage): Promise<CommandResult> {
    const streamId = pathwayStream(pathwayId);
    return executeCommand({
      store: this.store,
      decider: pathwayDecider,
      id: pathwayId,
      streamId,
      context,
      // Facts are read on every attempt, so a retry after a lost race sees the schools as they are then.
      command: async (state: PathwayState): Promise<PathwayCommand> => {
        if (!state.exists && request.type !== 'DefinePathway') throw new AggregateNotFoundError(streamId);
        return this.withFacts(request);
      },
    });
  }

  private async withFacts(request: PathwayRequest): Promise<PathwayCommand> {
    switch (request.type) {
      case 'DefinePathway': {
        const { elementarySchoolIds, middleSchoolIds, highSchoolIds } = request.feederPattern;
        const schools = await Promise.all([...elementarySchoolIds, ...middleSchoolIds, ...highSchoolIds].map((id) => this.school(id)));
        return { ...request, schools };
      }
      case 'AddPathwayCourse':
      case 'RecordWholeSchoolProgramme':
        return { ...request, school: await this.school(request.schoolId), delivery: await this.delivery(request.delivery) };
    }
  }

  private async school(schoolId: string): Promise<SchoolState> {
    const { state } = await loadAggregate(this.store, schoolStream(schoolId), schoolDecider);
    return state.exists ? state : { ...state, schoolId };
  }

  private async delivery(request: DeliveryRequest): Promise<RequestedDelivery> {
    if (request.deliveredBy === 'school-teacher') return request;
    const { state } = await loadAggregate(this.store, partnerStream(request.partnerId), partnerDecider);
    return { ...request, partnerKnown: state.exists };
  }
}
