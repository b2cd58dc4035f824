import { command, DemoCommand } from './demo-command';
import { SCHOOL_YEAR } from './school-year-calendar';

/** The main district, three feeder patterns; and a charter network whose clearances are its own. */
export const DISTRICT_LEA = 'eastside-usd';
export const NETWORK_LEA = 'harbor-charter';

type Level = 'elementary' | 'middle' | 'high';
type ArtForm = 'dance' | 'music' | 'theatre' | 'visual-arts' | 'media-arts';

export interface DemoSchool {
  readonly id: string;
  readonly lea: string;
  readonly name: string;
  readonly level: Level;
  readonly enrolment: number;
  readonly artsLead: string;
  readonly planArtForms: ArtForm[];
  readonly priorities: string;
}

const GRADES: Record<Level, string[]> = {
  elementary: ['TK', 'K', '1', '2', '3', '4', '5'],
  middle: ['6', '7', '8'],
  high: ['9', '10', '11', '12'],
};

function school(id: string, lea: string, name: string, level: Level, enrolment: number, artsLead: string, planArtForms: ArtForm[], priorities: string): DemoSchool {
  return { id, lea, name, level, enrolment, artsLead, planArtForms, priorities };
}

export const FEEDER_PATTERNS = {
  roosevelt: {
    elementary: [
      school('evergreen-es', DISTRICT_LEA, 'Evergreen Avenue Elementary', 'elementary', 512, 'Ana Ruiz', ['music', 'dance'], 'Early literacy through song and movement'),
      school('second-street-es', DISTRICT_LEA, 'Second Street Elementary', 'elementary', 448, 'Marcus Bell', ['dance', 'visual-arts'], 'Oral language for English learners through dance'),
      school('breed-street-es', DISTRICT_LEA, 'Breed Street Elementary', 'elementary', 395, 'Lucia Fernandez', ['music', 'dance'], 'Math reasoning through rhythm'),
    ],
    middle: [school('hollenbeck-ms', DISTRICT_LEA, 'Hollenbeck Middle School', 'middle', 1120, 'Daniel Okafor', ['music', 'visual-arts'], 'Attendance and belonging through ensembles')],
    high: [school('roosevelt-hs', DISTRICT_LEA, 'Roosevelt High School', 'high', 2210, 'Grace Kim', ['music', 'visual-arts', 'media-arts'], 'College and career pathways in the arts')],
  },
  garfield: {
    elementary: [
      school('belvedere-es', DISTRICT_LEA, 'Belvedere Elementary', 'elementary', 603, 'Rosa Delgado', ['music', 'visual-arts'], 'Social-emotional learning through ensemble music'),
      school('brooklyn-ave-es', DISTRICT_LEA, 'Brooklyn Avenue Elementary', 'elementary', 377, 'Thomas Nguyen', ['music'], 'Listening and speaking through strings'),
      school('ford-blvd-es', DISTRICT_LEA, 'Ford Boulevard Elementary', 'elementary', 541, 'Imani Carter', ['visual-arts', 'dance'], 'Science notebooks and observational drawing'),
    ],
    middle: [school('belvedere-ms', DISTRICT_LEA, 'Belvedere Middle School', 'middle', 1340, 'Samuel Ortiz', ['music', 'visual-arts'], 'Transition support in grade 6 through the arts')],
    high: [school('garfield-hs', DISTRICT_LEA, 'Garfield High School', 'high', 2480, 'Patricia Morales', ['visual-arts', 'music', 'theatre'], 'Portfolio-based assessment')],
  },
  lincoln: {
    elementary: [
      school('glassell-park-es', DISTRICT_LEA, 'Glassell Park Elementary', 'elementary', 468, 'Kevin Park', ['theatre', 'visual-arts'], 'Reading comprehension through drama'),
      school('loreto-es', DISTRICT_LEA, 'Loreto Street Elementary', 'elementary', 352, 'Elena Vasquez', ['theatre', 'music'], 'Storytelling in two languages'),
    ],
    middle: [school('nightingale-ms', DISTRICT_LEA, 'Nightingale Middle School', 'middle', 980, 'Olivia Brooks', ['theatre', 'dance'], 'Public speaking and civic voice')],
    high: [school('lincoln-hs', DISTRICT_LEA, 'Lincoln High School', 'high', 1760, 'Jamal Washington', ['theatre', 'media-arts', 'music'], 'Media literacy across subjects')],
  },
} as const;

export const NETWORK_SCHOOLS: DemoSchool[] = [
  school('harbor-community-es', NETWORK_LEA, 'Harbor Community Charter Elementary', 'elementary', 310, 'Beatriz Sandoval', ['music'], 'Family engagement through mariachi'),
  school('harbor-prep-ms', NETWORK_LEA, 'Harbor Preparatory Middle School', 'middle', 420, 'Victor Ramos', ['music', 'visual-arts'], 'Ensemble leadership'),
];

export const DISTRICT_SCHOOLS: DemoSchool[] = Object.values(FEEDER_PATTERNS).flatMap((pattern) => [...pattern.elementary, ...pattern.middle, ...pattern.high]);
export const ALL_SCHOOLS: DemoSchool[] = [...DISTRICT_SCHOOLS, ...NETWORK_SCHOOLS];

/** Register every school, then its 2026-27 Arts Lead and arts plan. */
export function schoolCommands(): DemoCommand[] {
  return ALL_SCHOOLS.flatMap((s) => [
    command('POST /schools', '/schools', { id: s.id, lea: s.lea, name: s.name, level: s.level, grades: GRADES[s.level], enrolment: s.enrolment, effectiveDate: '2026-07-01' }),
    command('POST /schools/{id}/arts-lead', `/schools/${s.id}/arts-lead`, { schoolYear: SCHOOL_YEAR, name: s.artsLead, email: `${s.artsLead.toLowerCase().replace(/[^a-z]+/g, '.')}@${s.lea}.example`, effectiveDate: '2026-08-03' }),
    command('POST /schools/{id}/arts-plan', `/schools/${s.id}/arts-plan`, { schoolYear: SCHOOL_YEAR, priorities: s.priorities, artForms: s.planArtForms, effectiveDate: '2026-08-10' }),
  ]);
}
