// The plans journey: the demo coordinator (Sở Nội vụ) imports the 2022 Quảng Nam plan text as a new plan,
// reads the dry-run problems, commits, opens the plan overview, then reports progress on a task its agency
// leads and sees the update in the timeline. Each new screen is saved to tmp/e2e-screenshots/.
import fs from 'node:fs';
import path from 'node:path';
import { expect, saveScreenshot, test } from './support/fixtures';

const SEED_TEXT = path.resolve(__dirname, '../../api/src/seed/data/ke-hoach-cchc-2022-quang-nam.txt');
const CODE = `KH-E2E-${Date.now()}`;
const NOTE = 'Đã trình dự thảo kế hoạch đào tạo, bồi dưỡng (kiểm thử e2e)';
/** Parsing and resolving ~80 items and writing them takes a few seconds on a small machine. */
const SLOW = { timeout: 60_000 };

test.describe('plans journey (browser)', () => {
  test('imports the plan text, reviews the problems, commits, and reports progress on a led task', async ({
    coordinatorPage: page,
  }) => {
    await test.step('plans list → import wizard', async () => {
      await page.goto('/plans');
      await expect(page.getByTestId('plan-link-KH-CCHC-2022')).toBeVisible();
      await saveScreenshot(page, 'plans-list');
      await page.getByTestId('plan-import').click();
    });

    await test.step('paste the document as a new plan with its own code, dry run', async () => {
      // The owner defaults to the province.
      await page.getByTestId('import-content').fill(fs.readFileSync(SEED_TEXT, 'utf8'));
      await page.getByTestId('plan-import-code').fill(CODE);
      await expect(
        page.getByTestId('plan-import-owner').getByText('Ủy ban nhân dân tỉnh Quảng Nam'),
      ).toBeVisible();
      await saveScreenshot(page, 'plan-import-source');
      await page.getByTestId('import-dry-run').click();
    });

    await test.step('the dry run lists the problems by line, e.g. the empty lead cell of 3.17', async () => {
      await expect(page.getByTestId('import-preview')).toBeVisible(SLOW);
      const emptyLead = page.getByTestId('import-errors').locator('tr', { hasText: 'Thiếu cơ quan chủ trì' });
      await expect(emptyLead).toBeVisible();
      await expect(emptyLead).toContainText('3.17');
      await expect(page.getByTestId('plan-import-document')).toContainText('36 nhiệm vụ');
      await saveScreenshot(page, 'plan-import-preview');
    });

    await test.step('warnings do not block: commit and open the new plan', async () => {
      await page.getByTestId('import-confirm').click();
      const summary = page.getByTestId('import-summary');
      await expect(summary).toBeVisible(SLOW);
      await expect(summary).toContainText(`Đã nhập kế hoạch ${CODE}`);
      await saveScreenshot(page, 'plan-import-done');
      await page.getByTestId('plan-import-open-plan').click();
    });

    await test.step('overview: area cards and lead agency chart from taskStats; nothing done yet', async () => {
      await expect(page.getByTestId('plan-area-cards')).toBeVisible();
      await expect(page.getByTestId('area-card-IV')).toBeVisible();
      await expect(page.getByTestId('plan-agency-chart')).toBeVisible();
      await expect(page.getByTestId('plan-total-done')).toContainText('0');
      await saveScreenshot(page, 'plan-overview');
    });

    await test.step("a task Sở Nội vụ leads: the coordinator's agency reports its progress", async () => {
      await page.getByTestId('plan-tree-task-3.16').click();
      await expect(page.getByTestId('task-detail')).toBeVisible();
      await expect(page.getByTestId('task-title')).toContainText('3.16');
      await expect(page.getByTestId('task-update-card')).toContainText('Chủ trì');
      await page.getByTestId('task-update-progress').fill('50');
      await page.getByTestId('task-update-note').fill(NOTE);
      await page.getByTestId('task-update-submit').click();

      const timeline = page.getByTestId('task-timeline');
      await expect(timeline.getByText('Tiến độ 50%')).toBeVisible();
      await expect(timeline.getByText(NOTE)).toBeVisible();
      await expect(page.getByTestId('task-fields')).toContainText('Đang thực hiện');
      await saveScreenshot(page, 'task-detail-updated');
    });

    await test.step("the plan's task list keeps its filters in the address", async () => {
      await page.getByText('Về danh sách nhiệm vụ của kế hoạch').click();
      await expect(page.getByTestId('task-link-3.16')).toBeVisible();
      await expect(page).toHaveURL((url) => Boolean(url.searchParams.get('plan')));
      await saveScreenshot(page, 'task-list');
    });

    await test.step("my agency's tasks: counts in the tab labels", async () => {
      await page.goto('/my-tasks');
      await expect(
        page.getByTestId('my-tasks-table-lead').locator('tbody tr.ant-table-row').first(),
      ).toBeVisible();
      await saveScreenshot(page, 'my-tasks');
    });
  });
});
