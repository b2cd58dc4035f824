import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Browser, BrowserContext, BrowserContextOptions, chromium } from 'playwright-core';

/*
 * Debian's Chromium for the browser tests (test/console, which re-exports these) and the console bench
 * (bench/console.bench.ts). Here in test/support because tsconfig.build.json compiles this folder, not test/console.
 */

/**
 * Debian's Chromium (package `chromium`): CHROMIUM_PATH, else `chromium` on PATH. Never a browser a test tool
 * downloads (those downloads fail here, and a test must run the browser people have).
 */
export function chromiumExecutable(): string | undefined {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return existsSync(configured) ? configured : undefined;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const path = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      // not on PATH
    }
  }
  return undefined;
}

export function chromiumUnavailableReason(): string {
  return process.env.CHROMIUM_PATH
    ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist`
    : 'no `chromium` on PATH (apt-get install -y chromium, or set CHROMIUM_PATH)';
}

/** Flags for a headless run on a machine with no network but loopback (background services would only fail). */
export const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumExecutable();
  if (!executablePath) throw new Error(chromiumUnavailableReason());
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/**
 * Chromium with a profile on disk (`userDataDir`), as a person's browser is: its HTTP cache and V8's cache of
 * compiled scripts outlive a tab (a context of `launchChromium()` keeps neither on disk and compiles every script anew).
 */
export async function launchChromiumProfile(userDataDir: string, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const executablePath = chromiumExecutable();
  if (!executablePath) throw new Error(chromiumUnavailableReason());
  return chromium.launchPersistentContext(userDataDir, { ...options, executablePath, args: CHROMIUM_ARGS, headless: true });
}
