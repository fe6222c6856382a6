import type { Page } from 'playwright-core';
import { baseUrl } from './browser';

/** Every demo user shares this password (apps/api/src/seed/seed.service.ts). */
export const DEMO_PASSWORD = 'Demo@12345';

/** Logs in through the login form and waits until the SPA has left /login. */
export async function login(page: Page, email: string): Promise<void> {
  await page.goto(`${baseUrl()}/login`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}
