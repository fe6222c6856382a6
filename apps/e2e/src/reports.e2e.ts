// The periodic reports journey, with two people in two browsers: the demo coordinator (Sở Nội vụ) creates an
// ad hoc round for 2022 through the UI (a fresh round, so the officer's report is a DRAFT whatever the demo
// data holds); the officer (Sở Thông tin và Truyền thông) writes the narrative and submits; the coordinator
// returns it with a comment; the officer sees the comment and a REPORT_RETURNED notification in the bell, edits
// and resubmits; the coordinator accepts it and downloads the Word file, checked to be a DOCX whose
// word/document.xml says "BÁO CÁO". Each new screen is saved to tmp/e2e-screenshots/.
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
  // antd slides the dropdown in; a click that lands mid-animation can be lost, so check and click again.
  for (let attempt = 1; attempt <= 3; attempt++) {
    if (!(await option.isVisible())) await select.click();
    await option.waitFor();
    await option.click();
    for (let poll = 0; poll < 20; poll++) {
      if ((await select.textContent())?.includes(label)) return;
      await page.waitForTimeout(100);
    }
  }
  throw new Error(`Could not choose "${label}" in ${testId}`);
}

/** Waits for an input to show `value` (it may be filled in by an effect), then asserts it. */
async function expectInputValue(page: Page, testId: string, value: string): Promise<void> {
  const input = page.getByTestId(testId);
  // A string predicate: this project compiles without the DOM types.
  const predicate = `document.querySelector('[data-testid="${testId}"]')?.value === ${JSON.stringify(value)}`;
  await page.waitForFunction(predicate, undefined, { timeout: 5000 }).catch(() => undefined);
  expect(await input.inputValue()).toBe(value);
}

/** Fills an antd DatePicker (the test id is on its input) and confirms with Enter. */
async function pickDate(page: Page, testId: string, text: string): Promise<void> {
  const input = page.getByTestId(testId);
  await input.click();
  await input.fill(text);
  await input.press('Enter');
}

describe('reports journey (browser)', () => {
  let coordinator: BrowserSession;
  let officer: BrowserSession;

  beforeAll(async () => {
    coordinator = await launchBrowser();
    officer = await launchBrowser();
  });
  afterAll(async () => {
    await officer?.close();
    await coordinator?.close();
  });

  it('drafts, submits, returns, resubmits, accepts and downloads an agency report', async () => {
    const coord = coordinator.page;
    const off = officer.page;
    let reportPath = '';

    // 1. The coordinator creates an ad hoc round for 2022 (the year of the demo plan, so the data has tasks).
    await withScreenshotOnFailure(coord, async () => {
      await login(coord, 'coordinator@demo.partrack.vn');
      await coord.goto(`${baseUrl()}/reports?year=2022`);
      await coord.getByTestId('reporting-calendar').getByText('Quý I/2022').first().waitFor();
      await saveScreenshot(coord, 'reports-calendar');
      await coord.getByTestId('round-create-adhoc').click();
      await coord.getByTestId('round-form-title').fill(TITLE);
      await pickOption(coord, 'round-form-period', 'Quý IV/2022');
      // Choosing the period filled in the data window.
      await expectInputValue(coord, 'round-form-data-from', '01/10/2022');
      await expectInputValue(coord, 'round-form-data-to', '31/12/2022');
      await pickDate(coord, 'round-form-due-date', vietnamDate(14));
      await saveScreenshot(coord, 'reports-adhoc-form');
      await coord.getByTestId('round-form-submit').click();

      // The new round's dashboard: every agency has a report to write, none submitted yet.
      await coord.getByTestId('round-title').getByText(TITLE).waitFor(SLOW);
      expect(await coord.getByTestId('counter-submitted').textContent()).toContain('0');
      const link = coord
        .getByTestId('round-agencies')
        .getByRole('link', { name: 'Sở Thông tin và Truyền thông' });
      reportPath = (await link.getAttribute('href')) ?? '';
      expect(reportPath).toMatch(/^\/reports\/[\w-]+$/);
      await saveScreenshot(coord, 'reports-round-dashboard');
    });

    // 2. The officer finds the report under "Báo cáo của tôi", writes the narrative, saves and submits.
    await withScreenshotOnFailure(off, async () => {
      await login(off, 'officer@demo.partrack.vn');
      await off.goto(`${baseUrl()}/reports`);
      await off.getByTestId('my-reports').getByRole('link', { name: TITLE }).click();
      await off.getByTestId('report-editor').waitFor(SLOW);
      expect(await off.getByTestId('report-header').textContent()).toContain('Đang soạn');
      expect(await off.getByTestId('report-data-note').textContent()).toContain(
        'Số liệu tự động cập nhật đến khi nộp',
      );
      await off.getByTestId('report-direction').fill(DIRECTION);
      await off.getByTestId('report-area-VI').fill(AREA_VI);
      // The live preview shows the bullet and the bold text as the Word file will.
      await off
        .getByTestId('report-direction-preview')
        .locator('strong', { hasText: 'cổng dịch vụ công' })
        .waitFor();
      await off.getByTestId('report-signer-name').fill('Nguyễn Văn Kiểm Thử');
      await off.getByTestId('report-save').click();
      await off.getByText('Đã lưu báo cáo').waitFor();
      await saveScreenshot(off, 'report-editor-saved');

      await off.getByTestId('report-submit').click();
      await off.getByTestId('report-submit-confirm').click();
      await off.getByTestId('report-readonly').waitFor(SLOW);
      expect(await off.getByTestId('report-readonly').getAttribute('data-reason')).toBe('SUBMITTED');
      expect(await off.getByTestId('report-data-note').textContent()).toContain('Số liệu đã chốt khi nộp');
      await saveScreenshot(off, 'report-submitted');
    });

    // 3. The coordinator returns it: the comment is required.
    await withScreenshotOnFailure(coord, async () => {
      await coord.goto(`${baseUrl()}${reportPath}`);
      await coord.getByTestId('document-direction').getByText('cổng dịch vụ công').waitFor();
      await coord.getByTestId('report-return').click();
      await coord.getByTestId('report-comment-submit').click();
      await coord.getByText('Vui lòng nhập ý kiến để cơ quan biết cần sửa gì.').waitFor();
      await coord.getByTestId('report-comment-input').fill(COMMENT);
      await coord.getByTestId('report-comment-submit').click();
      await coord.getByText('Đã trả lại báo cáo').waitFor();
      await coord.getByTestId('report-header').getByText('Bị trả lại').waitFor();
      await saveScreenshot(coord, 'report-returned');
    });

    // 4. The officer sees the comment and the notification, edits and resubmits.
    await withScreenshotOnFailure(off, async () => {
      await off.reload();
      await off.getByTestId('report-return-comment').getByText(COMMENT, { exact: false }).waitFor();
      await off.locator('[data-testid="notification-bell"]:not([data-count="0"])').waitFor();
      await off.getByTestId('notification-bell').click();
      const returned = off.getByTestId('notification-panel').locator('[data-kind="REPORT_RETURNED"]').first();
      await returned.waitFor();
      expect(await returned.getAttribute('data-unread')).toBe('true');
      await saveScreenshot(off, 'notification-bell');
      await returned.click();
      await off.waitForURL((url) => url.pathname === reportPath);

      await off.getByTestId('report-editor').waitFor();
      await off.getByTestId('report-assessment').fill(ASSESSMENT);
      // Submitting with unsaved text saves it first.
      await off.getByTestId('report-submit').click();
      await off.getByTestId('report-submit-dialog').getByText('Các thay đổi chưa lưu').waitFor();
      await off.getByTestId('report-submit-confirm').click();
      await off.getByTestId('report-readonly').waitFor(SLOW);
      await off.getByTestId('document-assessment').getByText(ASSESSMENT).waitFor();
      await saveScreenshot(off, 'report-resubmitted');
    });

    // 5. The coordinator accepts it and downloads the Word file.
    await withScreenshotOnFailure(coord, async () => {
      await coord.reload();
      await coord.getByTestId('document-assessment').getByText(ASSESSMENT).waitFor();
      await coord.getByTestId('report-accept').click();
      await coord.getByTestId('report-accept-confirm').click();
      await coord.getByText('Đã tiếp nhận báo cáo').waitFor();
      await coord.getByTestId('report-header').getByText('Đã tiếp nhận').waitFor();
      const events = coord.getByTestId('report-events');
      expect(await events.textContent()).toContain(COMMENT);
      await saveScreenshot(coord, 'report-accepted');

      const [download] = await Promise.all([
        coord.waitForEvent('download', SLOW),
        coord.getByTestId('report-download-docx').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.docx$/);
      const file = await download.path();
      const bytes = fs.readFileSync(file);
      // A DOCX is a ZIP (PK\x03\x04) holding the body in word/document.xml.
      expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
      const zip = await JSZip.loadAsync(bytes);
      const xml = await zip.file('word/document.xml')?.async('string');
      expect(xml).toContain('BÁO CÁO');
      expect(xml).toContain('cổng dịch vụ công');
    });
  });
});
