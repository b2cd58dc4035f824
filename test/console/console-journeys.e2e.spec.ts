import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Role } from '../../src/http/roles.decorator';
import type { TestApp } from '../support/test-app';
import { DESKTOP, launchChromium, newVisitor, screenshot, seriousViolations, signIn } from './support/browser';
import { describeInBrowser } from './support/describe-in-browser';
import { startDemoServer } from './support/demo-server';
import { addTags, choose, dialog, field } from './support/form-filling';

/*
 * The journeys of issue 9, each as a person does it in Debian's Chromium against the real server filled with the
 * demo district (real HTTP, real SQLite). Facts of the demo used here: Nora Callahan's background check in
 * eastside-usd is suspended by an arrest notice effective 2026-11-02, which suspended her assignment
 * ltl-loreto-g4 in the Lincoln theatre partnership; Tomas Herrera's TB screening is valid to 2026-12-07.
 */

jest.setTimeout(240_000);

const PARTNERSHIP = 'lincoln-theatre-literacy';

describeInBrowser('console journeys (Chromium)', () => {
  let server: TestApp & { baseUrl: string };
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  async function personSignedIn(role: Role): Promise<Page> {
    const { context, page } = await newVisitor(browser, DESKTOP);
    contexts.push(context);
    await signIn(page, server.baseUrl, server.tokens[role]);
    return page;
  }

  const api = (role: Role) => ({
    get: (path: string) => server.http.get(path).set('Authorization', `Bearer ${server.tokens[role]}`),
  });

  async function expectAccessible(page: Page): Promise<void> {
    expect(await seriousViolations(page)).toEqual([]);
  }

  beforeAll(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchChromium()]);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  it('1. compliance finds an artist by part of her name, sees why she may not work, and travels to before the arrest notice was recorded', async () => {
    const page = await personSignedIn('compliance');
    await page.getByRole('link', { name: 'Teaching artists' }).first().click();
    await page.getByLabel('Name or id').fill('callah');
    await page.getByRole('link', { name: 'Nora Callahan' }).click();

    const standing = page.getByTestId('standing-eastside-usd');
    await standing.waitFor();
    expect(await standing.textContent()).toBe('Not cleared — may not work');
    await page.getByText('background check for LEA eastside-usd suspended since 2026-11-02').first().waitFor();
    await expectAccessible(page);

    const history = page.getByRole('table', { name: 'Clearance history (audit trail)' });
    await history.getByRole('cell', { name: 'Arrest notification received', exact: true }).waitFor();
    await history.getByRole('button', { name: /^As known before this.*just before Arrest notification received was recorded/ }).click();

    await page.getByText('You are looking at the past').waitFor();
    await page.getByText('Cleared — may work').waitFor();
    expect(new URL(page.url()).searchParams.get('knownAt')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await screenshot(page, 'journey-1-artist-as-known-before-arrest-notice');

    // The URL is the proof an auditor re-opens: a new person with that link sees the same answer.
    const auditor = await personSignedIn('compliance');
    await auditor.goto(page.url());
    await auditor.getByText('You are looking at the past').waitFor();
    expect(await auditor.getByTestId('standing-eastside-usd').textContent()).toBe('Cleared — may work');
  });

  it('2. compliance records a clearance through the form; an expiry before the effective date is shown at its field and nothing is written', async () => {
    const page = await personSignedIn('compliance');
    await page.goto(`${server.baseUrl}/compliance/artists/nora-callahan`);
    const before = (await api('admin').get('/artists/nora-callahan')).body.revision;
    await page.getByRole('button', { name: 'Grant a clearance' }).click();
    const form = dialog(page);
    await field(form, 'LEA').fill('eastside-usd');
    await field(form, 'Effective date').fill('2026-11-20');
    await choose(form, page, 'Requirement', 'tb-screening');
    await field(form, 'Expires on').fill('2026-11-01');
    await field(form, 'Evidence reference').fill('TB-EUSD-2026-11');
    await form.getByRole('button', { name: 'Record' }).click();

    const expiry = field(form, 'Expires on');
    await form.getByText('expiry 2026-11-01 is before the effective date 2026-11-20').first().waitFor();
    expect(await expiry.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'journey-2-clearance-form-field-error');
    expect((await api('admin').get('/artists/nora-callahan')).body.revision).toBe(before);

    await expiry.fill('2030-11-19');
    await form.getByRole('button', { name: 'Record' }).click();
    await form.getByText('Recorded', { exact: true }).waitFor();
    expect(BigInt((await api('admin').get('/artists/nora-callahan')).body.revision)).toBeGreaterThan(BigInt(before));
  });

  it('3. operations replays a partnership timeline step by step and sees the assignment become suspended at its step', async () => {
    const timeline = (await api('admin').get(`/partnerships/${PARTNERSHIP}/timeline?limit=1000`)).body as { steps: { revision: string; type: string; data: { assignmentId?: string } }[] };
    const suspended = timeline.steps.find((step) => step.type === 'AssignmentSuspended' && step.data.assignmentId === 'ltl-loreto-g4')!;
    const page = await personSignedIn('operations');
    await page.getByRole('link', { name: 'Partnerships' }).first().click();
    await page.getByRole('link', { name: 'Theatre for literacy, Lincoln feeder' }).click();
    await page.getByRole('link', { name: 'Replay timeline' }).click();
    await page.getByTestId('timeline-position').waitFor();

    // From the first step, step forward with the keyboard to just before the suspension, then once more.
    await page.getByRole('button', { name: 'First' }).click();
    await page.getByText('Step 1 of').waitFor();
    const target = Number(suspended.revision);
    await page.goto(`${server.baseUrl}/operations/partnerships/${PARTNERSHIP}/timeline?step=${target - 1}`);
    await page.getByText(`Step ${target} of`).waitFor();
    expect(await page.getByTestId('timeline-event-type').textContent()).not.toBe('Assignment suspended');
    await page.keyboard.press('ArrowRight');
    await page.getByText(`Step ${target + 1} of`).waitFor();
    expect(await page.getByTestId('timeline-event-type').textContent()).toBe('Assignment suspended');
    const changes = page.getByTestId('timeline-changes');
    await changes.getByText('assignments[ltl-loreto-g4].status').waitFor();
    const row = changes.getByRole('row', { name: /assignments\[ltl-loreto-g4\]\.status/ });
    expect(await row.textContent()).toContain('active');
    expect(await row.textContent()).toContain('suspended');
    await expectAccessible(page);
    await screenshot(page, 'journey-3-timeline-assignment-suspended');

    await page.getByRole('button', { name: 'Previous' }).click();
    await page.getByText(`Step ${target} of`).waitFor();
  });

  it('4. operations assigns an artist who lacks a clearance and sees the refusal naming it', async () => {
    const page = await personSignedIn('operations');
    await page.goto(`${server.baseUrl}/operations/partnerships/${PARTNERSHIP}`);
    await page.getByRole('button', { name: 'Assign an artist' }).click();
    const form = dialog(page);
    await field(form, 'Artist id').fill('nora-callahan');
    await field(form, 'School id').fill('loreto-es');
    await field(form, 'Classroom teacher').fill('Ms. Ortega');
    await choose(form, page, 'Art form', 'theatre');
    await addTags(form, 'Grades', ['5']);
    await field(form, 'Start date').fill('2026-12-07');
    await field(form, 'End date').fill('2027-03-05');
    await field(form, 'Planned sessions').fill('12');
    await form.getByRole('button', { name: 'Record' }).click();
    const refusal = form.getByRole('alert');
    await refusal.getByText('background check for LEA eastside-usd').first().waitFor();
    expect(await refusal.textContent()).toMatch(/Not recorded/);
    await screenshot(page, 'journey-4-assignment-refused');
  });

  it('5. two people edit the same partnership: the second is told it changed since they opened it', async () => {
    const first = await personSignedIn('operations');
    const second = await personSignedIn('operations');
    for (const page of [first, second]) {
      await page.goto(`${server.baseUrl}/operations/partnerships/${PARTNERSHIP}`);
      await page.getByRole('button', { name: 'Record a check-in' }).click();
      const form = dialog(page);
      await field(form, 'Date').fill('2026-12-03');
      await field(form, 'Student growth notes').fill(`Check-in typed in ${page === first ? 'the first' : 'the second'} window`);
      await field(form, 'By').fill('Ms. Duarte');
    }
    await dialog(first).getByRole('button', { name: 'Record' }).click();
    await dialog(first).getByText('Recorded', { exact: true }).waitFor();

    await dialog(second).getByRole('button', { name: 'Record' }).click();
    await dialog(second).getByText('Changed since you opened it').waitFor();
    // What was typed is kept, and once the page has the latest revision a second try is recorded.
    expect(await field(dialog(second), 'Student growth notes').inputValue()).toBe('Check-in typed in the second window');
    await screenshot(second, 'journey-5-changed-since-you-opened-it');
    await dialog(second).getByRole('button', { name: 'Record' }).click();
    await dialog(second).getByText('Recorded', { exact: true }).waitFor();
  });

  it('6. reporting sees the reports and charts, downloads a CSV, and is offered no form', async () => {
    const page = await personSignedIn('reporting');
    expect(await page.getByRole('link', { name: 'Expiry sweep' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Reports' }).first().click();
    await page.getByRole('table', { name: 'Arts access per school' }).waitFor();
    await page.locator('figure svg').first().waitFor();
    await expectAccessible(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    const csv = await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8');
    expect(csv.split('\n')[0]).toMatch(/school/i);
    expect(csv.split('\n').length).toBeGreaterThan(10);
    await page.getByRole('tab', { name: 'Pathway coverage' }).click();
    await page.getByRole('table', { name: /school × level/ }).first().waitFor();
    await screenshot(page, 'journey-6-reporting-pathways');

    await page.goto(`${server.baseUrl}/operations/partnerships/${PARTNERSHIP}`);
    await page.getByRole('link', { name: 'Replay timeline' }).waitFor();
    expect(await page.getByRole('button', { name: /Assign an artist|Record a check-in|Log a session/ }).count()).toBe(0);
    await page.goto(`${server.baseUrl}/compliance/artists/nora-callahan`);
    await page.getByTestId('standing-eastside-usd').waitFor();
    expect(await page.getByRole('button', { name: /Grant a clearance|Suspend a clearance/ }).count()).toBe(0);
  });

  it('8. after sign-out the cookie no longer works; a state-changing request with the cookie from another origin is refused', async () => {
    const { context, page } = await newVisitor(browser, DESKTOP);
    contexts.push(context);
    await signIn(page, server.baseUrl, server.tokens.operations);
    const cookie = (await context.cookies()).find((c) => c.name === 'ledger_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    expect(await page.evaluate('document.cookie')).not.toContain('ledger_session');

    const streamBefore = (await api('admin').get(`/partnerships/${PARTNERSHIP}`)).body.revision;
    const body = { date: '2026-12-04', studentGrowthNotes: 'forged', by: 'someone else' };
    const forged = await context.request.post(`${server.baseUrl}/partnerships/${PARTNERSHIP}/check-ins`, { data: body, headers: { Origin: 'http://evil.example' } });
    expect(forged.status()).toBe(403);
    expect((await api('admin').get(`/partnerships/${PARTNERSHIP}`)).body.revision).toBe(streamBefore);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('API key').waitFor();
    const replay = await server.http.get('/session').set('Cookie', `ledger_session=${cookie.value}`);
    expect(replay.status).toBe(401);
  });

  it('7. live: a sweep run through the API while an artist page is open shows the expiry it recorded without a reload', async () => {
    // Sofia Marquez's TB screening lapsed on 2026-11-29 and no sweep has recorded it yet.
    const page = await personSignedIn('compliance');
    await page.goto(`${server.baseUrl}/compliance/artists/sofia-marquez`);
    const history = page.getByRole('table', { name: 'Clearance history (audit trail)' });
    await history.waitFor();
    expect(await history.getByRole('cell', { name: 'Clearance expired', exact: true }).count()).toBe(0);
    await page.getByText('Live', { exact: true }).waitFor();

    const sweep = await server.http.post('/compliance/sweeps').set('Authorization', `Bearer ${server.tokens.compliance}`).send({ asOf: '2026-12-04' });
    expect(sweep.status).toBe(200);
    expect(sweep.body.items.map((item: { streamId: string }) => item.streamId)).toContain('artist-sofia-marquez');
    await history.getByRole('cell', { name: 'Clearance expired', exact: true }).waitFor({ timeout: 5_000 });
    await screenshot(page, 'journey-7-live-expiry');
  });
});
