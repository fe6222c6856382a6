// Smoke test of the browser-test setup itself: the stack is up and Chromium can reach it.
import { expect, test } from './support/fixtures';

test.describe('health (browser smoke test)', () => {
  test('opens /health/ready and reads status "ok"', async ({ page }) => {
    const response = await page.goto('/health/ready');
    expect(response).not.toBeNull();
    expect(response!.status()).toBe(200);
    const body = (await response!.json()) as { status?: unknown };
    expect(body.status).toBe('ok');
  });
});
