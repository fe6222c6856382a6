// The periodic reports journey, with two people in two browsers: the demo coordinator (Sở Nội vụ) creates an
// ad hoc round for 2022 through the UI (a fresh round, so the officer's report is a DRAFT whatever the demo
// data holds); the officer (Sở Thông tin và Truyền thông) writes the narrative and submits; the coordinator
// returns it with a comment; the officer sees the comment and a REPORT_RETURNED notification in the bell, edits
// and resubmits; the coordinator accepts it and downloads the Word file, checked to be a DOCX whose
// word/document.xml says "BÁO CÁO". Each new screen is saved to tmp/e2e-screenshots/.
import fs from 'node:fs';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './support/fixtures';

const STAMP = Date.now();
const TITLE = `Báo cáo đột xuất kiểm thử e2e ${STAMP}`;
const DIRECTION =
  'Sở đã ban hành kế hoạch chuyển đổi số năm 2022.\n- Vận hành **cổng dịch vụ công** của tỉnh';
const AREA_VI = '- Số hóa hồ sơ thủ tục hành chính tại bộ phận một cửa';
const COMMENT = `Đề nghị bổ sung đánh giá chung (kiểm thử e2e ${STAMP})`;
const ASSESSMENT = 'Cơ bản hoàn thành các nhiệm vụ được giao; đã bổ sung theo ý kiến của Sở Nội vụ.';
/** Opening a round creates a report for each of the province's ~55 agencies, and submitting computes the data. */
const SLOW = { timeout: 60_000 };

/** A day counted from today in Vietnam, as the date pickers take it (DD/MM/YYYY). */
function vietnamDate(daysFromToday: number): string {
  const day = new Date(Date.now() + daysFromToday * 86_400_000);
  const iso = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(day);
  const [year, month, date] = iso.split('-');
  return `${date}/${month}/${year}`;
}

/** Picks an option of an antd Select by its label (the open dropdown is the only visible one). */
async function pickOption(page: Page, testId: string, label: string): Promise<void> {
  const select = page.getByTestId(testId);
  const option = page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${label}"]`);
  // antd slides the dropdown in; a click that lands mid-animation can be lost: retry until the select shows it.
  await expect(async () => {
    if (!(await option.isVisible())) await select.click({ timeout: 5000 });
    await option.click({ timeout: 5000 });
    await expect(select).toContainText(label, { timeout: 2000 });
  }, `choosing "${label}" in ${testId}`).toPass({ timeout: 30_000 });
}

/** Fills an antd DatePicker (the test id is on its input) and confirms with Enter. */
async function pickDate(page: Page, testId: string, text: string): Promise<void> {
  const input = page.getByTestId(testId);
  await input.click();
  await input.fill(text);
  await input.press('Enter');
}

test.describe('reports journey (browser)', () => {
  test('drafts, submits, returns, resubmits, accepts and downloads an agency report', async ({
    coordinatorPage: coord,
    officerPage: off,
  }) => {
    let reportPath = '';

    await test.step('the coordinator creates an ad hoc round for 2022 (the demo plan year: the data has tasks)', async () => {
      await coord.goto('/reports?year=2022');
      await expect(coord.getByTestId('reporting-calendar').getByText('Quý I/2022').first()).toBeVisible();
      await saveScreenshot(coord, 'reports-calendar');
      await coord.getByTestId('round-create-adhoc').click();
      await coord.getByTestId('round-form-title').fill(TITLE);
      await pickOption(coord, 'round-form-period', 'Quý IV/2022');
      // Choosing the period filled in the data window.
      await expect(coord.getByTestId('round-form-data-from')).toHaveValue('01/10/2022');
      await expect(coord.getByTestId('round-form-data-to')).toHaveValue('31/12/2022');
      await pickDate(coord, 'round-form-due-date', vietnamDate(14));
      await saveScreenshot(coord, 'reports-adhoc-form');
      await coord.getByTestId('round-form-submit').click();

      // The new round's dashboard: every agency has a report to write, none submitted yet.
      await expect(coord.getByTestId('round-title').getByText(TITLE)).toBeVisible(SLOW);
      await expect(coord.getByTestId('counter-submitted')).toContainText('0');
      const link = coord
        .getByTestId('round-agencies')
        .getByRole('link', { name: 'Sở Thông tin và Truyền thông' });
      await expect(link).toHaveAttribute('href', /^\/reports\/[\w-]+$/);
      reportPath = (await link.getAttribute('href')) ?? '';
      await saveScreenshot(coord, 'reports-round-dashboard');
    });

    await test.step('the officer finds the report under "Báo cáo của tôi", writes, saves and submits', async () => {
      await off.goto('/reports');
      await off.getByTestId('my-reports').getByRole('link', { name: TITLE }).click();
      await expect(off.getByTestId('report-editor')).toBeVisible(SLOW);
      await expect(off.getByTestId('report-header')).toContainText('Đang soạn');
      await expect(off.getByTestId('report-data-note')).toContainText('Số liệu tự động cập nhật đến khi nộp');
      await off.getByTestId('report-direction').fill(DIRECTION);
      await off.getByTestId('report-area-VI').fill(AREA_VI);
      // The live preview shows the bullet and the bold text as the Word file will.
      await expect(
        off.getByTestId('report-direction-preview').locator('strong', { hasText: 'cổng dịch vụ công' }),
      ).toBeVisible();
      await off.getByTestId('report-signer-name').fill('Nguyễn Văn Kiểm Thử');
      await off.getByTestId('report-save').click();
      await expect(off.getByText('Đã lưu báo cáo')).toBeVisible();
      await saveScreenshot(off, 'report-editor-saved');

      await off.getByTestId('report-submit').click();
      await off.getByTestId('report-submit-confirm').click();
      await expect(off.getByTestId('report-readonly')).toBeVisible(SLOW);
      await expect(off.getByTestId('report-readonly')).toHaveAttribute('data-reason', 'SUBMITTED');
      await expect(off.getByTestId('report-data-note')).toContainText('Số liệu đã chốt khi nộp');
      await saveScreenshot(off, 'report-submitted');
    });

    await test.step('the coordinator returns it: the comment is required', async () => {
      await coord.goto(reportPath);
      await expect(coord.getByTestId('document-direction').getByText('cổng dịch vụ công')).toBeVisible();
      await coord.getByTestId('report-return').click();
      await coord.getByTestId('report-comment-submit').click();
      await expect(coord.getByText('Vui lòng nhập ý kiến để cơ quan biết cần sửa gì.')).toBeVisible();
      await coord.getByTestId('report-comment-input').fill(COMMENT);
      await coord.getByTestId('report-comment-submit').click();
      await expect(coord.getByText('Đã trả lại báo cáo')).toBeVisible();
      await expect(coord.getByTestId('report-header').getByText('Bị trả lại')).toBeVisible();
      await saveScreenshot(coord, 'report-returned');
    });

    await test.step('the officer sees the comment and the notification, edits and resubmits', async () => {
      await off.reload();
      await expect(
        off.getByTestId('report-return-comment').getByText(COMMENT, { exact: false }),
      ).toBeVisible();
      await expect(off.locator('[data-testid="notification-bell"]:not([data-count="0"])')).toBeVisible();
      await off.getByTestId('notification-bell').click();
      const returned = off.getByTestId('notification-panel').locator('[data-kind="REPORT_RETURNED"]').first();
      await expect(returned).toBeVisible();
      await expect(returned).toHaveAttribute('data-unread', 'true');
      await saveScreenshot(off, 'notification-bell');
      await returned.click();
      await expect(off).toHaveURL((url) => url.pathname === reportPath);

      await expect(off.getByTestId('report-editor')).toBeVisible();
      await off.getByTestId('report-assessment').fill(ASSESSMENT);
      // Submitting with unsaved text saves it first.
      await off.getByTestId('report-submit').click();
      await expect(off.getByTestId('report-submit-dialog').getByText('Các thay đổi chưa lưu')).toBeVisible();
      await off.getByTestId('report-submit-confirm').click();
      await expect(off.getByTestId('report-readonly')).toBeVisible(SLOW);
      await expect(off.getByTestId('document-assessment').getByText(ASSESSMENT)).toBeVisible();
      await saveScreenshot(off, 'report-resubmitted');
    });

    await test.step('the coordinator accepts it and downloads the Word file', async () => {
      await coord.reload();
      await expect(coord.getByTestId('document-assessment').getByText(ASSESSMENT)).toBeVisible();
      await coord.getByTestId('report-accept').click();
      await coord.getByTestId('report-accept-confirm').click();
      await expect(coord.getByText('Đã tiếp nhận báo cáo')).toBeVisible();
      await expect(coord.getByTestId('report-header').getByText('Đã tiếp nhận')).toBeVisible();
      await expect(coord.getByTestId('report-events')).toContainText(COMMENT);
      await saveScreenshot(coord, 'report-accepted');

      const downloading = coord.waitForEvent('download', SLOW);
      await coord.getByTestId('report-download-docx').click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/\.docx$/);
      const bytes = fs.readFileSync(await download.path());
      // A DOCX is a ZIP (PK\x03\x04) holding the body in word/document.xml.
      expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
      const zip = await JSZip.loadAsync(bytes);
      const xml = await zip.file('word/document.xml')?.async('string');
      expect(xml).toContain('BÁO CÁO');
      expect(xml).toContain('cổng dịch vụ công');
    });
  });
});
