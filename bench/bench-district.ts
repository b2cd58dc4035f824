/** A POST the benches send to set a district up over HTTP: path and body. */
export type SetupStep = [path: string, body: object];

/**
 * A school, a partner approved on `lea`'s roster (insurance, contractor certification, agreement) and one of its artists
 * cleared there, with ids `<prefix>-school`, `<prefix>-partner` and `<prefix>-artist`.
 */
export function clearedDistrictSteps(prefix: string, lea: string): SetupStep[] {
  const [school, partner, artist] = [`${prefix}-school`, `${prefix}-partner`, `${prefix}-artist`];
  return [
    ['/schools', { id: school, lea, name: `${prefix} Elementary`, level: 'elementary', grades: ['K', '1', '2', '3', '4', '5'], enrolment: 420, effectiveDate: '2026-07-01' }],
    ['/partners', { id: partner, lea, name: `${prefix} Dance`, kind: 'arts-nonprofit', services: ['mentorship'], artForms: ['dance'], effectiveDate: '2026-01-01' }],
    [`/partners/${partner}/insurance`, { lea, carrier: 'Acme', policyNumber: `GL-${prefix}`, leaNamedAdditionalInsured: true, effectiveDate: '2026-01-01', expiresOn: '2027-07-01' }],
    [`/partners/${partner}/contractor-certification`, { lea, signedOn: '2026-01-02', evidenceReference: `CERT-${prefix}` }],
    [`/partners/${partner}/agreements`, { lea, agreementId: `MOU-${prefix}`, kind: 'mou', startsOn: '2026-01-01', endsOn: '2027-06-30', effectiveDate: '2026-01-01' }],
    [`/partners/${partner}/approval`, { lea, effectiveDate: '2026-01-05' }],
    ['/artists', { id: artist, partnerId: partner, name: `${prefix} Artist`, engagement: 'contractor', artForms: ['dance'], effectiveDate: '2026-01-01' }],
    ...['background-check', 'tb-screening', 'sex-offender-registry-check', 'mandated-reporter-training'].map(
      (requirement): SetupStep => [`/artists/${artist}/clearances`, { requirement, lea, effectiveDate: '2026-08-01', evidenceReference: `${requirement}-${prefix}` }],
    ),
  ];
}

/**
 * Partnership `id` of the district `prefix` (see clearedDistrictSteps) from proposal to active, with the school enrolled
 * and the artist assigned (`<id>-a`) from `firstDay`: the sessions route is `/partnerships/<id>/assignments/<id>-a/sessions`.
 */
export function activePartnershipSteps(id: string, name: string, prefix: string, lea: string, firstDay: string): SetupStep[] {
  return [
    ['/partnerships', { id, name, partnerIds: [`${prefix}-partner`], lea, scope: 'network', model: 'residency', artForms: ['dance'], effectiveDate: '2026-08-01', termEnd: '2027-06-30' }],
    [`/partnerships/${id}/schools`, { schoolId: `${prefix}-school`, effectiveDate: '2026-08-10' }],
    [`/partnerships/${id}/commitments`, { effectiveDate: '2026-08-10', releaseTimeHours: 10, replacesSequentialInstruction: false }],
    [`/partnerships/${id}/activation`, { effectiveDate: '2026-08-15' }],
    [`/partnerships/${id}/assignments`, { id: `${id}-a`, artistId: `${prefix}-artist`, schoolId: `${prefix}-school`, classroomTeacher: 'Ms. A', artForm: 'dance', grades: ['2'], startDate: firstDay, endDate: '2027-06-01', plannedSessions: 36 }],
  ];
}
