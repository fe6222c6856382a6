// The public survey form (docs/surveys.md "The online form") in the browser, as a citizen on a phone who has
// scanned the QR code at a one-stop desk: no login, one aspect after another, the thank-you, and the same
// phone refused the same day. The demo's sample survey is OPEN; its form link is read through the API as the
// coordinator's survey page builds it.
import { expect, saveScreenshot, test, DEMO_USERS } from './support/fixtures';
import { gql, tokenOf } from './support/par-api';

test.use({ viewport: { width: 390, height: 844 } });

interface SampleTarget {
  surveyId: string;
  agencyId: string;
  agencyName: string;
}

/** The demo's sample survey and one of its one-stop desks with demo results (Hội An), by name. */
async function sampleTarget(request: Parameters<typeof tokenOf>[0]): Promise<SampleTarget> {
  const token = await tokenOf(request, DEMO_USERS.coordinator);
  const surveys = await gql<{ surveys: { edges: { node: { id: string; isSample: boolean } }[] } }>(
    request,
    token,
    'query { surveys(filter: { status: OPEN }, first: 50) { edges { node { id isSample } } } }',
  );
  const sample = surveys.surveys.edges.find((e) => e.node.isSample);
  if (!sample) throw new Error('the demo has no open sample survey');
  const results = await gql<{
    surveyResults: { agencies: { agencyId: string; agency: { name: string } | null }[] };
  }>(
    request,
    token,
    'query($s: ID!) { surveyResults(surveyId: $s) { agencies { agencyId agency { name } } } }',
    { s: sample.node.id },
  );
  const desk = results.surveyResults.agencies.find((a) => a.agency?.name.includes('Hội An'));
  if (!desk?.agency) throw new Error('the sample survey has no results for Hội An');
  return { surveyId: sample.node.id, agencyId: desk.agencyId, agencyName: desk.agency.name };
}

test.describe('public survey form (browser)', () => {
  test('a citizen answers on a phone, is thanked, and cannot answer again the same day', async ({
    page,
    request,
  }) => {
    const target = await sampleTarget(request);
    const countsBefore = await respondentsOf(request, target);

    await page.goto(`/khao-sat/${target.surveyId}/${target.agencyId}`);
    await expect(page.getByTestId('survey-form-agency')).toContainText(target.agencyName);
    await expect(page.getByTestId('login-email')).toHaveCount(0);
    await expect(page.getByTestId('survey-form-step')).toContainText('Phần 1/');

    // Nothing wider than the phone.
    const overflow = await page.evaluate<number>(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(page, 'survey-form-phone');

    // Every aspect in turn: the first question of each gets "Hài lòng", the rest are left unanswered.
    for (;;) {
      const firstSatisfied = page.locator('[data-testid^="survey-form-level-"][data-testid$="-4"]').first();
      await firstSatisfied.click();
      await expect(firstSatisfied).toHaveAttribute('aria-pressed', 'true');
      const send = page.getByTestId('survey-form-send');
      if (await send.isVisible()) {
        await send.click();
        break;
      }
      await page.getByTestId('survey-form-next').click();
    }
    await expect(page.getByTestId('survey-form-sent')).toContainText('Cảm ơn');
    expect(await respondentsOf(request, target)).toBe(countsBefore + 1);

    // The same phone, the same day: the form says so at once, and a second submission is refused.
    await page.reload();
    await expect(page.getByTestId('survey-form-alreadyAnswered')).toBeVisible();
    // What the form would send, from the same phone (its cookie goes along): 409, nothing stored.
    const again = await page.evaluate<{ status: number; reason: string | undefined }>(`(async () => {
      const url = '/public/v1/surveys/${target.surveyId}/agencies/${target.agencyId}/form';
      const form = await (await fetch(url)).json();
      const answers = [{ questionId: form.aspects[0].questions[0].id, level: 5 }];
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ answers }),
      });
      const body = await res.json();
      return { status: res.status, reason: body.errors?.[0]?.extensions?.reason };
    })()`);
    expect(again).toEqual({ status: 409, reason: 'ALREADY_ANSWERED' });
    await page.getByTestId('lang-switch').click();
    await expect(page.getByText('You have already answered about this agency today')).toBeVisible();
    expect(await respondentsOf(request, target)).toBe(countsBefore + 1);
  });
});

async function respondentsOf(request: Parameters<typeof tokenOf>[0], target: SampleTarget): Promise<number> {
  const token = await tokenOf(request, DEMO_USERS.coordinator);
  const data = await gql<{ surveyResults: { respondents: number } }>(
    request,
    token,
    'query($s: ID!, $a: ID) { surveyResults(surveyId: $s, agencyId: $a) { respondents } }',
    { s: target.surveyId, a: target.agencyId },
  );
  return data.surveyResults.respondents;
}
