// The foundation's browser journey: the demo admin logs in, creates an agency, finds it in the tree, and
// switches the interface to English (the choice survives a reload).
import type { Page } from 'playwright-core';
import { baseUrl, launchBrowser, withScreenshotOnFailure, type BrowserSession } from './support/browser';

const CODE = `QNA-E2E-${Date.now().toString(36).toUpperCase()}`;
const NAME = 'Trung tâm Phục vụ hành chính công (kiểm thử)';

async function pickFirstOption(page: Page, testId: string): Promise<void> {
  await page.getByTestId(testId).click();
  // The open dropdown's first option is active; Enter picks it (hidden dropdowns of other selects stay in the DOM).
  await page.keyboard.press('Enter');
}

describe('foundation journey (browser)', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await launchBrowser();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('logs in as the demo admin, creates an agency, sees it in the tree, switches language', async () => {
    const { page } = session;
    await withScreenshotOnFailure(page, async () => {
      await page.goto(`${baseUrl()}/`);
      await page.getByTestId('login-email').fill('admin@demo.partrack.vn');
      await page.getByTestId('login-password').fill('Demo@12345');
      await page.getByTestId('login-submit').click();

      await page.getByTestId('agency-tree').waitFor();
      await page.getByText('Cây tổ chức cơ quan, đơn vị').first().waitFor();
      await page.getByTestId('agency-node-QNA').click();
      await page.getByTestId('agency-create').click();
      await page.getByTestId('agency-form-code').fill(CODE);
      await page.getByTestId('agency-form-name').fill(NAME);
      await pickFirstOption(page, 'agency-form-kind');
      await pickFirstOption(page, 'agency-form-level');
      await page.getByTestId('agency-form-submit').click();
      await page.getByTestId('agency-form-submit').waitFor({ state: 'detached' });

      // Search without diacritics, as users type.
      await page.getByTestId('agency-search').locator('input').fill('trung tam phuc vu hanh chinh cong');
      await page.getByTestId(`agency-node-${CODE}`).waitFor();
      expect(await page.getByTestId(`agency-node-${CODE}`).textContent()).toContain(NAME);

      await page.getByTestId('lang-switch').click();
      await page.getByText('Organisation tree').first().waitFor();
      await page.reload();
      await page.getByText('Organisation tree').first().waitFor();
      expect(await page.getByText('Cây tổ chức cơ quan, đơn vị').count()).toBe(0);
    });
  });
});
