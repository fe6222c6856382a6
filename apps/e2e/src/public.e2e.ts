// The public transparency page (docs/public.md) in the browser, as a citizen on a phone: no login, the demo
// province's 2022 plan progress and published PAR Index ranking, the open-data CSV, the English switch.
import { expect, test } from './support/fixtures';

test.use({ viewport: { width: 390, height: 844 } });

test.describe('public transparency page (browser)', () => {
  test('shows progress and the published ranking without a login, offers the CSV, switches to English', async ({
    page,
    request,
  }) => {
    await page.goto('/cong-khai?year=2022');
    await expect(page.getByTestId('public-area-chart')).toBeVisible();
    await expect(page).toHaveURL(/\/cong-khai\?year=2022$/);
    await expect(page.getByTestId('login-email')).toHaveCount(0);
    await expect(page.getByTestId('public-province')).toContainText('Quảng Nam');
    await expect(page.getByTestId('public-area-I')).toContainText('I. Cải cách thể chế');
    await expect(page.getByTestId('public-ranking')).toContainText('công bố ngày');
    await expect(
      page.getByTestId('public-ranking-DEPARTMENT').locator('tbody tr.ant-table-row').first(),
    ).toBeVisible();

    // Nothing wider than the phone: the tables scroll inside themselves, the page does not.
    const overflow = await page.evaluate<number>(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByTestId('public-satisfaction-sample')).toContainText('Dữ liệu mẫu');
    await expect(page.getByTestId('public-section-coverage')).toBeVisible();

    // Agencies are searchable without diacritics.
    const agencies = page.getByTestId('public-agency-table');
    await page.getByTestId('public-agency-search').locator('input').fill('so noi vu');
    await expect(agencies.locator('tbody tr.ant-table-row')).toHaveCount(1);
    await expect(agencies).toContainText('Sở Nội vụ');

    // The open data: the same figures, UTF-8 with a BOM, Vietnamese names, no e-mail address anywhere.
    const href = await page.getByTestId('public-download-csv').getAttribute('href');
    expect(href).toBe('/public/v1/QNA/summary.csv?year=2022');
    const csv = await request.get(href ?? '');
    expect(csv.status()).toBe(200);
    const bytes = await csv.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe(
      'section,group,area_code,name,total,done,in_progress,not_started,overdue,rank,index,band,' +
        'respondents,valid,satisfied,share,target',
    );
    // The demo's sample survey is shown on the demo province only, flagged as sample data.
    expect(text).toContain('satisfaction_overall,SAMPLE,');
    expect(text).toContain('progress_by_agency,,,Sở Nội vụ,');
    expect(text).toContain('par_index_ranking,DEPARTMENT,');
    expect(text).not.toContain('@');

    await page.getByTestId('lang-switch').click();
    await expect(page.getByText('Plan progress by reform area')).toBeVisible();
    await expect(page.getByTestId('public-area-I')).toContainText('I. Institutional reform');
  });
});
