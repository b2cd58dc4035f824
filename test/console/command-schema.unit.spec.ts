import { bodyFrom, commandShape, labelFor, missingRequired } from '../../console/src/forms/command-schema';

/** The console's forms are built from the OpenAPI document (console/src/forms/command-schema.ts). */
describe('forms from the OpenAPI document', () => {
  it('asks for each field of a command with the input its schema calls for', () => {
    const shape = commandShape('/artists/{id}/clearances', ['id']);
    const kinds = Object.fromEntries(shape.fields.map((field) => [field.path, field.kind]));
    expect(kinds).toMatchObject({ lea: 'text', effectiveDate: 'date', requirement: 'choice', expiresOn: 'date', evidenceReference: 'text', resultIds: 'list' });
    expect(shape.fields.find((field) => field.path === 'requirement')?.options).toContain('tb-screening');
    expect(shape.pathFields).toEqual([]);
  });

  it('asks for path parameters the page does not know', () => {
    const shape = commandShape('/artists/{id}/clearances/{requirement}/suspension', ['id']);
    expect(shape.pathFields.map((field) => [field.path, field.kind])).toEqual([[':requirement', 'choice']]);
  });

  it('names every empty required field in form order, in plain words, and nothing of an optional group left empty', () => {
    const shape = commandShape('/artists/{id}/clearances', ['id']);
    expect(missingRequired(shape.fields, {}).map((missing) => missing.message)).toEqual([
      'Enter LEA', 'Enter effective date', 'Choose requirement', 'Enter evidence reference',
    ]);
    const commitment = commandShape('/partnerships/{id}/commitments', ['id']);
    const groups = commitment.fields.filter((field) => field.kind === 'group');
    expect(groups.length).toBeGreaterThan(0);
    const missing = missingRequired(commitment.fields, {}).map((entry) => entry.path);
    for (const group of groups.filter((g) => !g.required)) for (const child of group.children ?? []) expect(missing).not.toContain(child.path);
  });

  it('sends only what was typed: no empty strings, numbers as numbers', () => {
    const shape = commandShape('/partnerships/{id}/assignments/{assignmentId}/sessions', ['id', 'assignmentId']);
    expect(bodyFrom(shape.fields, { date: '2026-12-01', minutes: '45', students: 28, notes: '' })).toEqual({ date: '2026-12-01', minutes: 45, students: 28 });
  });

  it('labels fields in words', () => {
    expect(labelFor('effectiveDate')).toBe('Effective date');
    expect(labelFor('lea')).toBe('LEA');
  });
});
