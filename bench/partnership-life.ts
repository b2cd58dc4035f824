/** A busy residency's events, in the shapes the partnership decider writes: the history bench fills a stream with them, and the timeline and snapshot tests replay them. */
export interface EventShape {
  readonly type: string;
  readonly data: Record<string, unknown>;
}

export function day(offset: number): string {
  return new Date(Date.UTC(2026, 7, 1) + offset * 86_400_000).toISOString().slice(0, 10);
}

/** Proposal to activation, two assignments, then sessions, check-ins, PD, evaluations and session corrections. */
export function partnershipLife(partnershipId: string, count: number): EventShape[] {
  const base = { partnershipId, lea: 'lausd' };
  const shapes: EventShape[] = [
    { type: 'PartnershipProposed', data: { ...base, partnerIds: ['dance-co'], scope: 'network', model: 'residency', artForms: ['dance'], name: 'Dance residencies', effectiveDate: day(0), termEnd: '2046-06-30' } },
    { type: 'SchoolEnrolled', data: { ...base, schoolId: 'roosevelt', effectiveDate: day(1) } },
    { type: 'CommitmentRecorded', data: { ...base, effectiveDate: day(1), stipends: { amount: 5000, currency: 'USD' }, releaseTimeHours: 24, funds: null, additive: true, notes: null } },
    { type: 'PartnershipActivated', data: { ...base, effectiveDate: day(2) } },
  ];
  for (const assignmentId of ['a1', 'a2']) {
    shapes.push({ type: 'ArtistAssigned', data: {
      ...base, assignmentId, artistId: `artist-${assignmentId}`, partnerId: 'dance-co', schoolId: 'roosevelt', classroomTeacher: 'Ms. Alvarez', artForm: 'dance',
      grades: ['4'], startDate: day(3), endDate: '2046-06-30', plannedSessions: 100_000, effectiveDate: day(3),
      basis: { clearancePolicyVersion: 'default-1', artistRevision: '4', partnerRevision: '5', schoolRevision: '0' },
    } });
  }
  for (let i = shapes.length; i < count; i++) {
    const date = day(3 + Math.floor(i / 3));
    const kind = i % 20;
    if (kind < 13) {
      shapes.push({ type: 'SessionLogged', data: {
        ...base, assignmentId: i % 2 ? 'a1' : 'a2', sessionId: `s${i}`, schoolId: 'roosevelt', artForm: 'dance', date, effectiveDate: date,
        minutes: 50, students: 28, notes: i % 7 === 0 ? 'Worked on canon and unison phrases' : null, clearancePolicyVersion: 'default-1',
      } });
    } else if (kind === 13) {
      shapes.push({ type: 'SessionLogCorrected', data: { ...base, assignmentId: (i - 1) % 2 ? 'a1' : 'a2', sessionId: `s${i - 1}`, schoolId: 'roosevelt', minutes: 55, students: 27, notes: 'corrected', reason: 'typo', effectiveDate: date } });
    } else if (kind < 18) {
      shapes.push({ type: 'CheckInRecorded', data: { ...base, date, effectiveDate: date, studentGrowthNotes: 'Students can name and sequence eight-count phrases', by: 'Ms. Alvarez' } });
    } else if (kind === 18) {
      shapes.push({ type: 'ProfessionalDevelopmentDelivered', data: { ...base, date, effectiveDate: date, hours: 3, attendees: 12, topic: 'Dance integration in ELA' } });
    } else {
      shapes.push({ type: 'EvaluationRecorded', data: { ...base, date, effectiveDate: date, scores: { meaningful: 4, collaborative: 5, additive: 4 }, notes: null } });
    }
  }
  return shapes;
}
