// The 2025 reorganisation journey on the demo data (issue 14): the demo admin opens "Sắp xếp tổ chức", dry-runs
// a file with a bad line (problems by line, nothing to apply), then the demo mapping file (Quảng Nam joins Đà
// Nẵng city from 01/07/2025: changes listed by name), reads the page on a 390 px phone, and applies it; the demo
// coordinator (Sở Nội vụ) then sees today's tree rooted in the city and, as of 30/06/2022, Quảng Nam with its
// districts; the admin undoes the batch from the list and the coordinator sees Quảng Nam again.
//
// The e2e database is shared by every spec, which all expect the 2022 structure: afterAll undoes the batch
// through the API whenever the walk did not undo it itself (a failure, a timeout). Screens go to
// tmp/e2e-screenshots/.
import path from 'node:path';
import { request, type Browser, type Page } from '@playwright/test';
import { baseUrl, DEMO_USERS, expect, login, saveScreenshot, test } from './support/fixtures';
import { gql, tokenOf } from './support/par-api';

const DEMO_FILE = path.resolve(
  __dirname,
  '..',
  '..',
  'api',
  'src',
  'seed',
  'data',
  'reorganisation-2025-demo.yaml',
);
/** Unique per run: afterAll finds this run's batch (and only it) by its title. */
const TITLE = `Sắp xếp tổ chức năm 2025 (kiểm thử e2e ${Date.now()})`;
const DECISION = 'Nghị quyết số 1660/NQ-UBTVQH15 (dữ liệu mô phỏng)';
/** Its second operation (YAML line 5, where its "- " starts) merges into a code that does not exist. */
const BAD_YAML = [
  '# kiểm thử e2e: dòng 5 sai mã đích',
  '- action: MERGE',
  '  code: QNA-SKHDT',
  '  target: QNA-STC',
  '- action: MERGE',
  '  code: QNA-SGTVT',
  '  target: QNA-KHONG-CO',
  '',
].join('\n');
/** The dry run and the apply run the whole batch (~100 agencies with their versions) in one transaction. */
const SLOW = { timeout: 90_000 };

interface Batch {
  id: string;
  title: string;
  status: string;
}

/** A page of the demo admin (no fixture has one), in its own browser context. */
async function openAdminPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, DEMO_USERS.admin);
  return page;
}

/** Picks a file through the "Chọn tệp" button, as a user would (the file chooser, not the hidden input). */
async function chooseFile(
  page: Page,
  file: string | { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('reorg-file').click();
  await (await chooser).setFiles(file);
}

/** Fills an antd DatePicker (the test id is on its input) and confirms with Enter. */
async function pickDate(page: Page, testId: string, text: string): Promise<void> {
  const input = page.getByTestId(testId);
  await input.click();
  await input.fill(text);
  await input.press('Enter');
  await expect(input).toHaveValue(text);
}

/**
 * The row of one agency in the dry run's changes (rowKey = code), turning the table's pages (50 a page,
 * sorted by name) until it shows; fails when the last page does not have it.
 */
async function changeRow(page: Page, code: string) {
  const table = page.getByTestId('reorg-changes');
  const row = table.locator(`tr[data-row-key="${code}"]`);
  // The test id lands on the table itself; its pagination is a sibling, inside antd's wrapper.
  const pager = page.locator('.ant-table-wrapper', { has: table }).locator('.ant-pagination');
  const first = pager.locator('.ant-pagination-item-1');
  if (await first.isVisible()) await first.click();
  for (let pageNo = 1; pageNo <= 20; pageNo++) {
    if ((await row.count()) > 0) return row;
    const next = pager.locator('li.ant-pagination-next');
    if (!(await next.isVisible()) || (await next.getAttribute('aria-disabled')) === 'true') break;
    await next.click();
    await expect(pager.locator('.ant-pagination-item-active')).toHaveText(String(pageNo + 1));
  }
  throw new Error(`the dry run lists no change for ${code}`);
}

/** How far the element's content is wider than its box (> 0: a horizontal scroll bar). */
function overflowOf(page: Page, selector: string): Promise<number> {
  // A string, like the fixtures': this project's TypeScript has no DOM types.
  return page.evaluate<number>(
    `(c => c.scrollWidth - c.clientWidth)(document.querySelector(${JSON.stringify(selector)}))`,
  );
}

/** The admin's undo through the API, for any batch of this run still applied; returns how many it undid. */
async function undoThroughApi(): Promise<number> {
  const api = await request.newContext({ baseURL: baseUrl() });
  try {
    const token = await tokenOf(api, DEMO_USERS.admin);
    const { agencyReorganisations } = await gql<{ agencyReorganisations: Batch[] }>(
      api,
      token,
      'query { agencyReorganisations(first: 200) { id title status } }',
    );
    const left = agencyReorganisations.filter((b) => b.title === TITLE && b.status === 'APPLIED');
    for (const batch of left)
      await gql(api, token, 'mutation($id: ID!) { undoReorganisation(id: $id) { id status } }', {
        id: batch.id,
      });
    return left.length;
  } finally {
    await api.dispose();
  }
}

test.describe('reorganisation journey (browser)', () => {
  test.afterAll(async () => {
    const undone = await undoThroughApi();
    // Not a silent repair: the walk itself should have undone it; say so in the output.
    if (undone) console.warn(`[reorganisation e2e] undid ${undone} leftover batch(es) through the API`);
  });

  test('dry-runs, applies, shows the dated tree to the coordinator and undoes the 2025 demo batch', async ({
    browser,
    coordinatorPage: coord,
  }) => {
    const admin = await openAdminPage(browser);
    try {
      await test.step('the admin opens the page and fills the batch', async () => {
        await admin.goto('/agencies/reorganisation');
        await expect(admin.getByRole('heading', { name: 'Sắp xếp tổ chức' })).toBeVisible();
        await admin.getByTestId('reorg-title').fill(TITLE);
        await admin.getByTestId('reorg-decision').fill(DECISION);
        await pickDate(admin, 'reorg-effective-date', '01/07/2025');
      });

      await test.step('a file with a bad line: its problem by line, nothing to apply', async () => {
        await chooseFile(admin, {
          name: 'sai-ma.yaml',
          mimeType: 'application/x-yaml',
          buffer: Buffer.from(BAD_YAML, 'utf8'),
        });
        await expect(admin.getByTestId('reorg-file-name')).toContainText('sai-ma.yaml');
        await admin.getByTestId('reorg-dry-run').click();
        const problems = admin.getByTestId('reorg-problems');
        await expect(problems).toBeVisible(SLOW);
        const rows = problems.locator('tbody tr.ant-table-row');
        await expect(rows).toHaveCount(1);
        await expect(rows.first().locator('td').nth(0)).toHaveText('5');
        await expect(rows.first().locator('td').nth(1)).toHaveText('target');
        await expect(rows.first()).toContainText('Không có cơ quan mã "QNA-KHONG-CO"');
        await expect(admin.getByTestId('reorg-apply')).not.toBeAttached();
        await saveScreenshot(admin, 'reorganisation-problems');
      });

      await test.step('the demo file: the dry run lists the changes by name', async () => {
        await chooseFile(admin, DEMO_FILE);
        await expect(admin.getByTestId('reorg-file-name')).toContainText('reorganisation-2025-demo.yaml');
        // Choosing a file drops the previous result: the problems of the bad file are gone.
        await expect(admin.getByTestId('reorg-problems')).not.toBeAttached();
        await admin.getByTestId('reorg-dry-run').click();
        const preview = admin.getByTestId('reorg-preview');
        await expect(preview).toBeVisible(SLOW);
        await expect(preview).toContainText('các thay đổi có hiệu lực từ ngày 01/07/2025');
        // The demo officer (Sở TT&TT, merged) and manager (Tam Kỳ, abolished) are people to move.
        await expect(admin.getByRole('tab', { name: /^Người dùng \([1-9]\d*\)$/ })).toBeVisible();

        const planning = await changeRow(admin, 'QNA-SKHDT');
        await expect(planning).toContainText('Sở Kế hoạch và Đầu tư');
        await expect(planning).toContainText('Ngừng hoạt động');
        await expect(planning).toContainText('Kế thừa: Sở Tài chính');

        const city = await changeRow(admin, 'DNG');
        await expect(city).toContainText('Ủy ban nhân dân thành phố Đà Nẵng');
        await expect(city).toContainText('Thành lập mới');
        await expect(city).toContainText('(Cấp cao nhất)');

        const province = await changeRow(admin, 'QNA');
        await expect(province).toContainText('Ủy ban nhân dân tỉnh Quảng Nam');
        await expect(province).toContainText('Kế thừa: Ủy ban nhân dân thành phố Đà Nẵng');

        const office = await changeRow(admin, 'QNA-VP');
        await expect(office).toContainText('Đổi tên');
        await expect(office.locator('td').first().locator('del')).toHaveText(
          'Văn phòng Ủy ban nhân dân tỉnh',
        );
        await expect(office).toContainText('Văn phòng Ủy ban nhân dân thành phố');

        // A dry run writes nothing: the batch is not in the list.
        await expect(admin.getByTestId('reorg-list')).not.toContainText(TITLE);
        await saveScreenshot(admin, 'reorganisation-dry-run');
      });

      await test.step('the page with the dry run reads on a 390 px phone', async () => {
        await admin.setViewportSize({ width: 390, height: 844 });
        await expect(admin.getByTestId('reorg-preview')).toBeVisible();
        // The page's own area first (its tables scroll inside themselves), then the whole document (the app
        // header once pushed it 133 px wide at 390 px). Polled: after the resize the side menu collapses with a
        // 0.2 s transition and the header drops its tagline, so an early reading is of a layout in motion.
        // (A failure here still undoes the batch: see the cleanup at the end.)
        await expect.poll(() => overflowOf(admin, '.ant-layout-content')).toBeLessThanOrEqual(0);
        await expect
          .poll(() => overflowOf(admin, 'html'), { message: 'horizontal overflow of the document at 390 px' })
          .toBeLessThanOrEqual(0);
        await expect
          .poll(() => overflowOf(admin, 'body'), { message: 'horizontal overflow of the body at 390 px' })
          .toBeLessThanOrEqual(0);
        for (const id of ['reorg-file', 'reorg-dry-run', 'reorg-apply']) {
          const button = admin.getByTestId(id);
          await button.scrollIntoViewIfNeeded();
          await expect(button, `${id} fully on a 390 px screen`).toBeInViewport({ ratio: 1 });
        }
        await saveScreenshot(admin, 'reorganisation-390');
        await admin.setViewportSize({ width: 1366, height: 900 });
      });

      await test.step('apply, confirmed in the dialog: the batch is listed', async () => {
        await admin.getByTestId('reorg-apply').click();
        const dialog = admin.getByRole('dialog', { name: 'Áp dụng đợt sắp xếp?' });
        await expect(dialog).toContainText('có hiệu lực từ ngày 01/07/2025');
        await dialog.getByRole('button', { name: 'Áp dụng' }).click();
        await expect(admin.getByTestId('reorg-applied')).toContainText(
          `Đã áp dụng “${TITLE}”, hiệu lực từ ngày 01/07/2025.`,
          SLOW,
        );
        const row = admin.getByTestId('reorg-list').locator('tr.ant-table-row', { hasText: TITLE });
        await expect(row).toContainText('Đã áp dụng', SLOW);
        await expect(row).toContainText(DECISION);
        await expect(row).toContainText('01/07/2025');
        await expect(row.getByTestId('reorg-undo')).toBeEnabled();
        await saveScreenshot(admin, 'reorganisation-applied');
      });

      await test.step("the coordinator's tree today is rooted in the city", async () => {
        await coord.goto('/agencies');
        const tree = coord.getByTestId('agency-tree');
        await expect(coord.getByTestId('agency-node-DNG')).toContainText(
          'Ủy ban nhân dân thành phố Đà Nẵng',
          SLOW,
        );
        await expect(tree.locator('.ant-tree-treenode:not([aria-hidden])').first()).toContainText(
          'Ủy ban nhân dân thành phố Đà Nẵng',
        );
        await expect(coord.getByTestId('agency-node-QNA')).not.toBeAttached();
        // No district exists today.
        await coord.getByTestId('agency-search').locator('input').fill('Ủy ban nhân dân huyện');
        await expect(
          coord.getByText('Không tìm thấy cơ quan, đơn vị nào khớp với “Ủy ban nhân dân huyện”.'),
        ).toBeVisible();
        await expect(coord.getByTestId('agency-node-QNA-BACTRAMY')).not.toBeAttached();
        await saveScreenshot(coord, 'reorganisation-tree-today');
      });

      await test.step('as of 30/06/2022 it is Quảng Nam with its districts', async () => {
        await pickDate(coord, 'agency-as-of', '30/06/2022');
        await expect(coord.getByTestId('agency-as-of-note')).toContainText('30/06/2022');
        const tree = coord.getByTestId('agency-tree');
        // The search is still "Ủy ban nhân dân huyện": the province's districts, under it.
        for (const code of ['QNA-BACTRAMY', 'QNA-DAILOC', 'QNA-PHUNINH'])
          await expect(coord.getByTestId(`agency-node-${code}`)).toBeVisible(SLOW);
        await expect(coord.getByTestId('agency-node-QNA-BACTRAMY')).toContainText(
          'Ủy ban nhân dân huyện Bắc Trà My',
        );
        await coord.getByTestId('agency-search').locator('input').fill('');
        await expect(tree.locator('.ant-tree-treenode:not([aria-hidden])').first()).toContainText(
          'Ủy ban nhân dân tỉnh Quảng Nam',
        );
        await expect(coord.getByTestId('agency-node-DNG')).not.toBeAttached();
        await coord.getByTestId('agency-search').locator('input').fill('Tam Kỳ');
        await expect(coord.getByTestId('agency-node-QNA-TAMKY')).toContainText(
          'Ủy ban nhân dân thành phố Tam Kỳ',
        );
        await saveScreenshot(coord, 'reorganisation-tree-2022');
      });

      await test.step('the admin undoes the batch from the list', async () => {
        await admin.goto('/agencies/reorganisation');
        const row = admin.getByTestId('reorg-list').locator('tr.ant-table-row', { hasText: TITLE });
        await row.getByTestId('reorg-undo').click();
        const confirm = admin.locator('.ant-popover:visible');
        await expect(confirm).toContainText(`Hoàn tác “${TITLE}” (hiệu lực từ ngày 01/07/2025)?`);
        await confirm.getByRole('button', { name: 'Hoàn tác' }).click();
        await expect(admin.getByText(`Đã hoàn tác “${TITLE}”.`)).toBeVisible(SLOW);
        await expect(row).toContainText('Đã hoàn tác');
        await expect(row.getByTestId('reorg-undo')).not.toBeAttached();
        await saveScreenshot(admin, 'reorganisation-undone');
      });

      await test.step("the coordinator's tree today is Quảng Nam's again", async () => {
        await coord.goto('/agencies');
        const tree = coord.getByTestId('agency-tree');
        await expect(tree.locator('.ant-tree-treenode:not([aria-hidden])').first()).toContainText(
          'Ủy ban nhân dân tỉnh Quảng Nam',
          SLOW,
        );
        await expect(coord.getByTestId('agency-node-DNG')).not.toBeAttached();
      });
    } finally {
      await admin.context().close();
    }
  });
});
