import { ArtForm } from '../../artists/domain/art-form';
import { SchoolEvent } from './school-events';
import { SchoolLevel } from './school-level';

export interface ArtsLead {
  readonly schoolYear: string;
  readonly name: string;
  readonly email?: string;
  readonly designatedOn: string;
}

export interface ArtsPlan {
  readonly schoolYear: string;
  readonly priorities: string;
  readonly artForms: readonly ArtForm[];
  readonly adoptedOn: string;
}

export interface SchoolState {
  readonly exists: boolean;
  readonly schoolId: string;
  readonly lea: string;
  readonly name: string;
  readonly level: SchoolLevel;
  readonly grades: string[];
  readonly enrolment: number;
  readonly registeredOn: string;
  /** One per school year, the latest designation winning. Lists, not maps: school years come from requests. */
  readonly artsLeads: readonly ArtsLead[];
  readonly artsPlans: readonly ArtsPlan[];
}

export const initialSchoolState: SchoolState = {
  exists: false,
  schoolId: '',
  lea: '',
  name: '',
  level: 'elementary',
  grades: [],
  enrolment: 0,
  registeredOn: '',
  artsLeads: [],
  artsPlans: [],
};

function replaceForYear<T extends { schoolYear: string }>(items: readonly T[], item: T): T[] {
  return [...items.filter((existing) => existing.schoolYear !== item.schoolYear), item].sort((a, b) => a.schoolYear.localeCompare(b.schoolYear));
}

export function evolveSchool(state: SchoolState, event: SchoolEvent): SchoolState {
  switch (event.type) {
    case 'SchoolRegistered': {
      const { schoolId, lea, name, level, grades, enrolment, effectiveDate } = event.data;
      return { ...state, exists: true, schoolId, lea, name, level, grades: [...grades], enrolment, registeredOn: effectiveDate };
    }
    case 'ArtsLeadDesignated': {
      const { schoolYear, name, email, effectiveDate } = event.data;
      return { ...state, artsLeads: replaceForYear(state.artsLeads, { schoolYear, name, ...(email ? { email } : {}), designatedOn: effectiveDate }) };
    }
    case 'ArtsPlanAdopted': {
      const { schoolYear, priorities, artForms, effectiveDate } = event.data;
      return { ...state, artsPlans: replaceForYear(state.artsPlans, { schoolYear, priorities, artForms: [...artForms], adoptedOn: effectiveDate }) };
    }
    case 'SchoolDetailsCorrected': {
      const { name, level, grades, enrolment } = event.data;
      return { ...state, name, level, grades: [...grades], enrolment };
    }
    default:
      return state;
  }
}
