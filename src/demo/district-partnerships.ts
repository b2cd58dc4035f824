import { ARREST_NOTICE, ARREST_NOTIFIED_ARTIST } from './district-artists';
import { command, DemoCommand } from './demo-command';
import { DISTRICT_LEA, NETWORK_LEA } from './district-schools';
import { monthlyDates, weeklySessionDates } from './school-year-calendar';

interface DemoAssignment {
  readonly id: string;
  readonly artistId: string;
  readonly schoolId: string;
  readonly classroomTeacher: string;
  readonly artForm: string;
  readonly grades: string[];
  readonly students: number;
  readonly minutes: number;
}

export interface DemoPartnership {
  readonly id: string;
  readonly name: string;
  readonly lea: string;
  readonly partnerIds: string[];
  readonly scope: 'school' | 'network' | 'district';
  readonly model: 'co-teaching' | 'residency' | 'out-of-school' | 'teacher-pd';
  readonly artForms: string[];
  readonly schoolIds: string[];
  readonly commitment: Record<string, unknown>;
  readonly assignments: DemoAssignment[];
  /** Renewed partnerships go on next year; the others conclude in June. */
  readonly yearEnd: 'renewal' | 'conclusion';
  /** An assignment the rules must refuse (the story shows that one LEA's clearances do not count in another). */
  readonly refusedAssignment?: DemoAssignment;
}

function assignment(id: string, artistId: string, schoolId: string, classroomTeacher: string, artForm: string, grades: string[], students: number, minutes = 50): DemoAssignment {
  return { id, artistId, schoolId, classroomTeacher, artForm, grades, students, minutes };
}

const usd = (amount: number) => ({ amount, currency: 'USD' });

export const PARTNERSHIPS: DemoPartnership[] = [
  {
    id: 'roosevelt-dance-integration', name: 'Dance integration, Roosevelt feeder elementaries', lea: DISTRICT_LEA, partnerIds: ['eastside-dance-collective'],
    scope: 'network', model: 'co-teaching', artForms: ['dance'], schoolIds: ['evergreen-es', 'second-street-es', 'breed-street-es'],
    commitment: { stipends: usd(9000), releaseTimeHours: 36, funds: usd(45000), notes: 'Title IV-A and arts block grant' },
    assignments: [
      assignment('rdi-evergreen-g3', 'maria-reyes', 'evergreen-es', 'Ms. Alvarez', 'dance', ['3'], 27),
      assignment('rdi-second-street-g4', 'jasmine-holt', 'second-street-es', 'Mr. Osei', 'dance', ['4'], 29),
      assignment('rdi-breed-street-g5', 'diego-castillo', 'breed-street-es', 'Ms. Whitfield', 'dance', ['5'], 31),
    ],
    yearEnd: 'conclusion',
  },
  {
    id: 'garfield-strings-residency', name: 'Strings residency, Garfield feeder', lea: DISTRICT_LEA, partnerIds: ['eastside-youth-symphony'],
    scope: 'network', model: 'residency', artForms: ['music'], schoolIds: ['belvedere-es', 'brooklyn-ave-es', 'belvedere-ms'],
    commitment: { stipends: usd(6000), releaseTimeHours: 24, funds: usd(60000), notes: 'Instruments on loan from the symphony' },
    assignments: [
      assignment('gsr-belvedere-es-g4', 'lena-kowalski', 'belvedere-es', 'Mr. Huang', 'music', ['4', '5'], 24, 45),
      assignment('gsr-brooklyn-g3', 'hector-salinas', 'brooklyn-ave-es', 'Ms. Pineda', 'music', ['3'], 22, 45),
      assignment('gsr-belvedere-ms-g6', 'priya-raman', 'belvedere-ms', 'Mr. Adeyemi', 'music', ['6'], 34, 55),
    ],
    yearEnd: 'renewal',
  },
  {
    id: 'lincoln-theatre-literacy', name: 'Theatre for literacy, Lincoln feeder', lea: DISTRICT_LEA, partnerIds: ['boyle-heights-theatre-lab'],
    scope: 'network', model: 'co-teaching', artForms: ['theatre'], schoolIds: ['glassell-park-es', 'loreto-es', 'nightingale-ms'],
    commitment: { stipends: usd(7500), releaseTimeHours: 30, notes: 'Co-planning every other Friday' },
    assignments: [
      assignment('ltl-glassell-g2', 'rafael-mendoza', 'glassell-park-es', 'Ms. Duarte', 'theatre', ['2'], 26),
      assignment('ltl-loreto-g4', ARREST_NOTIFIED_ARTIST, 'loreto-es', 'Mr. Sato', 'theatre', ['4'], 28),
      assignment('ltl-nightingale-g7', 'tyrone-ellis', 'nightingale-ms', 'Ms. Romero', 'theatre', ['7'], 33, 55),
    ],
    yearEnd: 'renewal',
  },
  {
    id: 'roosevelt-visual-storytelling', name: 'Visual storytelling and media, Roosevelt High', lea: DISTRICT_LEA, partnerIds: ['las-fotos-project', 'media-makers-studio'],
    scope: 'school', model: 'residency', artForms: ['visual-arts', 'media-arts'], schoolIds: ['roosevelt-hs'],
    commitment: { releaseTimeHours: 12, funds: usd(18000) },
    assignments: [
      assignment('rvs-photo-g10', 'carmen-vega', 'roosevelt-hs', 'Mr. Lindqvist', 'visual-arts', ['10'], 32, 90),
      assignment('rvs-film-g11', 'jordan-avery', 'roosevelt-hs', 'Ms. Achebe', 'media-arts', ['11', '12'], 26, 90),
    ],
    yearEnd: 'conclusion',
  },
  {
    id: 'eastside-after-school-arts', name: 'After-school arts and wellness', lea: DISTRICT_LEA, partnerIds: ['after-school-all-stars', 'clinica-salud-familiar'],
    scope: 'district', model: 'out-of-school', artForms: ['dance', 'music', 'visual-arts'], schoolIds: ['ford-blvd-es', 'hollenbeck-ms', 'lincoln-hs'],
    commitment: { releaseTimeHours: 0, funds: usd(120000), notes: 'ASES grant; clinic screenings on site monthly' },
    assignments: [
      assignment('asa-ford-dance', 'luis-camacho', 'ford-blvd-es', 'Site coordinator Ms. Lee', 'dance', ['3', '4', '5'], 40, 60),
      assignment('asa-hollenbeck-band', 'brianna-fox', 'hollenbeck-ms', 'Site coordinator Mr. Gomez', 'music', ['6', '7', '8'], 35, 60),
      assignment('asa-lincoln-mural', 'omar-farouk', 'lincoln-hs', 'Site coordinator Ms. Baker', 'visual-arts', ['9', '10'], 18, 60),
    ],
    yearEnd: 'renewal',
  },
  {
    id: 'harbor-mariachi-residency', name: 'Mariachi residency, Harbor Charter Network', lea: NETWORK_LEA, partnerIds: ['mariachi-heritage-ensemble'],
    scope: 'network', model: 'residency', artForms: ['music'], schoolIds: ['harbor-community-es', 'harbor-prep-ms'],
    commitment: { stipends: usd(3000), releaseTimeHours: 16, funds: usd(25000) },
    assignments: [
      assignment('hmr-community-g5', 'alejandro-fuentes', 'harbor-community-es', 'Ms. Ybarra', 'music', ['4', '5'], 30, 45),
      assignment('hmr-prep-g7', 'rocio-barrera', 'harbor-prep-ms', 'Mr. Castaneda', 'music', ['7', '8'], 27, 50),
    ],
    // Cleared by the district, not by the network: assigning him here is refused.
    refusedAssignment: assignment('hmr-prep-g6', 'emilio-zavala', 'harbor-prep-ms', 'Mr. Castaneda', 'music', ['6'], 25, 50),
    yearEnd: 'conclusion',
  },
];

const ASSIGNMENT_START = '2026-09-08';
const ASSIGNMENT_END = '2027-06-04';
const PLANNED_SESSIONS = 32;

const route = (p: DemoPartnership, suffix: string) => `/partnerships/${p.id}${suffix}`;

function assign(p: DemoPartnership, a: DemoAssignment, expectRefusal?: readonly string[]): DemoCommand {
  return command('POST /partnerships/{id}/assignments', route(p, '/assignments'), {
    id: a.id, artistId: a.artistId, schoolId: a.schoolId, classroomTeacher: a.classroomTeacher, artForm: a.artForm, grades: a.grades,
    startDate: ASSIGNMENT_START, endDate: ASSIGNMENT_END, plannedSessions: PLANNED_SESSIONS,
  }, expectRefusal);
}

/** Proposal in August, schools enrolled, the LEA's commitment, activation, then the artists assigned for the year. */
export function partnershipSetupCommands(): DemoCommand[] {
  return PARTNERSHIPS.flatMap((p) => [
    command('POST /partnerships', '/partnerships', {
      id: p.id, name: p.name, partnerIds: p.partnerIds, lea: p.lea, scope: p.scope, model: p.model, artForms: p.artForms, effectiveDate: '2026-08-03', termEnd: '2027-06-30',
    }),
    ...p.schoolIds.map((schoolId) => command('POST /partnerships/{id}/schools', route(p, '/schools'), { schoolId, effectiveDate: '2026-08-10' })),
    command('POST /partnerships/{id}/commitments', route(p, '/commitments'), { effectiveDate: '2026-08-10', ...p.commitment, replacesSequentialInstruction: false }),
    command('POST /partnerships/{id}/activation', route(p, '/activation'), { effectiveDate: '2026-08-24' }),
    ...p.assignments.map((a) => assign(p, a)),
    // Refused for the missing network clearances; on a later run the partnership has concluded, which refuses it first.
    ...(p.refusedAssignment ? [assign(p, p.refusedAssignment, ['assignment.clearances', 'assignment.partnership-active'])] : []),
  ]);
}

/** Weekly sessions in [from, until], each assignment on its own weekday; attendance varies a little week to week. */
export function sessionCommands(from: string, until: string, options: { except?: string } = {}): DemoCommand[] {
  let weekday = 0;
  return PARTNERSHIPS.flatMap((p) => p.assignments.map((a) => ({ p, a, weekday: weekday++ % 5 })))
    .filter(({ a }) => a.artistId !== options.except)
    .flatMap(({ p, a, weekday: day }) =>
      weeklySessionDates(day, '2026-09-14', until).filter((date) => date >= from).map((date, week) =>
        command('POST /partnerships/{id}/assignments/{assignmentId}/sessions', route(p, `/assignments/${a.id}/sessions`), {
          id: `${a.id}-${date}`, date, minutes: a.minutes, students: a.students - ((week * 7 + a.students) % 4),
          ...(week % 6 === 0 ? { notes: 'Students shared work with families' } : {}),
        }),
      ),
    );
}

export function arrestNoticeCommand(): DemoCommand {
  return command('POST /artists/{id}/arrest-notifications', `/artists/${ARREST_NOTIFIED_ARTIST}/arrest-notifications`, { ...ARREST_NOTICE });
}

/** The arrest-notified artist's assignment, which the follow-up must suspend. */
export function arrestNotifiedAssignment(): { partnershipId: string; assignmentId: string } {
  for (const p of PARTNERSHIPS) {
    const a = p.assignments.find((x) => x.artistId === ARREST_NOTIFIED_ARTIST);
    if (a) return { partnershipId: p.id, assignmentId: a.id };
  }
  throw new Error('the arrest-notified artist has no assignment');
}

/** Professional development, monthly check-ins on student growth, a mid-year and an end-of-year evaluation. */
export function partnershipLifeCommands(): DemoCommand[] {
  return PARTNERSHIPS.flatMap((p, i) => [
    ...[['2026-09-25', 3, 'Co-planning and shared assessment'], ['2027-01-22', 2.5, 'Arts integration in literacy blocks'], ['2027-04-16', 3, 'Documenting student growth']].map(
      ([date, hours, topic]) => command('POST /partnerships/{id}/professional-development', route(p, '/professional-development'), { date, hours, attendees: 8 + ((i * 5) % 11), topic }),
    ),
    ...monthlyDates(15 + (i % 3)).map((date, month) => command('POST /partnerships/{id}/check-ins', route(p, '/check-ins'), {
      date, by: month % 2 === 0 ? 'Arts Lead and teaching artists' : 'Classroom teachers and site coordinator',
      studentGrowthNotes: month < 3 ? 'Students building vocabulary and routines' : month < 6 ? 'Students creating original work in small groups' : 'Students presenting and giving peer feedback',
    })),
    command('POST /partnerships/{id}/evaluations', route(p, '/evaluations'), { date: '2027-01-29', scores: { meaningful: 4, collaborative: 3 + (i % 2), additive: 5 }, notes: 'Mid-year review' }),
    command('POST /partnerships/{id}/evaluations', route(p, '/evaluations'), { date: '2027-05-21', scores: { meaningful: 4 + (i % 2), collaborative: 4, additive: 5 }, notes: 'End-of-year review' }),
  ]);
}

/**
 * June: renewed partnerships end this year's assignments (the suspended one stays suspended, pending review) and renew;
 * the others conclude, which ends their assignments.
 */
export function yearEndCommands(): DemoCommand[] {
  return PARTNERSHIPS.flatMap((p) =>
    p.yearEnd === 'renewal'
      ? [
          ...p.assignments.filter((a) => a.artistId !== ARREST_NOTIFIED_ARTIST).map((a) =>
            command('POST /partnerships/{id}/assignments/{assignmentId}/end', route(p, `/assignments/${a.id}/end`), { effectiveDate: ASSIGNMENT_END, reason: 'school year completed' })),
          command('POST /partnerships/{id}/renewal', route(p, '/renewal'), { termEnd: '2028-06-30', effectiveDate: '2027-05-28' }),
        ]
      : [command('POST /partnerships/{id}/conclusion', route(p, '/conclusion'), { effectiveDate: '2027-06-11', reason: 'school year completed; goals met' })],
  );
}
