// The coordinator's indicator journey on the demo data: in the review queue, approve one submitted figure and
// return another with a reason (both leave the queue); then the scoreboard of the districts for Q3/2022:
// cells coloured by status, the Excel export (an XLSX whose sheet names the period and the first district),
// and a cell that opens the indicator for that district and period. Screens go to tmp/e2e-screenshots/.
import fs from 'node:fs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { login } from './support/auth';
import {
  baseUrl,
  launchBrowser,
  saveScreenshot,
  withScreenshotOnFailure,
  type BrowserSession,
} from './support/browser';

const REASON = `Đề nghị kiểm tra lại mẫu số (kiểm thử e2e ${Date.now()})`;
const SLOW = { timeout: 60_000 };
const APPROVE = '[data-testid^="review-approve-"]';

/** The id of the n-th submitted figure in the queue (from its approve button). */
async function queuedId(page: Page, index: number): Promise<string> {
  const button = page.locator(APPROVE).nth(index);
  await button.waitFor(SLOW);
  const testId = await button.getAttribute('data-testid');
  return (testId ?? '').replace('review-approve-', '');
}

/**
 * Approves a queued figure: its button opens a Popconfirm, whose OK sends the mutation. The queue may still
 * re-render as its data settles, closing the popover under the click; so retry until the figure is approved.
 */
async function approve(page: Page, id: string): Promise<void> {
  const ok = page.locator('.ant-popconfirm:visible .ant-popconfirm-buttons .ant-btn-primary');
  const done = page.getByText(/^Đã duyệt số liệu của /);
  for (let attempt = 1; attempt <= 3; attempt++) {
    const button = page.getByTestId(`review-approve-${id}`);
    // Gone from the queue: an earlier OK went through after all.
    if ((await button.count()) === 0) break;
    await button.click();
    await ok.click({ timeout: 5000 }).catch(() => undefined);
    if (
      await done.waitFor({ timeout: 5000 }).then(
        () => true,
        () => false,
      )
    )
      return;
  }
  throw new Error(`Could not approve figure ${id}`);
}

describe('indicators journey (browser)', () => {
  let coordinator: BrowserSession;

  beforeAll(async () => {
    coordinator = await launchBrowser();
  });
  afterAll(async () => {
    await coordinator?.close();
  });

  it('reviews submitted figures, then reads and exports the scoreboard', async () => {
    const page = coordinator.page;
    await login(page, 'coordinator@demo.partrack.vn');

    // 1. The review queue: approve one figure, return another with a reason.
    await withScreenshotOnFailure(page, async () => {
      await page.goto(`${baseUrl()}/indicators/review`);
      await page.waitForLoadState('networkidle');
      const approved = await queuedId(page, 0);
      const returned = await queuedId(page, 1);
      await saveScreenshot(page, 'indicators-review-queue');
      await approve(page, approved);
      await page.getByTestId(`review-approve-${approved}`).waitFor({ state: 'detached' });

      await page.getByTestId(`review-return-${returned}`).click();
      await page.getByTestId('reason-submit').click();
      await page.getByText('Nhập lý do để cơ quan biết cần sửa gì').waitFor();
      await page.getByTestId('reason-input').fill(REASON);
      await page.getByTestId('reason-submit').click();
      await page.getByTestId(`review-return-${returned}`).waitFor({ state: 'detached' });
      await saveScreenshot(page, 'indicators-review-done');
    });

    // 2. The districts' scoreboard for Q3/2022, its Excel export, and a cell opening the indicator.
    await withScreenshotOnFailure(page, async () => {
      await page.goto(`${baseUrl()}/indicators/scoreboard?period=2022-Q3&level=DISTRICT`);
      await page.getByTestId('scoreboard').waitFor(SLOW);
      const cells = page.locator('[data-testid^="cell-"]');
      expect(await cells.count()).toBeGreaterThan(10);
      // The demo's Q3 figures are mostly approved: most cells have a status other than "no data".
      const judged = page.locator('[data-testid^="cell-"][data-status]:not([data-status="NO_DATA"])');
      expect(await judged.count()).toBeGreaterThan((await cells.count()) / 2);
      const firstDistrict = (await page.locator('tbody th').first().textContent()) ?? '';
      expect(firstDistrict).toMatch(/^Ủy ban nhân dân (huyện|thị xã|thành phố) /);
      await saveScreenshot(page, 'indicators-scoreboard');

      const [download] = await Promise.all([
        page.waitForEvent('download', SLOW),
        page.getByTestId('scoreboard-export').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^bang-theo-doi-.+-2022-Q3-DISTRICT\.xlsx$/);
      const bytes = fs.readFileSync(await download.path());
      const zip = await JSZip.loadAsync(bytes);
      const strings = (await zip.file('xl/sharedStrings.xml')?.async('string')) ?? '';
      expect(strings).toContain('Bảng theo dõi chỉ tiêu — Quý III/2022 — Cấp huyện');
      expect(strings).toContain(firstDistrict);

      const first = cells.first();
      const href = (await first.getAttribute('href')) ?? '';
      expect(href).toMatch(/^\/indicators\/[\w-]+\?agency=[\w-]+&period=2022-Q3$/);
      await first.click();
      await page.waitForURL((url) => url.pathname + url.search === href);
      await page.getByTestId('indicator-detail').waitFor(SLOW);
      await saveScreenshot(page, 'indicators-detail-from-scoreboard');
    });
  });
});
