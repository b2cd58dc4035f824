import { spec } from '../../testing/decider-specification';
import { schoolDecider } from './school-decider';
import { registered, registerHollenbeck as register } from './school-fixtures';

/*
 * Refusals the DTOs already catch over HTTP (400), proved here at the decider, the second line:
 * the good input is accepted, the bad one refused with the rule and a detail naming what is wrong, and no event written.
 */

describe('school refusals', () => {
  describe('school.enrolment', () => {
    it('registers a school with a whole, non-negative enrolment (0 included), and refuses a negative or fractional one', () => {
      spec(schoolDecider).given([]).when(register()).then([registered]);
      spec(schoolDecider).given([]).when(register({ enrolment: 0 })).thenEvents(([event]) => expect(event.data).toMatchObject({ enrolment: 0 }));
      for (const enrolment of [-1, 12.5, Number.NaN]) {
        spec(schoolDecider).given([]).when(register({ enrolment })).thenRefused('school.enrolment', 'enrolment must be a whole number of students', 422);
      }
    });

    it('refuses a correction to a negative enrolment, and accepts a corrected whole number', () => {
      const correct = { type: 'CorrectSchoolDetails', name: 'Hollenbeck Middle', level: 'middle', grades: ['6', '7', '8'], reason: 'recount', effectiveDate: '2026-09-01' } as const;
      spec(schoolDecider).given([registered]).when({ ...correct, enrolment: 812 }).thenEvents(([event]) => expect(event).toMatchObject({ type: 'SchoolDetailsCorrected', data: { enrolment: 812 } }));
      spec(schoolDecider).given([registered]).when({ ...correct, enrolment: -812 }).thenRefused('school.enrolment', /enrolment must be a whole number/, 422);
    });
  });
});
