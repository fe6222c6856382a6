// The inspections journey on the demo data: the coordinator proposes this year's inspection plan (the demo
// plan is for 2022), approves it, schedules the first inspection, records a finding (its corrective task then
// shows in the agency's task list), re-inspects and closes it; the plan page is then read on a 390 px phone.
// Screens go to tmp/e2e-screenshots/.
import type { Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './support/fixtures';

/** Proposing scores every agency of the province; a few seconds on a small machine. */
const SLOW = { timeout: 60_000 };
const YEAR = Number(
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(),
);
const FINDING = 'Chưa niêm yết đầy đủ thủ tục hành chính tại bộ phận một cửa (kiểm thử e2e)';
const NOTE = 'Đã niêm yết đủ 126 thủ tục (kiểm thử e2e)';

/** Picks the option with this label in an antd Select; retried, as antd slides the dropdown in. */
async function pickOption(page: Page, testId: string, label: string | null): Promise<void> {
  const select = page.getByTestId(testId);
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  await expect(
    async () => {
      if (!(await options.first().isVisible())) await select.click({ timeout: 5000 });
      const option = label ? options.filter({ hasText: label }).first() : options.first();
      const title = (await option.getAttribute('title')) ?? '';
      await option.click({ timeout: 5000 });
      await expect(select).toContainText(title.slice(0, 10), { timeout: 2000 });
    },
    `choosing "${label ?? 'the first option'}" in ${testId}`,
  ).toPass({ timeout: 30_000 });
}

test.describe('inspections journey (browser)', () => {
  test('proposes, approves, schedules, records a finding as a task, re-inspects and closes it', async ({
    coordinatorPage: page,
  }) => {
    let planUrl = '';
    let agency = '';

    await test.step('propose the plan of the year from the list', async () => {
      await page.goto('/kiem-tra');
      await expect(page.getByTestId('inspection-plans-page')).toBeVisible(SLOW);
      await expect(page.getByTestId(`inspection-plan-link-${YEAR}`)).not.toBeAttached();
      await page.getByTestId('inspection-propose').click();
      await expect(page.getByTestId('inspection-propose-year')).toHaveValue(String(YEAR));
      await page.getByTestId('inspection-propose-submit').click();
      await expect(page.getByTestId('inspection-plan-title')).toHaveText(
        `Kế hoạch kiểm tra CCHC năm ${YEAR}`,
        SLOW,
      );
      await expect(page.getByTestId('inspection-plan-header')).toContainText('Dự thảo');
      await expect(page.getByTestId('inspection-coverage-total')).toContainText('0/');
      await expect(page.getByTestId('inspection-reasons').first()).toBeVisible();
      planUrl = page.url();
      await saveScreenshot(page, 'inspection-plan-draft');
    });

    await test.step('approve it', async () => {
      await page.getByTestId('inspection-approve').click();
      await page.getByTestId('inspection-approve-confirm').click();
      await expect(page.getByTestId('inspection-plan-header')).toContainText('Đã phê duyệt', SLOW);
      await expect(page.getByTestId('inspection-adjust')).not.toBeAttached();
    });

    await test.step('schedule the first inspection in June with a team leader picked by name', async () => {
      const firstRow = page.getByTestId('inspections-table').locator('tbody tr.ant-table-row').first();
      agency = (await firstRow.locator('a').first().textContent()) ?? '';
      expect(agency).not.toBe('');
      await firstRow.getByRole('button', { name: 'Xếp lịch' }).click();
      await pickOption(page, 'inspection-schedule-month', 'Tháng 6');
      const leader = page.getByTestId('inspection-team-member-0');
      const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
      await expect(async () => {
        if (!(await options.first().isVisible())) await page.getByTestId('inspection-team-search').click();
        await options.first().click({ timeout: 5000 });
        await expect(leader).toBeVisible({ timeout: 2000 });
      }, 'picking a team member').toPass({ timeout: 30_000 });
      await expect(leader).toContainText('Trưởng đoàn');
      // The list shows "name — agency": the table shows the name alone.
      const name = ((await leader.textContent()) ?? '').split(' — ')[0].replace('Trưởng đoàn', '').trim();
      expect(name).not.toBe('');
      await page.getByTestId('inspection-schedule-submit').click();
      const row = page.getByTestId('inspections-table').locator('tbody tr', { hasText: agency }).first();
      await expect(row).toContainText('Tháng 6', SLOW);
      await expect(row).toContainText(name);
      await expect(row).toContainText('Trưởng đoàn');
    });

    await test.step('record a finding: the inspection is done and the finding becomes a task', async () => {
      await page.getByTestId('inspections-table').getByRole('link', { name: agency, exact: true }).click();
      await expect(page.getByTestId('inspection-title')).toHaveText(agency, SLOW);
      await page.getByTestId('inspection-record-findings').click();
      await pickOption(page, 'inspection-findings-plan', null);
      await page.getByTestId('inspection-finding-text-0').fill(FINDING);
      await pickOption(page, 'inspection-finding-severity-0', 'Cao');
      const deadline = page.getByTestId('inspection-finding-deadline-0');
      await deadline.click();
      await deadline.fill(`15/12/${YEAR}`);
      await deadline.press('Enter');
      await page.getByTestId('inspection-findings-submit').click();
      const table = page.getByTestId('inspection-findings-table');
      await expect(table).toContainText(FINDING, SLOW);
      await expect(table).toContainText(`15/12/${YEAR}`);
      await expect(table).toContainText('Chưa khắc phục');
      await expect(page.getByTestId('inspection-finding-task-1')).toContainText(
        `Khắc phục tồn tại sau kiểm tra CCHC năm ${YEAR}`,
      );
      await saveScreenshot(page, 'inspection-findings');
    });

    await test.step("the corrective task is in the agency's task list", async () => {
      const inspectionUrl = page.url();
      await page.getByTestId('inspection-agency-tasks').click();
      await expect(page.getByTestId('task-table')).toContainText(FINDING, SLOW);
      await saveScreenshot(page, 'inspection-agency-tasks');
      await page.goto(inspectionUrl);
    });

    await test.step('re-inspect and close the finding', async () => {
      await page.getByTestId('inspection-reinspect').click();
      await page.getByTestId('inspection-reinspect-closed-1').getByText('Đã khắc phục (đóng)').click();
      await page.getByTestId('inspection-reinspect-note-1').fill(NOTE);
      await page.getByTestId('inspection-reinspect-submit').click();
      const table = page.getByTestId('inspection-findings-table');
      await expect(table).toContainText('Đã khắc phục', SLOW);
      await expect(table).toContainText(NOTE);
      await expect(page.getByTestId('inspection-header')).toContainText('Tồn tại chưa khắc phục0');
      await expect(page.getByTestId('inspection-conclusion-download')).toBeVisible();
    });

    await test.step('the plan counts it, and reads on a 390 px phone', async () => {
      await page.goto(planUrl);
      await expect(page.getByTestId('inspection-coverage-total')).toContainText('1/', SLOW);
      await page.setViewportSize({ width: 390, height: 844 });
      await expect(page.getByTestId('inspections-table')).toBeVisible();
      // A string, like the fixtures': this project's TypeScript has no DOM types. Polled: after the resize the
      // side menu collapses with a 0.2 s transition and the header drops its tagline, so an early reading is of
      // a layout in motion.
      await expect
        .poll(() =>
          page.evaluate<number>(
            "(c => c.scrollWidth - c.clientWidth)(document.querySelector('.ant-layout-content'))",
          ),
        )
        .toBeLessThanOrEqual(0);
      await saveScreenshot(page, 'inspection-plan-390');
    });
  });
});
