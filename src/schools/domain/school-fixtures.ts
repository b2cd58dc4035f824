import { RegisterSchool } from './school-commands';
import { SchoolEvent } from './school-events';

/* Test data shared by the school specs: Hollenbeck Middle (grades 6-8) of LAUSD, and the command that registers it. */
export function registerHollenbeck(overrides: Partial<RegisterSchool> = {}): RegisterSchool {
  return {
    type: 'RegisterSchool', schoolId: 's1', lea: 'lausd', name: 'Hollenbeck Middle', level: 'middle', grades: ['6', '7', '8'], enrolment: 840, effectiveDate: '2026-08-01', ...overrides,
  };
}

export const registered: SchoolEvent = {
  type: 'SchoolRegistered',
  data: { schoolId: 's1', lea: 'lausd', name: 'Hollenbeck Middle', level: 'middle', grades: ['6', '7', '8'], enrolment: 840, effectiveDate: '2026-08-01' },
};
