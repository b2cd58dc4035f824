import { command, DemoCommand } from './demo-command';
import { DISTRICT_LEA, NETWORK_LEA } from './district-schools';

export interface DemoPartner {
  readonly id: string;
  readonly name: string;
  readonly kind: 'arts-nonprofit' | 'youth-symphony' | 'after-school-provider' | 'health-service';
  readonly services: string[];
  readonly artForms: string[];
  readonly agreement: 'mou' | 'service-contract';
  /** LEAs whose roster the partner is on: each needs its own insurance, certification and agreement. */
  readonly leas: string[];
}

export const PARTNERS: DemoPartner[] = [
  { id: 'eastside-dance-collective', name: 'Eastside Dance Collective', kind: 'arts-nonprofit', services: ['performance-expertise', 'teacher-professional-development', 'genres-not-taught-in-school'], artForms: ['dance'], agreement: 'service-contract', leas: [DISTRICT_LEA] },
  { id: 'eastside-youth-symphony', name: 'Eastside Youth Symphony', kind: 'youth-symphony', services: ['private-lessons', 'small-ensembles', 'advanced-ensembles', 'instruments-and-resources'], artForms: ['music'], agreement: 'service-contract', leas: [DISTRICT_LEA] },
  { id: 'boyle-heights-theatre-lab', name: 'Boyle Heights Theatre Lab', kind: 'arts-nonprofit', services: ['performance-expertise', 'mentorship', 'teacher-professional-development'], artForms: ['theatre'], agreement: 'mou', leas: [DISTRICT_LEA] },
  { id: 'las-fotos-project', name: 'Las Fotos Project', kind: 'arts-nonprofit', services: ['mentorship', 'instruments-and-resources', 'special-needs-instruction'], artForms: ['visual-arts', 'media-arts'], agreement: 'mou', leas: [DISTRICT_LEA] },
  { id: 'media-makers-studio', name: 'Media Makers Studio', kind: 'arts-nonprofit', services: ['genres-not-taught-in-school', 'mentorship'], artForms: ['media-arts'], agreement: 'service-contract', leas: [DISTRICT_LEA] },
  { id: 'after-school-all-stars', name: 'After-School All-Stars Eastside', kind: 'after-school-provider', services: ['out-of-school-hours-care', 'small-ensembles', 'wraparound-access'], artForms: ['dance', 'music', 'visual-arts'], agreement: 'service-contract', leas: [DISTRICT_LEA] },
  { id: 'clinica-salud-familiar', name: 'Clínica Salud Familiar', kind: 'health-service', services: ['wraparound-access'], artForms: [], agreement: 'mou', leas: [DISTRICT_LEA] },
  { id: 'mariachi-heritage-ensemble', name: 'Mariachi Heritage Ensemble', kind: 'arts-nonprofit', services: ['small-ensembles', 'genres-not-taught-in-school', 'instruments-and-resources'], artForms: ['music'], agreement: 'service-contract', leas: [DISTRICT_LEA, NETWORK_LEA] },
];

/** Proposal, then per LEA: insurance naming the LEA, contractor certification, agreement for the school year, approval. */
export function partnerCommands(): DemoCommand[] {
  return PARTNERS.flatMap((p, index) => [
    command('POST /partners', '/partners', { id: p.id, lea: p.leas[0], name: p.name, kind: p.kind, services: p.services, artForms: p.artForms, effectiveDate: '2026-05-04' }),
    ...p.leas.flatMap((lea) => [
      command('POST /partners/{id}/insurance', `/partners/${p.id}/insurance`, {
        lea, carrier: index % 2 === 0 ? 'Golden State Mutual' : 'Pacific Nonprofit Insurance', policyNumber: `GL-2026-${String(101 + index)}`,
        leaNamedAdditionalInsured: true, effectiveDate: '2026-07-01', expiresOn: '2027-07-01',
      }),
      command('POST /partners/{id}/contractor-certification', `/partners/${p.id}/contractor-certification`, { lea, signedOn: '2026-06-15', evidenceReference: `CERT-${lea}-${p.id}`.slice(0, 100) }),
      command('POST /partners/{id}/agreements', `/partners/${p.id}/agreements`, {
        lea, agreementId: `${p.agreement === 'mou' ? 'MOU' : 'SC'}-2026-${lea}-${index + 1}`, kind: p.agreement, startsOn: '2026-07-01', endsOn: '2027-06-30', effectiveDate: '2026-06-20',
      }),
      command('POST /partners/{id}/approval', `/partners/${p.id}/approval`, { lea, effectiveDate: '2026-07-15' }),
    ]),
  ]);
}

export function partnerOf(id: string): DemoPartner {
  const partner = PARTNERS.find((p) => p.id === id);
  if (!partner) throw new Error(`no demo partner ${id}`);
  return partner;
}
