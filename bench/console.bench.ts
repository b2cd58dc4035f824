/**
 * The console's figures (issue 9 §7).
 *
 * Size: `console_js_gzip_kb` is the gzip size (node:zlib, level 9) of the JavaScript the first screen needs: the
 * entry `<script type="module">` of console/dist/index.html, its `<link rel="modulepreload">`s, and every chunk those
 * import statically (not the chunks loaded by `import()`: the reports and the command forms).
 * `console_js_total_gzip_kb` is every JS file of the build, for context.
 *
 * Pages, in Debian's Chromium (headless) against the real app on a temp data dir filled with the demo district through
 * the real command path (logging at `info` as a server does by default, the lines discarded). Warm loads: a browser with
 * a profile on disk (a temp dir, removed), signed in once as admin (POST /session from the browser context, so the
 * cookie is the browser's) and having opened each page three times, as a person's browser has; each load is a new tab
 * of it (HTTP cache and V8's cache of compiled scripts warm). Timed in the page: from navigation start
 * (`performance.timeOrigin`) to the moment the page's data is in the DOM (a MutationObserver installed before any page
 * script reads `performance.now()` when the selectors first match; the bench awaits a promise in the page, no polling):
 * - `console_artist_page_ms`: /compliance/artists/nora-callahan until `[data-testid="standing-eastside-usd"]` and the
 *   "Clearance history (audit trail)" table are shown;
 * - `console_timeline_page_ms`: /operations/partnerships/lincoln-theatre-literacy/timeline until
 *   `[data-testid="timeline-event-type"]` is shown.
 * Median of 15 loads each (`…_p90_ms` beside it), the kinds interleaved so the machine's noise falls on all alike.
 * `…_cold_ms`: the median of 5 loads each in a new incognito context (empty caches, nothing compiled), spread over
 * the same rounds.
 *
 * Baselines of the same run: `console_blank_page_ms`, the same new-tab navigation to a few bytes of HTML from the same
 * server (a route mounted for the bench, through the same middleware and guard), timed to its load event: what the
 * browser and a round trip cost with no console at all (`console_artist_page_ratio` = artist ÷ blank).
 * `console_shell_page_ms`: the console at an address with no page (/operations/no-such-page: the console's code,
 * GET /session, the "Page not found" heading), i.e. the console without its page's data. Where the time of a load goes
 * (resource timing, long tasks) is printed on stderr.
 *
 * Without Chromium only the size figures are reported (and a line on stderr says why).
 */
import { Controller, Get, Header } from '@nestjs/common';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { constants, gzipSync } from 'node:zlib';
import type { Browser, BrowserContext } from 'playwright-core';
import { findConsoleBuild } from '../src/console-assets/serve-console';
import { SILENT_PROGRESS } from '../src/demo/demo-progress';
import { fillDemoDistrict } from '../src/demo/fill-demo-district';
import { ProjectionRunner } from '../src/projections/projection-runner';
import { chromiumExecutable, chromiumUnavailableReason, launchChromium, launchChromiumProfile } from '../test/support/chromium';
import { startTestApp, TestApp } from '../test/support/test-app';

const WARM_LOADS = 15;
const COLD_LOADS = 5;

type Report = (name: string, value: number) => void;

// ---------------------------------------------------------------------------------------------------------------
// Size

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [, name, ...values] of tag.matchAll(/([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    found[name.toLowerCase()] = values.find((value) => value !== undefined) ?? '';
  }
  return found;
}

/** The chunks a module imports statically (`import … from "./x.js"`, `import "./x.js"`, `export … from`), not `import()`. */
function staticImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const imports: string[] = [];
  for (const [, specifier] of code.matchAll(/\b(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?["'`]([^"'`\s]+\.js)["'`]/g)) {
    if (specifier.startsWith('.') || specifier.startsWith('/')) imports.push(specifier);
  }
  return imports;
}

/** The JS files the first screen loads: entry module, modulepreloads, and their static imports, transitively. */
export function firstScreenScripts(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const roots: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const a = attributes(tag.replace(/^<\w+/, ''));
    if (tag.toLowerCase().startsWith('<script') && a.type === 'module' && a.src) roots.push(a.src);
    if (tag.toLowerCase().startsWith('<link') && a.rel === 'modulepreload' && a.href) roots.push(a.href);
  }
  if (roots.length === 0) throw new Error(`no <script type="module" src> in ${join(dist, 'index.html')}`);
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of staticImports(file)) {
      visit(specifier.startsWith('/') ? join(dist, specifier) : resolve(dirname(file), specifier));
    }
  };
  for (const root of roots) visit(join(dist, new URL(root, 'http://console/').pathname));
  return [...seen];
}

function gzipKb(files: readonly string[]): number {
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: constants.Z_BEST_COMPRESSION }).length, 0);
  return Number((bytes / 1024).toFixed(1));
}

function reportSizes(dist: string, report: Report): void {
  const first = firstScreenScripts(dist);
  const assets = join(dist, 'assets');
  const allJs = readdirSync(assets).filter((name) => name.endsWith('.js')).map((name) => join(assets, name));
  const css = readdirSync(assets).filter((name) => name.endsWith('.css')).map((name) => join(assets, name));
  for (const file of allJs) {
    const raw = readFileSync(file).length;
    process.stderr.write(`  ${relative(dist, file)}: ${(raw / 1024).toFixed(0)} KB, gzip ${gzipKb([file])} KB${first.includes(file) ? ' (first screen)' : ''}\n`);
  }
  process.stderr.write(`  CSS, all files: gzip ${gzipKb(css)} KB\n`);
  report('console_js_gzip_kb', gzipKb(first));
  report('console_js_total_gzip_kb', gzipKb(allJs));
}

// ---------------------------------------------------------------------------------------------------------------
// Pages

interface Probe {
  /** Every selector must match … */
  readonly selectors: readonly string[];
  /** … and a table caption with each of these texts must be shown. */
  readonly captions: readonly string[];
}

interface PageKind {
  readonly name: string;
  readonly path: string;
  /** Absent: timed to the load event (a document with no script). */
  readonly probe?: Probe;
}

const ARTIST: PageKind = {
  name: 'artist', path: '/compliance/artists/nora-callahan',
  probe: { selectors: ['[data-testid="standing-eastside-usd"]'], captions: ['Clearance history (audit trail)'] },
};
const TIMELINE: PageKind = {
  name: 'timeline', path: '/operations/partnerships/lincoln-theatre-literacy/timeline',
  probe: { selectors: ['[data-testid="timeline-event-type"]'], captions: [] },
};
const SHELL: PageKind = { name: 'shell', path: '/operations/no-such-page', probe: { selectors: ['h1'], captions: [] } };
const BLANK: PageKind = { name: 'blank', path: '/bench/blank-page' };

/**
 * The baseline's page: a few bytes of HTML from the same server, through the same middleware and guard as the API
 * (mounted for this bench only, as the tests mount their controllers).
 */
@Controller('bench')
class BlankPageController {
  @Get('blank-page')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-cache')
  blankPage(): string {
    return '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body><p>Blank.</p></body></html>';
  }
}

/**
 * The browser globals the page-side functions below use (this project compiles without the DOM lib, so they are
 * declared here; the functions are serialized by Playwright and run in the page).
 */
interface InPage {
  readonly location: { readonly pathname: string };
  readonly document: { querySelector(selector: string): unknown; querySelectorAll(selector: string): ArrayLike<{ readonly textContent: string | null }> };
  readonly performance: {
    now(): number;
    getEntriesByType(type: string): ({ readonly name: string; readonly startTime: number; readonly responseEnd: number; readonly loadEventEnd: number; readonly initiatorType: string })[];
  };
  readonly MutationObserver: new (callback: () => void) => { observe(target: unknown, options: object): void; disconnect(): void };
  readonly PerformanceObserver: new (callback: (list: { getEntries(): { readonly duration: number }[] }) => void) => { observe(options: object): void };
  __dataShownAt?: number;
  __dataShown?: Promise<number>;
  __longTasks?: { count: number; ms: number };
}

/**
 * Runs in every document before its own scripts: notes `performance.now()` when the probe for this address first
 * matches (in the MutationObserver callback, i.e. right after the DOM change, before the next paint), and sums the
 * main thread's long tasks (> 50 ms) until then.
 */
function watchForData(probes: Record<string, Probe>): void {
  const page = globalThis as unknown as InPage;
  const probe = probes[page.location.pathname];
  if (!probe) return;
  const longTasks = { count: 0, ms: 0 };
  page.__longTasks = longTasks;
  try {
    new page.PerformanceObserver((list) => {
      if (page.__dataShownAt !== undefined) return;
      for (const entry of list.getEntries()) {
        longTasks.count++;
        longTasks.ms += entry.duration;
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long-task timing in this browser
  }
  const shown = () =>
    probe.selectors.every((selector) => page.document.querySelector(selector) !== null) &&
    probe.captions.every((caption) => Array.from(page.document.querySelectorAll('caption')).some((element) => element.textContent === caption));
  page.__dataShown = new Promise((resolve) => {
    const observer = new page.MutationObserver(() => {
      if (page.__dataShownAt === undefined && shown()) {
        page.__dataShownAt = page.performance.now();
        observer.disconnect();
        resolve(page.__dataShownAt);
      }
    });
    observer.observe(page.document, { childList: true, subtree: true, characterData: true });
  });
}

/** What one load spent where (ms from navigation start), read in the page once its data was shown. */
interface Breakdown {
  readonly shown: number;
  readonly documentEnd: number;
  readonly jsEnd: number;
  readonly firstFetchStart: number;
  readonly fetches: { path: string; start: number; end: number }[];
  readonly longTasks: { count: number; ms: number };
}

async function load(context: BrowserContext, baseUrl: string, kind: PageKind): Promise<Breakdown> {
  const page = await context.newPage();
  try {
    page.setDefaultTimeout(30_000);
    if (!kind.probe) {
      await page.goto(`${baseUrl}${kind.path}`, { waitUntil: 'load' });
      const [received, loaded] = await page.evaluate(() => {
        const navigation = (globalThis as unknown as InPage).performance.getEntriesByType('navigation')[0];
        return [navigation.responseEnd, navigation.loadEventEnd];
      });
      return { shown: loaded, documentEnd: received, jsEnd: 0, firstFetchStart: 0, fetches: [], longTasks: { count: 0, ms: 0 } };
    }
    await page.goto(`${baseUrl}${kind.path}`, { waitUntil: 'commit' });
    // One call that resolves when the page's promise does: no polling (the server shares this process's event loop).
    await page.evaluate(() => (globalThis as unknown as InPage).__dataShown);
    return await page.evaluate(() => {
      const w = globalThis as unknown as InPage & { __dataShownAt: number };
      const navigation = w.performance.getEntriesByType('navigation')[0];
      const resources = w.performance.getEntriesByType('resource');
      const scripts = resources.filter((entry) => entry.initiatorType === 'script' || /\.js$/.test(new URL(entry.name).pathname));
      const fetches = resources.filter((entry) => entry.initiatorType === 'fetch' && entry.startTime < w.__dataShownAt);
      return {
        shown: w.__dataShownAt,
        documentEnd: navigation.responseEnd,
        jsEnd: Math.max(0, ...scripts.map((entry) => entry.responseEnd)),
        firstFetchStart: Math.min(...fetches.map((entry) => entry.startTime)),
        fetches: fetches.map((entry) => { const url = new URL(entry.name); return { path: url.pathname + url.search, start: entry.startTime, end: entry.responseEnd }; }),
        longTasks: w.__longTasks ?? { count: 0, ms: 0 },
      };
    });
  } finally {
    await page.close();
  }
}

const CONTEXT_OPTIONS = { viewport: { width: 1280, height: 800 }, locale: 'en-US', timezoneId: 'UTC' } as const;

/** Watches every page of the context for its data, and signs the context in as `apiKey`. */
async function signIn(context: BrowserContext, baseUrl: string, apiKey: string): Promise<BrowserContext> {
  await context.addInitScript(watchForData, Object.fromEntries([ARTIST, TIMELINE, SHELL].map((kind) => [kind.path, kind.probe!])));
  // The browser context's own request client: the session cookie it gets back is the context's.
  const response = await context.request.post(`${baseUrl}/session`, { data: { apiKey }, headers: { Origin: baseUrl } });
  if (!response.ok()) throw new Error(`POST /session answered ${response.status()}: ${await response.text()}`);
  return context;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const median = (values: readonly number[]) => percentile(values, 50);
const ms = (value: number) => Number(value.toFixed(1));

/** Where the time of a kind's loads went: medians of each milestone, and of each request the page made. */
function describe(kind: PageKind, loads: readonly Breakdown[]): string {
  const lines = [
    `  ${kind.name} (${kind.path}), medians of ${loads.length} loads: document ${ms(median(loads.map((l) => l.documentEnd)))} ms, ` +
      `JS received ${ms(median(loads.map((l) => l.jsEnd)))} ms, first API request sent ${ms(median(loads.map((l) => l.firstFetchStart)))} ms, ` +
      `data shown ${ms(median(loads.map((l) => l.shown)))} ms; long tasks ${median(loads.map((l) => l.longTasks.count))} ` +
      `totalling ${ms(median(loads.map((l) => l.longTasks.ms)))} ms`,
  ];
  const paths = [...new Set(loads.flatMap((l) => l.fetches.map((f) => f.path)))];
  for (const path of paths) {
    const seen = loads.flatMap((l) => l.fetches.filter((f) => f.path === path));
    lines.push(`    ${path}: sent at ${ms(median(seen.map((f) => f.start)))} ms, answered at ${ms(median(seen.map((f) => f.end)))} ms ` +
      `(takes ${ms(median(seen.map((f) => f.end - f.start)))} ms; in ${seen.length} of ${loads.length} loads)`);
  }
  return `${lines.join('\n')}\n`;
}

async function reportPages(report: Report): Promise<void> {
  const discarded = new Writable({ write: (_chunk, _encoding, done) => done() });
  const server: TestApp = await startTestApp({ logStream: discarded, controllers: [BlankPageController] });
  const profileDir = mkdtempSync(join(tmpdir(), 'console-bench-profile-'));
  let browser: Browser | undefined;
  let profile: BrowserContext | undefined;
  try {
    const baseUrl = (await server.app.getUrl()).replace('[::1]', '127.0.0.1');
    let started = Date.now();
    const [filled, launched, launchedProfile] = await Promise.allSettled([
      fillDemoDistrict(baseUrl, server.tokens.admin, SILENT_PROGRESS), launchChromium(), launchChromiumProfile(profileDir, CONTEXT_OPTIONS),
    ]);
    if (launched.status === 'fulfilled') browser = launched.value;
    if (launchedProfile.status === 'fulfilled') profile = launchedProfile.value;
    for (const settled of [filled, launched, launchedProfile]) if (settled.status === 'rejected') throw settled.reason;
    const incognito = browser!;
    const person = await signIn(profile!, baseUrl, server.tokens.admin);
    const head = (await server.store.headPosition())!;
    const runner = server.app.get(ProjectionRunner, { strict: false });
    if (!(await runner.waitForPosition('all', head, 60_000)).reached) {
      // Measured anyway (a page that reads a lagging projection waits for it no more than it would in service), but said.
      const behind = (await runner.status()).filter((p) => p.position !== String(head)).map((p) => `${p.name} (${p.status}, at ${p.position ?? 'nothing'})`);
      process.stderr.write(`  WARNING: projections not at the head ${head} after 60 s: ${behind.join(', ')}\n`);
    }
    process.stderr.write(`  demo district: ${head} events, filled and projected in ${((Date.now() - started) / 1000).toFixed(1)} s; Chromium ${incognito.version()}\n`);

    started = Date.now();
    const kinds = [ARTIST, TIMELINE, BLANK, SHELL];
    const cold = new Map<string, Breakdown[]>([ARTIST, TIMELINE].map((kind) => [kind.name, []]));
    const warm = new Map<string, Breakdown[]>(kinds.map((kind) => [kind.name, []]));
    const coldLoad = async (kind: PageKind) => {
      const fresh = await signIn(await incognito.newContext(CONTEXT_OPTIONS), baseUrl, server.tokens.admin);
      try {
        cold.get(kind.name)!.push(await load(fresh, baseUrl, kind));
      } finally {
        await fresh.close();
      }
    };
    // Not figures: fill the profile's caches. Chromium keeps a script's compiled code from its second run on.
    for (let round = 0; round < 3; round++) for (const kind of kinds) await load(person, baseUrl, kind);
    for (let round = 0; round < WARM_LOADS; round++) {
      // Each round starts with a different kind, so no kind always follows the same one; the cold loads are spread
      // over the rounds too, so a busy spell of the machine does not fall on one side only.
      for (let k = 0; k < kinds.length; k++) {
        const kind = kinds[(round + k) % kinds.length];
        warm.get(kind.name)!.push(await load(person, baseUrl, kind));
      }
      if (round % Math.floor(WARM_LOADS / COLD_LOADS) === 0 && cold.get(ARTIST.name)!.length < COLD_LOADS) {
        await coldLoad(round % 2 === 0 ? ARTIST : TIMELINE);
        await coldLoad(round % 2 === 0 ? TIMELINE : ARTIST);
      }
    }
    process.stderr.write(`  ${COLD_LOADS * 2} cold and ${WARM_LOADS * kinds.length} warm loads in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    process.stderr.write('  warm (a new tab of a signed-in browser profile that has opened the console before):\n');
    for (const kind of kinds) process.stderr.write(describe(kind, warm.get(kind.name)!));
    process.stderr.write('  cold (a new incognito context: empty caches):\n');
    for (const kind of [ARTIST, TIMELINE]) process.stderr.write(describe(kind, cold.get(kind.name)!));

    const shown = (name: string, from = warm) => from.get(name)!.map((l) => l.shown);
    const blank = median(shown('blank'));
    for (const kind of [ARTIST, TIMELINE]) {
      report(`console_${kind.name}_page_ms`, ms(median(shown(kind.name))));
      report(`console_${kind.name}_page_p90_ms`, ms(percentile(shown(kind.name), 90)));
      report(`console_${kind.name}_page_cold_ms`, ms(median(shown(kind.name, cold))));
    }
    report('console_blank_page_ms', ms(blank));
    report('console_shell_page_ms', ms(median(shown('shell'))));
    report('console_artist_page_ratio', Number((median(shown('artist')) / blank).toFixed(2)));
    report('console_timeline_page_ratio', Number((median(shown('timeline')) / blank).toFixed(2)));
  } finally {
    await profile?.close();
    await browser?.close();
    await server.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}

export async function run(report: Report): Promise<void> {
  const dist = findConsoleBuild(__dirname);
  if (!dist) throw new Error('the console is not built (no console/dist/index.html): npm run build:console');
  reportSizes(dist, report);
  if (!chromiumExecutable()) {
    process.stderr.write(`console bench skipped: no chromium — ${chromiumUnavailableReason()}; only the size figures are reported\n`);
    return;
  }
  const built = readFileSync(join(dist, 'index.html'), 'utf8');
  try {
    await reportPages(report);
  } catch (error) {
    // The server read index.html at start; a rebuild meanwhile removes the assets it names, and pages never load.
    if (readFileSync(join(dist, 'index.html'), 'utf8') !== built) throw new Error(`console/dist was rebuilt while the bench ran: run it again (${(error as Error).message})`);
    throw error;
  }
}

if (require.main === module) {
  void run((name, value) => console.log(`metric ${name} ${value}`));
}
