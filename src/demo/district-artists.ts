import { command, DemoCommand } from './demo-command';
import { DISTRICT_LEA, NETWORK_LEA } from './district-schools';

export interface DemoArtist {
  readonly id: string;
  readonly partnerId: string;
  readonly name: string;
  readonly engagement: 'employee' | 'contractor' | 'volunteer';
  readonly artForms: string[];
  /** Assessment date of the TB screening (valid four years under the default policy). */
  readonly tbScreenedOn: string;
  /** LEAs that cleared the artist; the network clears only the artists it works with. */
  readonly clearedBy: string[];
}

const ROSTER: [partnerId: string, artForms: string[][], names: string[]][] = [
  ['eastside-dance-collective', [['dance']], ['Maria Reyes', 'Jasmine Holt', 'Diego Castillo', 'Aiko Tanaka', 'Renee Dubois', 'Kwame Mensah', 'Sofia Marquez']],
  ['eastside-youth-symphony', [['music']], ['Lena Kowalski', 'Hector Salinas', 'Priya Raman', 'Isaac Goldberg', 'Mei Chen', 'Andre Baptiste', 'Clara Jensen', 'Tomas Herrera']],
  ['boyle-heights-theatre-lab', [['theatre']], ['Rafael Mendoza', 'Nora Callahan', 'Tyrone Ellis', 'Gabriela Soto', 'Felix Navarro', 'Hannah Lowe']],
  ['las-fotos-project', [['visual-arts'], ['visual-arts', 'media-arts']], ['Carmen Vega', 'Yusuf Haddad', 'Lily Tran', 'Pablo Ibarra', 'Ines Moreno']],
  ['media-makers-studio', [['media-arts']], ['Jordan Avery', 'Sana Qureshi', 'Marco Bellini', 'Tess Whitaker']],
  ['after-school-all-stars', [['dance'], ['music'], ['visual-arts']], ['Luis Camacho', 'Brianna Fox', 'Omar Farouk', 'Valeria Rios', 'Ethan Cole', 'Nadia Petrova']],
  ['mariachi-heritage-ensemble', [['music']], ['Alejandro Fuentes', 'Rocio Barrera', 'Emilio Zavala', 'Guadalupe Ortega']],
];

/** TB screenings that lapse around the roster review on 2026-11-20: four fall due within 30 days, one already lapsed. */
const TB_SCREENED_LATE: Record<string, string> = {
  'sofia-marquez': '2022-11-30',
  'tomas-herrera': '2022-12-08',
  'hannah-lowe': '2022-12-15',
  'nadia-petrova': '2022-12-19',
  'ines-moreno': '2022-11-05',
};

/** Mariachi artists working at the charter network hold its clearances too; the third does not. */
const NETWORK_CLEARED = new Set(['alejandro-fuentes', 'rocio-barrera']);

function idOf(name: string): string {
  return name.toLowerCase().normalize('NFD').replace(/[^a-z ]/g, '').trim().replace(/ +/g, '-');
}

export const ARTISTS: DemoArtist[] = ROSTER.flatMap(([partnerId, forms, names]) =>
  names.map((name, i): DemoArtist => {
    const id = idOf(name);
    const n = names.length * 7 + i;
    return {
      id, partnerId, name,
      engagement: i % 5 === 4 ? 'volunteer' : i % 2 === 1 ? 'employee' : 'contractor',
      artForms: forms[i % forms.length],
      tbScreenedOn: TB_SCREENED_LATE[id] ?? `2024-0${1 + (n % 9)}-${String(10 + (n % 15))}`,
      clearedBy: NETWORK_CLEARED.has(id) ? [DISTRICT_LEA, NETWORK_LEA] : [DISTRICT_LEA],
    };
  }),
);

export const ARREST_NOTIFIED_ARTIST = 'nora-callahan';
export const ARREST_NOTICE = { lea: DISTRICT_LEA, effectiveDate: '2026-11-02', noticeReference: 'DOJ-SAN-2026-0417' };

export function artistsOf(partnerId: string): DemoArtist[] {
  return ARTISTS.filter((a) => a.partnerId === partnerId);
}

/** Registration, then every clearance the default policy asks for, from each LEA that cleared the artist. */
export function artistCommands(): DemoCommand[] {
  return ARTISTS.flatMap((a, index) => {
    const day = String(1 + (index % 20)).padStart(2, '0');
    const clearances = a.clearedBy.flatMap((lea) => {
      const grant = (requirement: string, effectiveDate: string, evidenceReference: string, extra: Record<string, unknown> = {}) =>
        command('POST /artists/{id}/clearances', `/artists/${a.id}/clearances`, { requirement, lea, effectiveDate, evidenceReference, ...extra });
      const ref = `${lea === DISTRICT_LEA ? 'EUSD' : 'HCN'}-${String(1000 + index)}`;
      return [
        grant('background-check', `2026-05-${day}`, `ATI-${ref}`, { resultIds: [`DOJ-${ref}`, `FBI-${ref}`] }),
        grant('tb-screening', a.tbScreenedOn, `TB-${ref}`),
        grant('sex-offender-registry-check', `2026-05-${day}`, `MEGAN-${ref}`),
        grant('mandated-reporter-training', `2026-08-${String(3 + (index % 10)).padStart(2, '0')}`, `MRT-${ref}`),
      ];
    });
    return [
      command('POST /artists', '/artists', { id: a.id, partnerId: a.partnerId, name: a.name, engagement: a.engagement, artForms: a.artForms, effectiveDate: '2026-05-01' }),
      ...clearances,
    ];
  });
}
