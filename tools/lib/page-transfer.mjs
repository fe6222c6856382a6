// What a browser downloads to show one page: Debian's Chromium (via playwright-core) opens the URL with an
// empty cache and the bytes that crossed the wire (encoded body sizes, so after brotli/gzip) are summed
// by type. Used by tools/ci-production.mjs and runnable alone:
//
//   node tools/lib/page-transfer.mjs http://127.0.0.1:3000/login
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// The same flags as the browser tests (apps/e2e/playwright.config.ts): headless, no sandbox (root in CI), no calls home.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * @param {string} url
 * @param {{ waitFor?: string }} [options] a CSS selector that proves the page rendered
 * @returns {Promise<{ files: { url: string, type: string, encoding: string, bytes: number }[],
 *   js: number, css: number, total: number }>}
 */
export async function measurePageTransfer(url, options = {}) {
  const { chromium } = await import('playwright-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'partrack-transfer-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const finished = [];
      page.on('requestfinished', (request) => finished.push(request));
      await page.goto(url, { waitUntil: 'networkidle', timeout: 30_000 });
      if (options.waitFor) await page.waitForSelector(options.waitFor, { timeout: 15_000 });
      const files = [];
      for (const request of finished) {
        const response = await request.response();
        if (!response) continue;
        const sizes = await request.sizes();
        const headers = await response.allHeaders();
        files.push({
          url: request.url(),
          type: request.resourceType(),
          encoding: headers['content-encoding'] ?? 'identity',
          bytes: sizes.responseBodySize,
        });
      }
      const sum = (type) => files.filter((f) => f.type === type).reduce((s, f) => s + f.bytes, 0);
      return {
        files,
        js: sum('script'),
        css: sum('stylesheet'),
        total: files.reduce((s, f) => s + f.bytes, 0),
      };
    } finally {
      await context.close();
    }
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const url = process.argv[2];
  if (!url) {
    console.error('usage: node tools/lib/page-transfer.mjs <url>');
    process.exit(2);
  }
  const result = await measurePageTransfer(url);
  for (const f of result.files)
    console.log(`${String(f.bytes).padStart(9)}  ${f.encoding.padEnd(8)} ${f.type.padEnd(10)} ${f.url}`);
  console.log(`JS ${result.js} B, CSS ${result.css} B, all ${result.total} B over the wire`);
}
