// Smoke test of the browser-test setup itself: the stack is up and Chromium can reach it.
import { baseUrl, launchBrowser, withScreenshotOnFailure, type BrowserSession } from './support/browser';

describe('health (browser smoke test)', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await launchBrowser();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('opens /health/ready and reads status "ok"', async () => {
    const { page } = session;
    await withScreenshotOnFailure(page, async () => {
      const response = await page.goto(`${baseUrl()}/health/ready`);
      expect(response).not.toBeNull();
      expect(response!.status()).toBe(200);
      const body = (await response!.json()) as { status?: unknown };
      expect(body.status).toBe('ok');
    });
  });
});
