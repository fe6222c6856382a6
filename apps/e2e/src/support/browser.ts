// Debian's Chromium driven by playwright-core (no browser download). Each session gets a fresh, empty profile.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless, sandbox-free (we run as root in CI) and quiet: without the background-networking flags Chromium
 * keeps trying to reach Google's servers, which this machine's closed network refuses.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'tmp', 'e2e-screenshots');

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  viewport?: { width: number; height: number };
  /** The SPA defaults to Vietnamese; tests may ask for 'en-US'. */
  locale?: string;
}

/** The stack under test, set by the global setup (or by you, to test a running instance). */
export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url)
    throw new Error('E2E_BASE_URL is not set: run the browser tests with jest -c apps/e2e/jest.config.js');
  return url.replace(/\/+$/, '');
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<BrowserSession> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'partrack-e2e-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: options.viewport ?? { width: 1366, height: 900 },
      locale: options.locale ?? 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
  } catch (err) {
    fs.rmSync(userDataDir, { recursive: true, force: true });
    throw err;
  }
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      try {
        await context.close();
      } finally {
        fs.rmSync(userDataDir, { recursive: true, force: true });
      }
    },
  };
}

/** Saves a full-page PNG to tmp/e2e-screenshots/ and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const safe =
    name
      .replace(/[^\p{L}\p{N}._-]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 120) || 'screenshot';
  const file = path.join(SCREENSHOT_DIR, `${safe}-${new Date().toISOString().replace(/[:.]/g, '-')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Runs `fn`; if it throws, saves a screenshot named after the current test, then rethrows.
 *
 *   await withScreenshotOnFailure(page, async () => { ... });
 */
export async function withScreenshotOnFailure<T>(
  page: Page,
  fn: () => Promise<T>,
  name?: string,
): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    const label = name ?? expect.getState().currentTestName ?? 'failure';
    try {
      const file = await saveScreenshot(page, `FAILED-${label}`);
      console.error(`Screenshot of the failure: ${path.relative(REPO_ROOT, file)}`);
    } catch (shotErr) {
      console.error(`Could not save a screenshot: ${String(shotErr)}`);
    }
    throw err;
  }
}
