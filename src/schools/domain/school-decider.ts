import { Decider, Decision, refuse, Refusal } from '../../command-handling';
import { AdoptArtsPlan, CorrectSchoolDetails, DesignateArtsLead, RegisterSchool, SchoolCommand } from './school-commands';
import { SchoolEvent } from './school-events';
import { GRADES, isSchoolYear, SchoolLevel } from './school-level';
import { evolveSchool, initialSchoolState, SchoolState } from './school-state';

// Index into GRADES (TK = 0 … 12 = 13). A level's grades must fall in its span: catches a high school
// registered with grade 2, while allowing the usual overlaps (K-6 elementary, 6-8 middle, 6-12 secondary).
const LEVEL_SPAN: Record<SchoolLevel, { from: string; to: string }> = {
  elementary: { from: 'TK', to: '6' },
  middle: { from: '4', to: '9' },
  high: { from: '6', to: '12' },
};

function invalidDetails(details: { level: SchoolLevel; grades: readonly string[]; enrolment: number }): Refusal | null {
  const { level, grades, enrolment } = details;
  if (grades.length === 0) return refuse('school.grades', 'a school needs at least one grade', 422);
  const unknown = grades.filter((grade) => !(GRADES as readonly string[]).includes(grade));
  if (unknown.length > 0) return refuse('school.grades', `unknown grades ${unknown.join(', ')}; grades are ${GRADES.join(', ')}`, 422);
  if (new Set(grades).size !== grades.length) return refuse('school.grades', 'a grade is listed twice', 422);
  const span = LEVEL_SPAN[level];
  const index = (grade: string) => (GRADES as readonly string[]).indexOf(grade);
  const outside = grades.filter((grade) => index(grade) < index(span.from) || index(grade) > index(span.to));
  if (outside.length > 0) {
    return refuse('school.grades', `a ${level} school teaches grades ${span.from} to ${span.to}, not ${outside.join(', ')}`, 422);
  }
  if (!Number.isInteger(enrolment) || enrolment < 0) return refuse('school.enrolment', 'enrolment must be a whole number of students', 422);
  return null;
}

function requireRegistered(state: SchoolState): Refusal | null {
  return state.exists ? null : refuse('school.exists', 'the school has not been registered');
}

function invalidSchoolYear(schoolYear: string): Refusal | null {
  return isSchoolYear(schoolYear) ? null : refuse('school.school-year', `"${schoolYear}" is not a school year such as 2026-27`, 422);
}

function register(command: RegisterSchool, state: SchoolState): Decision<SchoolEvent> {
  if (state.exists) return refuse('school.unique', `school ${state.schoolId} is already registered (${state.name}, LEA ${state.lea})`);
  const invalid = invalidDetails(command);
  if (invalid) return invalid;
  const { schoolId, lea, name, level, grades, enrolment, effectiveDate } = command;
  return [{ type: 'SchoolRegistered', data: { schoolId, lea, name, level, grades: [...grades], enrolment, effectiveDate } }];
}

function designateArtsLead(command: DesignateArtsLead, state: SchoolState): Decision<SchoolEvent> {
  const refusal = requireRegistered(state) ?? invalidSchoolYear(command.schoolYear);
  if (refusal) return refusal;
  const { schoolYear, name, email, effectiveDate } = command;
  return [{
    type: 'ArtsLeadDesignated',
    data: { schoolId: state.schoolId, lea: state.lea, schoolYear, name, ...(email ? { email } : {}), effectiveDate },
  }];
}

function adoptArtsPlan(command: AdoptArtsPlan, state: SchoolState): Decision<SchoolEvent> {
  const refusal = requireRegistered(state) ?? invalidSchoolYear(command.schoolYear);
  if (refusal) return refusal;
  if (command.artForms.length === 0) return refuse('school.arts-plan-art-forms', 'an arts plan names at least one art form', 422);
  const { schoolYear, priorities, artForms, effectiveDate } = command;
  return [{
    type: 'ArtsPlanAdopted',
    data: { schoolId: state.schoolId, lea: state.lea, schoolYear, priorities, artForms: [...new Set(artForms)], effectiveDate },
  }];
}

function correctDetails(command: CorrectSchoolDetails, state: SchoolState): Decision<SchoolEvent> {
  const refusal = requireRegistered(state) ?? invalidDetails(command);
  if (refusal) return refusal;
  const { name, level, grades, enrolment, reason, effectiveDate } = command;
  return [{
    type: 'SchoolDetailsCorrected',
    data: { schoolId: state.schoolId, lea: state.lea, name, level, grades: [...grades], enrolment, reason, effectiveDate },
  }];
}

function decide(command: SchoolCommand, state: SchoolState): Decision<SchoolEvent> {
  switch (command.type) {
    case 'RegisterSchool': return register(command, state);
    case 'DesignateArtsLead': return designateArtsLead(command, state);
    case 'AdoptArtsPlan': return adoptArtsPlan(command, state);
    case 'CorrectSchoolDetails': return correctDetails(command, state);
  }
}

export const schoolDecider: Decider<SchoolCommand, SchoolEvent, SchoolState> = {
  initialState: initialSchoolState,
  decide,
  evolve: evolveSchool,
};
