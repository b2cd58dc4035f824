import { spec } from '../../testing/decider-specification';
import { partnerDecider } from './partner-decider';
import { PartnerEvent } from './partner-events';
import { agreementExecuted, approved, certificationAccepted, insuranceAccepted, proposed, readyForLausd, suspended } from './partner-fixtures';

const partner = spec(partnerDecider);

describe('partner decider', () => {
  describe('proposing', () => {
    it('records PartnerProposed with the proposing LEA, services and art forms', () => {
      partner.given([]).when({
        type: 'ProposePartner', partnerId: 'p1', lea: 'lausd', name: 'Eastside Youth Symphony', kind: 'youth-symphony',
        services: ['small-ensembles'], artForms: ['music'], effectiveDate: '2026-01-05',
      }).then([proposed]);
    });

    it('refuses proposing a partner twice, or one offering no service', () => {
      const command = { type: 'ProposePartner', partnerId: 'p1', lea: 'lausd', name: 'X', kind: 'other', services: ['mentorship'], artForms: [], effectiveDate: '2026-01-05' } as const;
      partner.given([proposed]).when(command).thenRefused('partner.unique', /already proposed/, 409);
      partner.given([]).when({ ...command, services: [] }).thenRefused('partner.services', /at least one service/, 422);
    });
  });

  describe('insurance', () => {
    const accept = {
      type: 'AcceptInsuranceCertificate', lea: 'lausd', carrier: 'Acme Mutual', policyNumber: 'GL-1', leaNamedAdditionalInsured: true,
      effectiveDate: '2026-01-01', expiresOn: '2027-01-01',
    } as const;

    it('accepts a certificate naming the LEA as additional insured, numbering it', () => {
      partner.given([proposed]).when(accept).then([insuranceAccepted()]);
      partner.given([proposed, insuranceAccepted()]).when({ ...accept, policyNumber: 'GL-2' })
        .thenEvents(([event]) => expect(event.data).toMatchObject({ certificateNumber: 2, policyNumber: 'GL-2' }));
    });

    it('refuses a certificate that does not name the LEA as additional insured', () => {
      partner.given([proposed]).when({ ...accept, leaNamedAdditionalInsured: false })
        .thenRefused('partner.insurance-additional-insured', 'the general liability certificate must name LEA lausd as additional insured', 422);
    });

    it('refuses a certificate that expires on or before its effective date (422)', () => {
      partner.given([proposed]).when({ ...accept, expiresOn: '2026-01-01' }).thenRefused('partner.insurance-term', /expires on 2026-01-01/, 422);
    });

    it('refuses insurance for a partner never proposed', () => {
      partner.given([]).when(accept).thenRefused('partner.exists', /not been proposed/, 409);
    });

    it('notes a cancellation for every certificate of the policy still giving cover', () => {
      partner.given([proposed, insuranceAccepted()]).when({ type: 'NoteInsuranceCancellation', lea: 'lausd', policyNumber: 'GL-1', effectiveDate: '2026-03-01' })
        .then([{ type: 'InsuranceCancellationNoted', data: { partnerId: 'p1', lea: 'lausd', certificateNumber: 1, policyNumber: 'GL-1', effectiveDate: '2026-03-01' } }]);
    });

    it('refuses a cancellation of an unknown policy, of another LEA\'s certificate, or after the cover ended', () => {
      const given = partner.given([proposed, insuranceAccepted()]);
      given.when({ type: 'NoteInsuranceCancellation', lea: 'lausd', policyNumber: 'GL-9', effectiveDate: '2026-03-01' }).thenRefused('partner.insurance-known', /policy GL-9/);
      given.when({ type: 'NoteInsuranceCancellation', lea: 'pusd', policyNumber: 'GL-1', effectiveDate: '2026-03-01' }).thenRefused('partner.insurance-known', /LEA pusd/);
      given.when({ type: 'NoteInsuranceCancellation', lea: 'lausd', policyNumber: 'GL-1', effectiveDate: '2027-01-01' }).thenRefused('partner.insurance-cancellable');
    });
  });

  describe('certification and agreements', () => {
    it('accepts a contractor certification for an LEA, effective when signed', () => {
      partner.given([proposed]).when({ type: 'AcceptContractorCertification', lea: 'lausd', signedOn: '2026-01-10', evidenceReference: 'CERT-77' })
        .then([certificationAccepted()]);
    });

    it('executes an agreement with a term, refusing one ending before it starts or reusing an agreement id', () => {
      const execute = { type: 'ExecuteAgreement', lea: 'lausd', agreementId: 'MOU-1', kind: 'mou', startsOn: '2026-01-15', endsOn: '2027-06-30', effectiveDate: '2026-01-12' } as const;
      partner.given([proposed]).when(execute).then([agreementExecuted()]);
      partner.given([proposed]).when({ ...execute, endsOn: '2026-01-14' }).thenRefused('partner.agreement-term', /cannot end \(2026-01-14\) before it starts/, 422);
      partner.given([proposed, agreementExecuted()]).when(execute).thenRefused('partner.agreement-unique', /MOU-1/, 409);
    });
  });

  describe('approval onto an LEA roster', () => {
    const approve = { type: 'ApprovePartner', lea: 'lausd', effectiveDate: '2026-02-01' } as const;

    it('approves a partner with insurance, certification and agreement for that LEA', () => {
      partner.given(readyForLausd).when(approve).then([approved()]);
    });

    it('refuses naming each missing item', () => {
      partner.given([proposed]).when(approve).thenRefused(
        'partner.approval-prerequisites',
        'partner cannot be approved by LEA lausd on 2026-02-01: no accepted insurance for LEA lausd; no agreement with LEA lausd covers 2026-02-01; no contractor certification for LEA lausd',
        409,
      );
      partner.given([proposed, insuranceAccepted(), agreementExecuted()]).when(approve).thenRefused('partner.approval-prerequisites', /: no contractor certification for LEA lausd$/);
      partner.given([proposed, insuranceAccepted(), certificationAccepted()]).when(approve).thenRefused('partner.approval-prerequisites', /: no agreement with LEA lausd covers 2026-02-01$/);
    });

    it('refuses when the insurance expired or was cancelled by the approval date', () => {
      partner.given([proposed, insuranceAccepted({ expiresOn: '2026-02-01' }), certificationAccepted(), agreementExecuted()]).when(approve)
        .thenRefused('partner.approval-prerequisites', /: insurance for LEA lausd expired on 2026-02-01$/);
      const cancelled: PartnerEvent = { type: 'InsuranceCancellationNoted', data: { partnerId: 'p1', lea: 'lausd', certificateNumber: 1, policyNumber: 'GL-1', effectiveDate: '2026-01-20' } };
      partner.given([...readyForLausd, cancelled]).when(approve).thenRefused('partner.approval-prerequisites', /: insurance for LEA lausd was cancelled from 2026-01-20$/);
    });

    it('refuses approval by an LEA whose own evidence is missing: another LEA\'s does not transfer', () => {
      partner.given(readyForLausd).when({ ...approve, lea: 'pusd' }).thenRefused(
        'partner.approval-prerequisites',
        /no accepted insurance for LEA pusd; no agreement with LEA pusd covers 2026-02-01; no contractor certification for LEA pusd/,
      );
    });

    it('refuses approving twice, or approving a suspended partner', () => {
      partner.given([...readyForLausd, approved()]).when(approve).thenRefused('partner.approval', /already approved by LEA lausd since 2026-02-01/);
      partner.given([...readyForLausd, approved(), suspended()]).when({ ...approve, effectiveDate: '2026-04-01' })
        .thenRefused('partner.approval', /suspended by LEA lausd since 2026-03-02; reinstate it instead/);
    });
  });

  describe('suspension, reinstatement and removal (per LEA)', () => {
    const onRoster = [...readyForLausd, approved()];

    it('suspends an approved partner with a reason, and refuses suspending one not on that LEA roster', () => {
      partner.given(onRoster).when({ type: 'SuspendPartner', lea: 'lausd', reason: 'insurance lapse', effectiveDate: '2026-03-02' }).then([suspended()]);
      partner.given(onRoster).when({ type: 'SuspendPartner', lea: 'pusd', reason: 'x', effectiveDate: '2026-03-02' })
        .thenRefused('partner.suspension', 'partner is not on the roster of LEA pusd');
      partner.given([...onRoster, suspended()]).when({ type: 'SuspendPartner', lea: 'lausd', reason: 'again', effectiveDate: '2026-03-05' })
        .thenRefused('partner.suspension', /already suspended by LEA lausd since 2026-03-02 \(insurance lapse\)/);
    });

    it('refuses a roster decision back-dated before the one in force', () => {
      partner.given(onRoster).when({ type: 'SuspendPartner', lea: 'lausd', reason: 'x', effectiveDate: '2026-01-31' })
        .thenRefused('partner.roster-order', /took effect on 2026-02-01/);
    });

    it('reinstates a suspended partner whose evidence holds on the reinstatement date', () => {
      partner.given([...onRoster, suspended()]).when({ type: 'ReinstatePartner', lea: 'lausd', effectiveDate: '2026-03-20' })
        .then([{ type: 'PartnerReinstated', data: { partnerId: 'p1', lea: 'lausd', effectiveDate: '2026-03-20' } }]);
    });

    it('refuses reinstating without a suspension', () => {
      partner.given(onRoster).when({ type: 'ReinstatePartner', lea: 'lausd', effectiveDate: '2026-03-20' })
        .thenRefused('partner.reinstatement', 'partner is not suspended by LEA lausd');
    });

    it('refuses reinstating while the insurance that lapsed is still not renewed', () => {
      const lapsing = [proposed, insuranceAccepted({ expiresOn: '2026-03-01' }), certificationAccepted(), agreementExecuted(), approved(), suspended()];
      partner.given(lapsing).when({ type: 'ReinstatePartner', lea: 'lausd', effectiveDate: '2026-03-20' })
        .thenRefused('partner.reinstatement-prerequisites', /insurance for LEA lausd expired on 2026-03-01/);
      partner.given([...lapsing, insuranceAccepted({ certificateNumber: 2, policyNumber: 'GL-2', effectiveDate: '2026-03-15' })])
        .when({ type: 'ReinstatePartner', lea: 'lausd', effectiveDate: '2026-03-20' })
        .thenEvents((events) => expect(events.map((e) => e.type)).toEqual(['PartnerReinstated']));
    });

    it('removes a partner from the roster; it is approved again only after being proposed again to that LEA', () => {
      const removed: PartnerEvent = { type: 'PartnerRemoved', data: { partnerId: 'p1', lea: 'lausd', reason: 'contract ended', effectiveDate: '2026-05-01' } };
      partner.given(onRoster).when({ type: 'RemovePartner', lea: 'lausd', reason: 'contract ended', effectiveDate: '2026-05-01' }).then([removed]);
      partner.given([...onRoster, removed]).when({ type: 'ApprovePartner', lea: 'lausd', effectiveDate: '2026-06-01' })
        .thenRefused('partner.removed', /removed from the roster of LEA lausd on 2026-05-01; propose it to LEA lausd again/);
      const reproposal = { type: 'ProposePartner', partnerId: 'p1', lea: 'lausd', name: 'Eastside Youth Symphony', kind: 'youth-symphony', services: ['small-ensembles'], artForms: ['music'], effectiveDate: '2026-05-20' } as const;
      const proposedAgain: PartnerEvent = {
        type: 'PartnerProposed',
        data: { partnerId: 'p1', lea: 'lausd', name: 'Eastside Youth Symphony', kind: 'youth-symphony', services: ['small-ensembles'], artForms: ['music'], effectiveDate: '2026-05-20' },
      };
      partner.given([...onRoster, removed]).when(reproposal).then([proposedAgain]);
      partner.given([...onRoster, removed, proposedAgain])
        .when({ type: 'ApprovePartner', lea: 'lausd', effectiveDate: '2026-06-01' }).then([approved('2026-06-01')]);
    });

    it('refuses removing a partner that is not on the LEA roster', () => {
      partner.given(readyForLausd).when({ type: 'RemovePartner', lea: 'lausd', reason: 'x', effectiveDate: '2026-05-01' })
        .thenRefused('partner.removal', 'partner is not on the roster of LEA lausd');
    });
  });

  describe('the expiry sweep', () => {
    it('records insurance and agreement expiries due by the date, once', () => {
      const history = [proposed, insuranceAccepted({ expiresOn: '2026-06-01' }), agreementExecuted({ endsOn: '2026-06-30' })];
      const sweep = { type: 'RecordPartnerExpiries', asOf: '2026-07-01' } as const;
      const expiries: PartnerEvent[] = [
        { type: 'InsuranceExpired', data: { partnerId: 'p1', lea: 'lausd', certificateNumber: 1, policyNumber: 'GL-1', expiredOn: '2026-06-01', effectiveDate: '2026-06-01', coverageContinues: false } },
        { type: 'AgreementExpired', data: { partnerId: 'p1', lea: 'lausd', agreementId: 'MOU-1', endsOn: '2026-06-30', expiredOn: '2026-07-01', effectiveDate: '2026-07-01', coverageContinues: false } },
      ];
      partner.given(history).when(sweep).then(expiries);
      partner.given([...history, ...expiries]).when(sweep).then([]);
      partner.given(history).when({ type: 'RecordPartnerExpiries', asOf: '2026-06-30' }).then([expiries[0]]);
    });

    it('says when a renewal keeps the cover going, and skips certificates already ended by a cancellation', () => {
      const renewed = [proposed, insuranceAccepted({ expiresOn: '2026-06-01' }), insuranceAccepted({ certificateNumber: 2, policyNumber: 'GL-2', effectiveDate: '2026-06-01' })];
      partner.given(renewed).when({ type: 'RecordPartnerExpiries', asOf: '2026-06-01' })
        .thenEvents(([expired, ...rest]) => {
          expect(rest).toEqual([]);
          expect(expired.data).toMatchObject({ certificateNumber: 1, coverageContinues: true });
        });
      const cancelled: PartnerEvent = { type: 'InsuranceCancellationNoted', data: { partnerId: 'p1', lea: 'lausd', certificateNumber: 1, policyNumber: 'GL-1', effectiveDate: '2026-03-01' } };
      partner.given([proposed, insuranceAccepted({ expiresOn: '2026-06-01' }), cancelled]).when({ type: 'RecordPartnerExpiries', asOf: '2026-07-01' }).then([]);
    });
  });
});
