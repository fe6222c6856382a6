// The foundation's browser journey: the demo admin logs in, creates an agency, finds it in the tree, and
// switches the interface to English (the choice survives a reload).
import type { Page } from '@playwright/test';
import { DEMO_PASSWORD, DEMO_USERS, expect, test } from './support/fixtures';

const CODE = `QNA-E2E-${Date.now().toString(36).toUpperCase()}`;
const NAME = 'Trung tâm Phục vụ hành chính công (kiểm thử)';

async function pickFirstOption(page: Page, testId: string): Promise<void> {
  await page.getByTestId(testId).click();
  // The open dropdown's first option is active; Enter picks it (hidden dropdowns of other selects stay in the DOM).
  await page.keyboard.press('Enter');
}

test.describe('foundation journey (browser)', () => {
  test('logs in as the demo admin, creates an agency, sees it in the tree, switches language', async ({
    page,
  }) => {
    // Logging in is part of this journey: from / the SPA sends an anonymous visitor to the login form.
    await page.goto('/');
    await page.getByTestId('login-email').fill(DEMO_USERS.admin);
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();

    await expect(page.getByTestId('agency-tree')).toBeVisible();
    await expect(page.getByText('Cây tổ chức cơ quan, đơn vị').first()).toBeVisible();
    await page.getByTestId('agency-node-QNA').click();
    await page.getByTestId('agency-create').click();
    await page.getByTestId('agency-form-code').fill(CODE);
    await page.getByTestId('agency-form-name').fill(NAME);
    await pickFirstOption(page, 'agency-form-kind');
    await pickFirstOption(page, 'agency-form-level');
    await page.getByTestId('agency-form-submit').click();
    await expect(page.getByTestId('agency-form-submit')).not.toBeAttached();

    // Search without diacritics, as users type.
    await page.getByTestId('agency-search').locator('input').fill('trung tam phuc vu hanh chinh cong');
    const created = page.getByTestId(`agency-node-${CODE}`);
    await expect(created).toBeVisible();
    await expect(created).toContainText(NAME);

    await page.getByTestId('lang-switch').click();
    await expect(page.getByText('Organisation tree').first()).toBeVisible();
    await page.reload();
    await expect(page.getByText('Organisation tree').first()).toBeVisible();
    await expect(page.getByText('Cây tổ chức cơ quan, đơn vị')).toHaveCount(0);
  });
});
