import type { Browser, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { logChainOf } from '../../src/log-chain/log-chain';
import { parseLogHead } from '../../src/log-chain/log-head';
import { verifyLog } from '../../src/log-chain/verify-log';
import type { TestApp } from '../support/test-app';
import { DESKTOP, launchChromium, newVisitor, PHONE, Screen, screenshot, seriousViolations, signIn } from './support/browser';
import { describeInBrowser } from './support/describe-in-browser';
import { startDemoServer } from './support/demo-server';

/*
 * Every screen of the console at a desktop (1280×800) and a phone (390×844) size, signed in as admin (who sees
 * every screen and every form), against the demo district: the page shows its data (never blank), axe finds no
 * serious or critical WCAG 2.1 A/AA violation, nothing overflows the phone's width, and a screenshot is kept.
 */

jest.setTimeout(300_000);

interface ScreenCase {
  readonly name: string;
  readonly path: string;
  /** Visible when the screen has its data. */
  readonly ready: (page: Page) => Promise<unknown>;
  /** Something to do before looking (e.g. open a form). */
  readonly then?: (page: Page) => Promise<unknown>;
}

const table = (name: string | RegExp) => (page: Page) => page.getByRole('table', { name }).first().waitFor();

const SCREENS: ScreenCase[] = [
  { name: 'home', path: '/', ready: (page) => page.getByRole('heading', { name: 'What do you need to do?' }).waitFor() },
  { name: 'artists', path: '/compliance/artists?q=a', ready: table('Teaching artists') },
  { name: 'artist', path: '/compliance/artists/nora-callahan', ready: table('Clearance history (audit trail)') },
  { name: 'artist-time-travel', path: '/compliance/artists/nora-callahan?asOf=2026-10-15', ready: (page) => page.getByText('You are looking at the past').waitFor() },
  {
    name: 'artist-grant-form', path: '/compliance/artists/nora-callahan', ready: table('Clearance history (audit trail)'),
    then: async (page) => {
      await page.getByRole('button', { name: 'Grant a clearance' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Record' }).click();
      await page.getByRole('dialog').getByText('There is a problem').waitFor();
    },
  },
  { name: 'partners', path: '/compliance/partners', ready: table('Partners') },
  { name: 'partner', path: '/compliance/partners/boyle-heights-theatre-lab', ready: table('Insurance certificates') },
  { name: 'roster', path: '/compliance/roster?lea=eastside-usd&days=60', ready: table('Expiring clearances, insurance and agreements') },
  { name: 'sweep', path: '/compliance/sweeps', ready: (page) => page.getByRole('button', { name: 'Run the sweep' }).waitFor() },
  { name: 'log-integrity', path: '/compliance/log-integrity', ready: table('Chain head') },
  { name: 'partnerships', path: '/operations/partnerships', ready: table('Partnerships') },
  { name: 'partnership', path: '/operations/partnerships/lincoln-theatre-literacy', ready: table('Assignments') },
  { name: 'timeline', path: '/operations/partnerships/lincoln-theatre-literacy/timeline?step=30', ready: (page) => page.getByTestId('timeline-event-type').waitFor() },
  { name: 'schools', path: '/operations/schools', ready: table('Schools') },
  { name: 'school', path: '/operations/schools/loreto-es', ready: table('Arts Leads by school year') },
  { name: 'pathways', path: '/operations/pathways', ready: table('Pathways') },
  { name: 'pathway', path: '/operations/pathways/garfield-visual-arts', ready: table(/Courses/) },
  { name: 'report-arts-access', path: '/reporting/arts-access', ready: table('Arts access per school') },
  { name: 'report-pathways', path: '/reporting/pathways', ready: table(/school × level/) },
  { name: 'report-partnership-health', path: '/reporting/partnership-health', ready: table(/Partnership health/) },
  { name: 'report-partner-services', path: '/reporting/partner-services', ready: table('Services per school, and the gaps') },
  { name: 'report-clearance-roster', path: '/reporting/clearance-roster', ready: (page) => page.locator('figure').first().waitFor() },
  { name: 'health', path: '/admin/health', ready: table('Projections') },
  { name: 'not-found', path: '/operations/nothing-here/at-all', ready: (page) => page.getByRole('heading', { name: 'Page not found' }).waitFor() },
];

describeInBrowser('console screens at desktop and phone sizes (Chromium, axe)', () => {
  let server: TestApp & { baseUrl: string };
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [label, screen] of [['desktop', DESKTOP], ['phone', PHONE]] as [string, Screen][]) {
    describe(label, () => {
      let page: Page;

      beforeAll(async () => {
        ({ page } = await newVisitor(browser, screen));
      });

      afterAll(async () => {
        await page?.context().close();
      });

      it('sign-in page', async () => {
        await page.goto(server.baseUrl);
        await page.getByLabel('API key').waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        await screenshot(page, `${label}-sign-in`);
        await signIn(page, server.baseUrl, server.tokens.admin);
      });

      for (const screenCase of SCREENS) {
        it(screenCase.name, async () => {
          await page.goto(`${server.baseUrl}${screenCase.path}`);
          await screenCase.ready(page);
          await screenCase.then?.(page);
          expect(await seriousViolations(page)).toEqual([]);
          // Nothing wider than the screen: wide tables scroll inside their own box.
          const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
          expect(overflow).toBeLessThanOrEqual(0);
          await screenshot(page, `${label}-${screenCase.name}`);
        });
      }

      it('the log integrity page hands the auditor the head as a file that ledger verify --log --head accepts', async () => {
        await page.goto(`${server.baseUrl}/compliance/log-integrity`);
        await page.getByRole('table', { name: 'Chain head' }).waitFor();
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the head' }).click()]);
        expect(download.suggestedFilename()).toMatch(/^log-head-\d+-\d{4}-\d{2}-\d{2}\.json$/);
        const kept = parseLogHead(await readFile((await download.path())!, 'utf8'));
        const shown = await page.getByRole('table', { name: 'Chain head' }).getByRole('row', { name: /Head hash/ }).innerText();
        expect(shown).toContain(kept.hash);
        const verification = await verifyLog(logChainOf(server.store), { expectedHead: kept });
        expect(verification.problems).toEqual([]);

        // Brought back to the same page, the file proves the log unchanged up to it.
        const fileInput = page.locator('input[type="file"]');
        await fileInput.setInputFiles({ name: 'not-a-head.json', mimeType: 'application/json', buffer: Buffer.from('{"position": "12"}') });
        await page.getByRole('button', { name: 'Check the log' }).click();
        await page.getByText('The file is not a chain head: it needs a "position"').waitFor();
        await fileInput.setInputFiles((await download.path())!);
        await page.getByRole('button', { name: 'Check the log' }).click();
        const verified = page.getByRole('status').filter({ hasText: 'The log verifies' });
        await verified.waitFor({ timeout: 30_000 });
        await expect(verified.innerText()).resolves.toContain(`Up to position ${kept.position} it still hashes to the head you brought.`);
        expect(await seriousViolations(page)).toEqual([]);
        await screenshot(page, `${label}-log-integrity-checked`);
      });

      it("a partnership whose conclusion is recorded for the end of the school year: its page and the partnerships list show the same status today", async () => {
        // The demo records Roosevelt's conclusion for 2027-06-11: on any earlier day both say active, from then on concluded.
        await page.goto(`${server.baseUrl}/operations/partnerships?q=roosevelt`);
        const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Dance integration, Roosevelt feeder elementaries' }) });
        const listed = (await row.locator('td[data-label="Status"]').innerText()).trim();
        expect(['active', 'concluded']).toContain(listed);
        const listedAssignments = (await row.locator('td[data-label="Assignments (active)"]').innerText()).trim();
        await row.getByRole('link').click();
        const card = page.locator('.mantine-Card-root').filter({ hasText: 'Status today' });
        await card.getByText(listed, { exact: true }).waitFor();
        await card.getByText(listed === 'active' ? /concludes 2027-06-11$/ : /concluded 2027-06-11$/).waitFor();
        // Its assignments were ended by the conclusion, on its day: each says when, in the same tense.
        const ending = page.getByRole('table', { name: 'Assignments' }).getByText(listed === 'active' ? 'ends 2027-06-11 (recorded ahead)' : 'ended 2027-06-11');
        expect(await ending.count()).toBe(3);
        // The list counted as active the assignments its page shows active today (not those whose recorded status is).
        const statuses = page.getByRole('table', { name: 'Assignments' }).locator('td[data-label="Status"]');
        const active = await statuses.filter({ has: page.getByText('active', { exact: true }) }).count();
        expect(listedAssignments).toBe(`3 (${active})`);
        if (listed === 'active') expect(active).toBeGreaterThan(0);
      });

      it("a school's page lists the partnerships that enrolled it, and each leads to its partnership's page", async () => {
        await page.goto(`${server.baseUrl}/operations/schools/loreto-es`);
        const listed = page.getByRole('table', { name: 'Partnerships that enrolled this school' });
        await listed.locator('tbody tr').first().waitFor();
        const names = (await listed.locator('td[data-label="Partnership"]').allInnerTexts()).map((name) => name.trim());
        expect(names).toContain('Theatre for literacy, Lincoln feeder');
        await page.getByText(names.length === 1 ? '1 partnership shown.' : `${names.length} partnerships shown.`, { exact: true }).waitFor();
        await listed.getByRole('link', { name: 'Theatre for literacy, Lincoln feeder' }).click();
        await page.getByRole('heading', { name: 'Theatre for literacy, Lincoln feeder' }).waitFor();
        await page.getByRole('table', { name: 'Enrolled schools' }).getByRole('link', { name: 'loreto-es' }).waitFor();
      });

      it("a partnership's newest sessions: every one on a desktop; on a phone the first five as short cards, the rest a tap away", async () => {
        await page.goto(`${server.baseUrl}/operations/partnerships/lincoln-theatre-literacy`);
        const sessions = page.getByRole('table', { name: /^Newest of \d+ sessions$/ });
        const cards = sessions.locator('tbody tr');
        await cards.first().waitFor();
        // A session without notes: on a phone its card has no "Notes —" line; on a desktop the cell shows the dash.
        const notes = cards.locator('td[data-label="Notes"]');
        const noteless = notes.filter({ hasText: /^—$/ }).first();
        // The demo records the whole school year: a session dated after the server's day says so, and the page says its
        // counts include such facts, pointing to the report that counts what took place by the day.
        const today = server.clock.today();
        const dates = (await cards.locator('td[data-label="Date"]').allInnerTexts()).map((text) => text.trim());
        for (const date of dates) expect(date).toBe(date.slice(0, 10) > today ? `${date.slice(0, 10)} (recorded ahead)` : date.slice(0, 10));
        expect(dates.some((date) => date.endsWith('(recorded ahead)'))).toBe(dates.some((date) => date.slice(0, 10) > today));
        const byToday = page.getByText(`counts what took place by today, ${today}.`);
        await expect(byToday.getByRole('link', { name: 'Partnership health' }).getAttribute('href')).resolves.toBe('/reporting/partnership-health?lea=eastside-usd');
        if (label === 'desktop') {
          expect(await cards.count()).toBe(20);
          await expect(noteless.isVisible()).resolves.toBe(true);
          expect(await page.getByRole('button', { name: /^Show \d+ more$/ }).count()).toBe(0);
          return;
        }
        expect(await cards.count()).toBe(5);
        expect(await notes.filter({ hasText: /^—$/ }).count()).toBeGreaterThan(0);
        await expect(noteless.isVisible()).resolves.toBe(false);
        // Minutes and students share one line of the card.
        const [minutes, students] = await Promise.all(['Minutes', 'Students'].map((header) => cards.first().locator(`td[data-label="${header}"]`).boundingBox()));
        expect(Math.abs(minutes!.y - students!.y)).toBeLessThan(2);
        await page.getByRole('button', { name: 'Show 15 more' }).click();
        expect(await cards.count()).toBe(20);
        expect(await page.getByRole('button', { name: /^Show \d+ more$/ }).count()).toBe(0);
      });
    });
  }
});
