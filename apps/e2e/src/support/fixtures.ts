// The `test` of the browser journeys: @playwright/test with the stack's URL as baseURL and one page per demo
// user, already logged in. Each logged-in page has its own browser context (a fresh, empty profile), so a test
// can drive two people at once:
//
//   test('…', async ({ coordinatorPage, officerPage }) => { … });
import fs from 'node:fs';
import path from 'node:path';
import { test as base, expect, type Browser, type Page } from '@playwright/test';

export { expect };

/** Every demo user shares this password (apps/api/src/seed/seed.service.ts). */
export const DEMO_PASSWORD = 'Demo@12345';

export const DEMO_USERS = {
  admin: 'admin@demo.partrack.vn',
  coordinator: 'coordinator@demo.partrack.vn',
  officer: 'officer@demo.partrack.vn',
  manager: 'manager@demo.partrack.vn',
} as const;

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');
/** The screens each journey saves on its way (failures also get a screenshot and a trace in tmp/e2e-results/). */
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'tmp', 'e2e-screenshots');

/** The stack under test, set by the global setup (or by you, to test a running instance). */
export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) {
    throw new Error(
      'E2E_BASE_URL is not set: run the browser tests with playwright test -c apps/e2e/playwright.config.ts',
    );
  }
  return url.replace(/\/+$/, '');
}

/** Logs in through the login form and waits until the SPA has left /login. */
export async function login(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect(page).toHaveURL((url) => !url.pathname.startsWith('/login'));
}

/** Saves a full-page PNG of the current screen to tmp/e2e-screenshots/. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const safe =
    name
      .replace(/[^\p{L}\p{N}._-]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 120) || 'screenshot';
  const file = path.join(SCREENSHOT_DIR, `${safe}-${new Date().toISOString().replace(/[:.]/g, '-')}.png`);
  await page.screenshot({ path: file, fullPage: true });
}

/**
 * antd's messages (the toasts at the top) vanish after 3 s, which polling can miss on a busy machine: this
 * records the text of each message the page shows from now on (until it navigates away), to check with
 *
 *   const messages = await recordMessages(page);
 *   …
 *   await expect.poll(messages).toContainEqual(expect.stringMatching(/^Đã duyệt /));
 */
export async function recordMessages(page: Page): Promise<() => Promise<string[]>> {
  // A string: this project compiles without the DOM types.
  await page.evaluate(`(() => {
    const seen = (window.__e2eMessages = []);
    new MutationObserver(() => {
      for (const notice of document.querySelectorAll('.ant-message-notice')) {
        if (notice.__e2eSeen) continue;
        notice.__e2eSeen = true;
        seen.push(notice.textContent);
      }
    }).observe(document.body, { childList: true, subtree: true });
  })()`);
  return () => page.evaluate<string[]>('window.__e2eMessages');
}

async function loggedInPage(browser: Browser, email: string, use: (page: Page) => Promise<void>) {
  // The context options of the config (baseURL, locale, time zone, viewport) apply to this context too.
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await login(page, email);
    await use(page);
  } finally {
    await context.close();
  }
}

interface Fixtures {
  /** The demo coordinator (Sở Nội vụ), logged in. */
  coordinatorPage: Page;
  /** The demo officer (Sở Thông tin và Truyền thông), logged in. */
  officerPage: Page;
  /** The demo manager (UBND thành phố Tam Kỳ), logged in. */
  managerPage: Page;
}

export const test = base.extend<Fixtures>({
  // The URL the global setup started the stack on (or E2E_BASE_URL given from outside): page.goto('/…').
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
  baseURL: async ({}, use) => {
    await use(baseUrl());
  },
  coordinatorPage: async ({ browser }, use) => {
    await loggedInPage(browser, DEMO_USERS.coordinator, use);
  },
  officerPage: async ({ browser }, use) => {
    await loggedInPage(browser, DEMO_USERS.officer, use);
  },
  managerPage: async ({ browser }, use) => {
    await loggedInPage(browser, DEMO_USERS.manager, use);
  },
});
