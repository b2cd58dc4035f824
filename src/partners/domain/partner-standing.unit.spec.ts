import { partnerDecider } from './partner-decider';
import { PartnerEvent } from './partner-events';
import { agreementExecuted, approved, certificationAccepted, insuranceAccepted, proposed, readyForLausd, suspended } from './partner-fixtures';
import { partnerStandingProblems } from './partner-standing';
import { PartnerState } from './partner-state';

const fold = (events: PartnerEvent[]): PartnerState => events.reduce(partnerDecider.evolve, partnerDecider.initialState);

describe('partner standing: may the partner work in an LEA on a date?', () => {
  it('has no problem when approved with insurance, agreement and certification covering the date', () => {
    expect(partnerStandingProblems(fold([...readyForLausd, approved()]), 'lausd', '2026-09-01')).toEqual([]);
  });

  it('names every problem in its own sentence', () => {
    expect(partnerStandingProblems(fold([proposed]), 'lausd', '2026-09-01')).toEqual([
      'not approved by LEA lausd',
      'no accepted insurance for LEA lausd',
      'no agreement with LEA lausd covers 2026-09-01',
      'no contractor certification for LEA lausd',
    ]);
    expect(partnerStandingProblems(fold([]), 'lausd', '2026-09-01')).toEqual(['partner has not been proposed']);
  });

  it('tells expired insurance and an agreement whose term is over', () => {
    const partner = fold([proposed, insuranceAccepted({ expiresOn: '2026-02-01' }), certificationAccepted(), agreementExecuted({ endsOn: '2026-08-31' }), approved('2026-01-20')]);
    expect(partnerStandingProblems(partner, 'lausd', '2026-09-01')).toEqual([
      'insurance for LEA lausd expired on 2026-02-01',
      'no agreement with LEA lausd covers 2026-09-01',
    ]);
    expect(partnerStandingProblems(partner, 'lausd', '2026-01-31')).toEqual([]);
  });

  it('answers for the date asked: a suspension from 2026-03-02 does not touch February, and ends with reinstatement', () => {
    const partner = fold([...readyForLausd, approved(), suspended()]);
    expect(partnerStandingProblems(partner, 'lausd', '2026-03-02')).toEqual(['partner is suspended by LEA lausd since 2026-03-02 (insurance lapse)']);
    expect(partnerStandingProblems(partner, 'lausd', '2026-02-15')).toEqual([]);
    const reinstated = fold([...readyForLausd, approved(), suspended(), { type: 'PartnerReinstated', data: { partnerId: 'p1', lea: 'lausd', effectiveDate: '2026-03-20' } }]);
    expect(partnerStandingProblems(reinstated, 'lausd', '2026-03-20')).toEqual([]);
    expect(partnerStandingProblems(reinstated, 'lausd', '2026-03-10')).toEqual(['partner was suspended by LEA lausd from 2026-03-02 until 2026-03-20 (insurance lapse)']);
  });

  it('does not count a date before the approval, nor one LEA\'s roster for another', () => {
    const partner = fold([...readyForLausd, approved('2026-02-01')]);
    expect(partnerStandingProblems(partner, 'lausd', '2026-01-20')).toEqual(['approved by LEA lausd only from 2026-02-01']);
    expect(partnerStandingProblems(partner, 'pusd', '2026-09-01')).toEqual([
      'not approved by LEA pusd',
      'no accepted insurance for LEA pusd',
      'no agreement with LEA pusd covers 2026-09-01',
      'no contractor certification for LEA pusd',
    ]);
  });

  it('counts a cancellation from its effective date', () => {
    const cancelled: PartnerEvent = { type: 'InsuranceCancellationNoted', data: { partnerId: 'p1', lea: 'lausd', certificateNumber: 1, policyNumber: 'GL-1', effectiveDate: '2026-04-01' } };
    const partner = fold([...readyForLausd, approved(), cancelled]);
    expect(partnerStandingProblems(partner, 'lausd', '2026-03-31')).toEqual([]);
    expect(partnerStandingProblems(partner, 'lausd', '2026-04-01')).toEqual(['insurance for LEA lausd was cancelled from 2026-04-01']);
  });

  it('reports a removal', () => {
    const removed: PartnerEvent = { type: 'PartnerRemoved', data: { partnerId: 'p1', lea: 'lausd', reason: 'contract ended', effectiveDate: '2026-05-01' } };
    expect(partnerStandingProblems(fold([...readyForLausd, approved(), removed]), 'lausd', '2026-05-02'))
      .toEqual(['partner was removed from the roster of LEA lausd on 2026-05-01 (contract ended)']);
  });
});
