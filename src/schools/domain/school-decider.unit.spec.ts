import { spec } from '../../testing/decider-specification';
import { schoolDecider } from './school-decider';
import { SchoolEvent } from './school-events';
import { registered, registerHollenbeck } from './school-fixtures';

describe('school decider', () => {
  describe('registering a school', () => {
    it('records the school with its LEA, level, grades and enrolment', () => {
      spec(schoolDecider).given([]).when(registerHollenbeck()).then([registered]);
    });

    it('refuses registering the same school twice', () => {
      spec(schoolDecider).given([registered]).when(registerHollenbeck({ name: 'Other', grades: ['6'], enrolment: 1 })).thenRefused('school.unique', /already registered \(Hollenbeck Middle, LEA lausd\)/, 409);
    });

    it('refuses grades the level does not teach, and unknown grades', () => {
      const base = { type: 'RegisterSchool', schoolId: 's2', lea: 'lausd', name: 'Roosevelt High', enrolment: 2000, effectiveDate: '2026-08-01' } as const;
      spec(schoolDecider).given([]).when({ ...base, level: 'high', grades: ['2', '9'] }).thenRefused('school.grades', 'a high school teaches grades 6 to 12, not 2', 422);
      spec(schoolDecider).given([]).when({ ...base, level: 'high', grades: ['13'] }).thenRefused('school.grades', /unknown grades 13/, 422);
      spec(schoolDecider).given([]).when({ ...base, level: 'high', grades: [] }).thenRefused('school.grades', /at least one grade/, 422);
    });
  });

  describe('arts lead and arts plan', () => {
    it('designates a yearly Arts Lead, a later designation for the same year replacing the first', () => {
      const first: SchoolEvent = { type: 'ArtsLeadDesignated', data: { schoolId: 's1', lea: 'lausd', schoolYear: '2026-27', name: 'Ana Ruiz', effectiveDate: '2026-08-10' } };
      const given = spec(schoolDecider).given([registered, first]);
      given.when({ type: 'DesignateArtsLead', schoolYear: '2026-27', name: 'Ben Ode', email: 'ben@lausd.example', effectiveDate: '2026-10-01' }).then([{
        type: 'ArtsLeadDesignated', data: { schoolId: 's1', lea: 'lausd', schoolYear: '2026-27', name: 'Ben Ode', email: 'ben@lausd.example', effectiveDate: '2026-10-01' },
      }]);
      expect(given.state.artsLeads).toEqual([{ schoolYear: '2026-27', name: 'Ana Ruiz', designatedOn: '2026-08-10' }]);
      const after = spec(schoolDecider).given([registered, first, {
        type: 'ArtsLeadDesignated', data: { schoolId: 's1', lea: 'lausd', schoolYear: '2026-27', name: 'Ben Ode', effectiveDate: '2026-10-01' },
      }]).state;
      expect(after.artsLeads.map((lead) => lead.name)).toEqual(['Ben Ode']);
    });

    it('refuses an Arts Lead for a school that is not registered, or for a malformed school year', () => {
      spec(schoolDecider).given([]).when({ type: 'DesignateArtsLead', schoolYear: '2026-27', name: 'Ana', effectiveDate: '2026-08-10' })
        .thenRefused('school.exists', /not been registered/, 409);
      spec(schoolDecider).given([registered]).when({ type: 'DesignateArtsLead', schoolYear: '2026-28', name: 'Ana', effectiveDate: '2026-08-10' })
        .thenRefused('school.school-year', /"2026-28" is not a school year/, 422);
    });

    it('adopts an arts plan aligned with the school priorities, and refuses one with no art form', () => {
      spec(schoolDecider).given([registered]).when({
        type: 'AdoptArtsPlan', schoolYear: '2026-27', priorities: 'literacy through theatre', artForms: ['theatre', 'music'], effectiveDate: '2026-09-01',
      }).then([{
        type: 'ArtsPlanAdopted',
        data: { schoolId: 's1', lea: 'lausd', schoolYear: '2026-27', priorities: 'literacy through theatre', artForms: ['theatre', 'music'], effectiveDate: '2026-09-01' },
      }]);
      spec(schoolDecider).given([registered]).when({ type: 'AdoptArtsPlan', schoolYear: '2026-27', priorities: 'x', artForms: [], effectiveDate: '2026-09-01' })
        .thenRefused('school.arts-plan-art-forms', /at least one art form/, 422);
    });
  });

  it('corrects wrong details with a compensating event; the LEA stays', () => {
    const given = spec(schoolDecider).given([registered]);
    given.when({ type: 'CorrectSchoolDetails', name: 'Hollenbeck MS', level: 'middle', grades: ['6', '7', '8'], enrolment: 812, reason: 'typo', effectiveDate: '2026-08-02' })
      .then([{
        type: 'SchoolDetailsCorrected',
        data: { schoolId: 's1', lea: 'lausd', name: 'Hollenbeck MS', level: 'middle', grades: ['6', '7', '8'], enrolment: 812, reason: 'typo', effectiveDate: '2026-08-02' },
      }]);
  });
});
