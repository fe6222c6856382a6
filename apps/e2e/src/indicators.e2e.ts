// The coordinator's indicator journey on the demo data: in the review queue, approve one submitted figure and
// return another with a reason (both leave the queue); then the scoreboard of the districts for Q3/2022:
// cells coloured by status, the Excel export (an XLSX whose sheet names the period and the first district),
// and a cell that opens the indicator for that district and period. Screens go to tmp/e2e-screenshots/.
import fs from 'node:fs';
import JSZip from 'jszip';
import type { Page, Request } from '@playwright/test';
import { expect, recordMessages, saveScreenshot, test } from './support/fixtures';

const REASON = `Đề nghị kiểm tra lại mẫu số (kiểm thử e2e ${Date.now()})`;
const SLOW = { timeout: 60_000 };
const APPROVE = '[data-testid^="review-approve-"]';

/** The id of the n-th submitted figure in the queue (from its approve button). */
async function queuedId(page: Page, index: number): Promise<string> {
  const button = page.locator(APPROVE).nth(index);
  await expect(button).toBeVisible(SLOW);
  const testId = await button.getAttribute('data-testid');
  return (testId ?? '').replace('review-approve-', '');
}

/**
 * Approves a queued figure: its button opens a Popconfirm, whose OK sends the mutation; the SPA then says so in
 * a message. The queue may still re-render as its data settles, closing the popover under the click; so the
 * gesture is retried until the mutation has been sent (seen on the network), never after.
 */
async function approve(page: Page, id: string): Promise<void> {
  const button = page.getByTestId(`review-approve-${id}`);
  const ok = page.locator('.ant-popconfirm:visible .ant-popconfirm-buttons .ant-btn-primary');
  const messages = await recordMessages(page);
  let sent = false;
  const onRequest = (request: Request) => {
    const body = request.postData() ?? '';
    if (body.includes('"APPROVE"') && body.includes(id)) sent = true;
  };
  page.on('request', onRequest);
  try {
    await expect(async () => {
      if (!sent) {
        if (!(await ok.isVisible())) await button.click({ timeout: 5000 });
        await ok.click({ timeout: 5000 });
      }
      await expect.poll(() => sent, { timeout: 2000 }).toBe(true);
    }, `sending the approval of figure ${id}`).toPass({ timeout: 45_000 });
  } finally {
    page.off('request', onRequest);
  }
  await expect.poll(messages, SLOW).toContainEqual(expect.stringMatching(/^Đã duyệt số liệu của /));
}

test.describe('indicators journey (browser)', () => {
  test('reviews submitted figures, then reads and exports the scoreboard', async ({
    coordinatorPage: page,
  }) => {
    await test.step('the review queue: approve one figure, return another with a reason', async () => {
      await page.goto('/indicators/review');
      const approved = await queuedId(page, 0);
      const returned = await queuedId(page, 1);
      await saveScreenshot(page, 'indicators-review-queue');
      await approve(page, approved);
      await expect(page.getByTestId(`review-approve-${approved}`)).not.toBeAttached();

      await page.getByTestId(`review-return-${returned}`).click();
      await page.getByTestId('reason-submit').click();
      await expect(page.getByText('Nhập lý do để cơ quan biết cần sửa gì')).toBeVisible();
      await page.getByTestId('reason-input').fill(REASON);
      await page.getByTestId('reason-submit').click();
      await expect(page.getByTestId(`review-return-${returned}`)).not.toBeAttached();
      await saveScreenshot(page, 'indicators-review-done');
    });

    await test.step("the districts' scoreboard for Q3/2022, its Excel export, a cell opening the indicator", async () => {
      await page.goto('/indicators/scoreboard?period=2022-Q3&level=DISTRICT');
      await expect(page.getByTestId('scoreboard')).toBeVisible(SLOW);
      const cells = page.locator('[data-testid^="cell-"]');
      await expect.poll(() => cells.count()).toBeGreaterThan(10);
      // The demo's Q3 figures are mostly approved: most cells have a status other than "no data".
      const total = await cells.count();
      const judged = page.locator('[data-testid^="cell-"][data-status]:not([data-status="NO_DATA"])');
      await expect.poll(() => judged.count()).toBeGreaterThan(total / 2);
      const districtHeader = page.locator('tbody th').first();
      await expect(districtHeader).toHaveText(/^Ủy ban nhân dân (huyện|thị xã|thành phố) /);
      const firstDistrict = (await districtHeader.textContent()) ?? '';
      await saveScreenshot(page, 'indicators-scoreboard');

      const downloading = page.waitForEvent('download', SLOW);
      await page.getByTestId('scoreboard-export').click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^bang-theo-doi-.+-2022-Q3-DISTRICT\.xlsx$/);
      const zip = await JSZip.loadAsync(fs.readFileSync(await download.path()));
      const strings = (await zip.file('xl/sharedStrings.xml')?.async('string')) ?? '';
      expect(strings).toContain('Bảng theo dõi chỉ tiêu — Quý III/2022 — Cấp huyện');
      expect(strings).toContain(firstDistrict);

      const first = cells.first();
      await expect(first).toHaveAttribute('href', /^\/indicators\/[\w-]+\?agency=[\w-]+&period=2022-Q3$/);
      const href = (await first.getAttribute('href')) ?? '';
      await first.click();
      await expect(page).toHaveURL((url) => url.pathname + url.search === href);
      await expect(page.getByTestId('indicator-detail')).toBeVisible(SLOW);
      await saveScreenshot(page, 'indicators-detail-from-scoreboard');
    });
  });
});
