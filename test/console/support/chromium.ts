// The Chromium helpers live in test/support/chromium.ts (compiled with the benches, which launch Chromium too).
export { CHROMIUM_ARGS, chromiumExecutable, chromiumUnavailableReason, launchChromium } from '../../support/chromium';
