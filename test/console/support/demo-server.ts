import { SILENT_PROGRESS } from '../../../src/demo/demo-progress';
import { fillDemoDistrict } from '../../../src/demo/fill-demo-district';
import { startTestApp, TestApp } from '../../support/test-app';

/** The real app on a fresh data directory, filled with the demo district through the real command path. */
export async function startDemoServer(): Promise<TestApp & { baseUrl: string }> {
  const app = await startTestApp();
  const baseUrl = (await app.app.getUrl()).replace('[::1]', '127.0.0.1');
  await fillDemoDistrict(baseUrl, app.tokens.admin, SILENT_PROGRESS);
  return Object.assign(app, { baseUrl });
}
