import { spec } from '../../testing/decider-specification';
import { LapseEventRef, RecordPartnerLapses } from './partner-commands';
import { partnerDecider } from './partner-decider';
import { PartnerEvent } from './partner-events';
import { partnerStandingProblems } from './partner-standing';
import { agreementExecuted, approved, insuranceAccepted, readyForLausd } from './partner-fixtures';

/*
 * Issue 10 §1: a lapse of insurance or agreement becomes a recorded roster fact, PartnerSuspended from the lapse's
 * date with the lapse and its causing event, recorded by the system (RecordPartnerLapses, run by the sweep and at
 * once after a past-dated cancellation notice). Lifted only by a compliance reinstatement.
 */

const partner = spec(partnerDecider);
const onRoster: PartnerEvent[] = [...readyForLausd, approved('2026-02-01')];
const cancelled = (effectiveDate = '2026-02-04', certificateNumber = 1): PartnerEvent => ({
  type: 'InsuranceCancellationNoted', data: { partnerId: 'p1', lea: 'lausd', certificateNumber, policyNumber: 'GL-1', effectiveDate },
});
const refs: LapseEventRef[] = [{ eventType: 'InsuranceCancellationNoted', certificateNumber: 1, eventId: 'evt-cancel' }];
const lapses = (asOf: string, causingEvents: LapseEventRef[] = refs): RecordPartnerLapses => ({ type: 'RecordPartnerLapses', asOf, causingEvents });

describe('partner lapses (RecordPartnerLapses)', () => {
  it('given an approved partner whose insurance is cancelled from 2026-02-04, when lapses are recorded as of that day, then it is suspended from that day naming the cancellation', () => {
    partner.given([...onRoster, cancelled()]).when(lapses('2026-02-04')).then([{
      type: 'PartnerSuspended',
      data: {
        partnerId: 'p1', lea: 'lausd', effectiveDate: '2026-02-04', reason: 'insurance policy GL-1 for LEA lausd cancelled from 2026-02-04',
        lapse: { item: 'insurance', eventType: 'InsuranceCancellationNoted', eventId: 'evt-cancel', certificateNumber: 1, policyNumber: 'GL-1' },
      },
    }]);
  });

  it('records nothing before the cancellation takes effect, and nothing a second time', () => {
    partner.given([...onRoster, cancelled()]).when(lapses('2026-02-03')).then([]);
    const suspension = partnerDecider.decide(lapses('2026-02-04'), partner.given([...onRoster, cancelled()]).state) as PartnerEvent[];
    partner.given([...onRoster, cancelled(), ...suspension]).when(lapses('2026-02-20')).then([]);
  });

  it('records nothing when another certificate covers the day, or the partner is not approved', () => {
    partner.given([...onRoster, insuranceAccepted({ certificateNumber: 2, policyNumber: 'GL-2', effectiveDate: '2026-01-15' }), cancelled()]).when(lapses('2026-03-01')).then([]);
    partner.given([...readyForLausd, cancelled()]).when(lapses('2026-03-01')).then([]);
  });

  it('suspends from a recorded insurance expiry or agreement expiry, never from one with cover continuing', () => {
    const expired: PartnerEvent = {
      type: 'InsuranceExpired',
      data: { partnerId: 'p1', lea: 'lausd', certificateNumber: 1, policyNumber: 'GL-1', expiredOn: '2027-01-01', effectiveDate: '2027-01-01', coverageContinues: false },
    };
    partner.given([...onRoster, expired]).when(lapses('2027-01-02', [{ eventType: 'InsuranceExpired', certificateNumber: 1, eventId: 'evt-exp' }]))
      .thenEvents(([event]) => expect(event.data).toMatchObject({ effectiveDate: '2027-01-01', lapse: { eventType: 'InsuranceExpired', eventId: 'evt-exp' } }));
    const agreementEnded: PartnerEvent = {
      type: 'AgreementExpired',
      data: { partnerId: 'p1', lea: 'lausd', agreementId: 'MOU-1', endsOn: '2026-06-30', expiredOn: '2026-07-01', effectiveDate: '2026-07-01', coverageContinues: false },
    };
    const shortTerm = [readyForLausd[0], readyForLausd[1], readyForLausd[2], agreementExecuted({ endsOn: '2026-06-30' }), approved('2026-02-01')];
    partner.given([...shortTerm, agreementEnded]).when(lapses('2026-07-01', []))
      .thenEvents(([event]) => expect(event.data).toMatchObject({ effectiveDate: '2026-07-01', reason: 'agreement MOU-1 with LEA lausd ended on 2026-06-30', lapse: { item: 'agreement', eventId: null } }));
    const renewed = [...shortTerm, agreementExecuted({ agreementId: 'MOU-2', startsOn: '2026-07-01', endsOn: '2027-06-30' }), { ...agreementEnded, data: { ...agreementEnded.data, coverageContinues: true } } as PartnerEvent];
    partner.given(renewed).when(lapses('2026-07-01', [])).then([]);
  });

  it('a system suspension is lifted by the compliance reinstatement once a new certificate covers its date, and the gap stays on the record', () => {
    const suspension = partnerDecider.decide(lapses('2026-02-04'), partner.given([...onRoster, cancelled()]).state) as PartnerEvent[];
    const lapsed = [...onRoster, cancelled(), ...suspension];
    partner.given(lapsed).when({ type: 'ReinstatePartner', lea: 'lausd', effectiveDate: '2026-02-10' })
      .thenRefused('partner.reinstatement-prerequisites', /cancelled from 2026-02-04/);
    const insuredAgain = [...lapsed, insuranceAccepted({ certificateNumber: 2, policyNumber: 'GL-9', effectiveDate: '2026-02-10', expiresOn: '2027-02-10' })];
    partner.given(insuredAgain).when({ type: 'ReinstatePartner', lea: 'lausd', effectiveDate: '2026-02-10' })
      .then([{ type: 'PartnerReinstated', data: { partnerId: 'p1', lea: 'lausd', effectiveDate: '2026-02-10' } }]);
    const reinstated = partner.given([...insuredAgain, { type: 'PartnerReinstated', data: { partnerId: 'p1', lea: 'lausd', effectiveDate: '2026-02-10' } }]);
    // The earlier lapse is before the reinstatement in force: nothing is recorded again.
    reinstated.when(lapses('2026-03-01')).then([]);
    expect(partnerStandingProblems(reinstated.state, 'lausd', '2026-02-02')).toEqual([]);
    expect(partnerStandingProblems(reinstated.state, 'lausd', '2026-02-06').join('; ')).toMatch(/suspended by LEA lausd from 2026-02-04 until 2026-02-10/);
    expect(partnerStandingProblems(reinstated.state, 'lausd', '2026-02-10')).toEqual([]);
  });
});
