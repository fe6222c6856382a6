// The plans journey: the demo coordinator (Sở Nội vụ) imports the 2022 Quảng Nam plan text as a new plan,
// reads the dry-run problems, commits, opens the plan overview, then reports progress on a task its agency
// leads and sees the update in the timeline. Each new screen is saved to tmp/e2e-screenshots/.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import {
  baseUrl,
  launchBrowser,
  saveScreenshot,
  withScreenshotOnFailure,
  type BrowserSession,
} from './support/browser';

const SEED_TEXT = path.resolve(__dirname, '../../api/src/seed/data/ke-hoach-cchc-2022-quang-nam.txt');
const CODE = `KH-E2E-${Date.now()}`;
const NOTE = 'Đã trình dự thảo kế hoạch đào tạo, bồi dưỡng (kiểm thử e2e)';
/** Parsing and resolving ~80 items and writing them takes a few seconds on a small machine. */
const SLOW = { timeout: 60_000 };

async function login(page: Page, email: string): Promise<void> {
  await page.goto(`${baseUrl()}/login`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill('Demo@12345');
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

describe('plans journey (browser)', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await launchBrowser();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('imports the plan text, reviews the problems, commits, and reports progress on a led task', async () => {
    const { page } = session;
    await withScreenshotOnFailure(page, async () => {
      await login(page, 'coordinator@demo.partrack.vn');

      // Plans list → import wizard.
      await page.goto(`${baseUrl()}/plans`);
      await page.getByTestId('plan-link-KH-CCHC-2022').waitFor();
      await saveScreenshot(page, 'plans-list');
      await page.getByTestId('plan-import').click();

      // Step 1: paste the document, a new plan with its own code; the owner defaults to the province.
      await page.getByTestId('import-content').fill(fs.readFileSync(SEED_TEXT, 'utf8'));
      await page.getByTestId('plan-import-code').fill(CODE);
      await page.getByTestId('plan-import-owner').getByText('Ủy ban nhân dân tỉnh Quảng Nam').waitFor();
      await saveScreenshot(page, 'plan-import-source');
      await page.getByTestId('import-dry-run').click();

      // Step 2: the dry run lists the problems by line, e.g. the empty lead cell of 3.17.
      await page.getByTestId('import-preview').waitFor(SLOW);
      const emptyLead = page.getByTestId('import-errors').locator('tr', { hasText: 'Thiếu cơ quan chủ trì' });
      await emptyLead.waitFor();
      expect(await emptyLead.textContent()).toContain('3.17');
      expect(await page.getByTestId('plan-import-document').textContent()).toContain('36 nhiệm vụ');
      await saveScreenshot(page, 'plan-import-preview');

      // Step 3: warnings do not block; commit and open the new plan.
      await page.getByTestId('import-confirm').click();
      const summary = page.getByTestId('import-summary');
      await summary.waitFor(SLOW);
      expect(await summary.textContent()).toContain(`Đã nhập kế hoạch ${CODE}`);
      await saveScreenshot(page, 'plan-import-done');
      await page.getByTestId('plan-import-open-plan').click();

      // Overview: area cards and the lead agency chart come from taskStats; a fresh plan has not started.
      await page.getByTestId('plan-area-cards').waitFor();
      await page.getByTestId('area-card-IV').waitFor();
      await page.getByTestId('plan-agency-chart').waitFor();
      expect(await page.getByTestId('plan-total-done').textContent()).toContain('0');
      await saveScreenshot(page, 'plan-overview');

      // A task Sở Nội vụ leads: the coordinator's agency reports its progress.
      await page.getByTestId('plan-tree-task-3.16').click();
      await page.getByTestId('task-detail').waitFor();
      expect(await page.getByTestId('task-title').textContent()).toContain('3.16');
      expect(await page.getByTestId('task-update-card').textContent()).toContain('Chủ trì');
      await page.getByTestId('task-update-progress').fill('50');
      await page.getByTestId('task-update-note').fill(NOTE);
      await page.getByTestId('task-update-submit').click();

      const timeline = page.getByTestId('task-timeline');
      await timeline.getByText('Tiến độ 50%').waitFor();
      await timeline.getByText(NOTE).waitFor();
      expect(await page.getByTestId('task-fields').textContent()).toContain('Đang thực hiện');
      await saveScreenshot(page, 'task-detail-updated');

      // The plan's task list keeps its filters in the address.
      await page.getByText('Về danh sách nhiệm vụ của kế hoạch').click();
      await page.getByTestId('task-link-3.16').waitFor();
      expect(new URL(page.url()).searchParams.get('plan')).toBeTruthy();
      await saveScreenshot(page, 'task-list');

      // My agency's tasks: counts in the tab labels.
      await page.goto(`${baseUrl()}/my-tasks`);
      await page.getByTestId('my-tasks-table-lead').locator('tbody tr.ant-table-row').first().waitFor();
      await saveScreenshot(page, 'my-tasks');
    });
  });
});
