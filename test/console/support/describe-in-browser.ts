import { chromiumExecutable, chromiumUnavailableReason } from './chromium';

/**
 * Runs a browser suite where Debian's Chromium exists; elsewhere lists it as skipped, by name, with the reason
 * (never silently), as the real-EventStoreDB suite does.
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (chromiumExecutable()) {
    describe(name, body);
    return;
  }
  const reason = chromiumUnavailableReason();
  console.warn(`SKIPPED: ${name} — ${reason}`);
  describe(name, () => {
    it('looked for Chromium before deciding to skip', () => {
      expect(chromiumExecutable()).toBeUndefined();
    });
    describe.skip(`skipped: ${reason}`, () => {
      it(`runs the browser journeys of ${name}`, () => undefined);
    });
  });
}
