// The PAR Index year in two browsers, on the demo's open cycle of the current year: the manager of UBND thành
// phố Tam Kỳ scores the last item of his self-assessment, cites a link as evidence and sends it; the
// coordinator of Sở Nội vụ, on the appraisal council, scores that item lower with a reason and sends the
// appraisal; the manager explains; the coordinator answers and finalises, and once the other agencies are
// finalised (through the API), publishes the year. Then the published 2022 ranking is read and downloaded as XLSX. The rest of the self-assessment and the computed items are filled through the
// API first (the screens for them are the same ones, item after item). Screens go to tmp/e2e-screenshots/.
import JSZip from 'jszip';
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { DEMO_USERS, expect, saveScreenshot, test } from './support/fixtures';
import { bestSelfScore, type Criterion, finaliseThroughApi, gql, leavesOf, tokenOf } from './support/par-api';

const SLOW = { timeout: 60_000 };
const YEAR = Number(
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date()),
);
const REASON = 'Kế hoạch ban hành chậm so với yêu cầu (kiểm thử e2e)';
const EXPLANATION = 'Kế hoạch số 15/KH-UBND ban hành đúng hạn, gửi kèm minh chứng (kiểm thử e2e)';
const ANSWER = 'Chấp nhận một phần giải trình (kiểm thử e2e)';

/** Picks the n-th option (0 = first) of an antd Select; retried, as antd slides the dropdown in. */
async function pickNth(page: Page, testId: string, n: number): Promise<void> {
  const select = page.getByTestId(testId);
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  await expect(async () => {
    if (!(await options.first().isVisible())) await select.click({ timeout: 5000 });
    const label = (await options.nth(n).getAttribute('title')) ?? '';
    await options.nth(n).click({ timeout: 5000 });
    await expect(select).toContainText(label.slice(0, 10), { timeout: 2000 });
  }, `choosing option ${n} in ${testId}`).toPass({ timeout: 30_000 });
}

test.describe('PAR Index appraisal journey (browser)', () => {
  test('self-scores with evidence, appraised lower with a reason, explained, finalised; published; ranking downloaded', async ({
    managerPage: manager,
    coordinatorPage: coord,
    request,
  }) => {
    test.setTimeout(6 * 60_000);
    const [managerToken, coordToken] = await Promise.all([
      tokenOf(request, DEMO_USERS.manager),
      tokenOf(request, DEMO_USERS.coordinator),
    ]);
    const { me } = await gql<{ me: { agencyId: string } }>(request, managerToken, '{ me { agencyId } }');
    const cycles = await gql<{ parCycles: { edges: { node: { id: string; year: number } }[] } }>(
      request,
      coordToken,
      '{ parCycles(first: 20) { edges { node { id year } } } }',
    );
    const current = cycles.parCycles.edges.find((e) => e.node.year === YEAR)!.node;
    const published = cycles.parCycles.edges.find((e) => e.node.year === 2022)!.node;
    const list = await gql<{
      parAssessments: {
        edges: { node: { id: string; agencyId: string; framework: { targetGroup: string } } }[];
      };
    }>(
      request,
      coordToken,
      'query($c: ID!) { parAssessments(cycleId: $c, first: 100) { edges { node { id agencyId framework { targetGroup } } } } }',
      { c: current.id },
    );
    const ownId = list.parAssessments.edges.map((e) => e.node).find((n) => n.agencyId === me.agencyId)!.id;
    const { parAssessment: own } = await gql<{
      parAssessment: { id: string; version: number; status: string; framework: { criteria: Criterion[] } };
    }>(
      request,
      coordToken,
      `query($id: ID!) { parAssessment(id: $id) { id version status
         framework { criteria { id code parentId method maxPoints evidenceRequired scale { points } } } } }`,
      { id: ownId },
    );
    expect(own.status).toBe('DRAFT');
    const leaves = leavesOf(own.framework.criteria);
    const byCode = (a: Criterion, b: Criterion) => a.code.localeCompare(b.code, 'vi', { numeric: true });
    const item = leaves.filter((c) => c.method === 'MANUAL' && (c.scale?.length ?? 0) >= 3).sort(byCode)[0];
    const selfScored = leaves.filter((c) => ['MANUAL', 'BONUS', 'PENALTY'].includes(c.method ?? ''));
    // Everything but the item the browser scores: full marks, no bonus or penalty, a reason for missing evidence.
    await gql(
      request,
      managerToken,
      'mutation($i: SaveParSelfScoresInput!) { saveParSelfScores(input: $i) { version } }',
      {
        i: {
          id: own.id,
          version: own.version,
          scores: selfScored.map((c) => ({
            criterionId: c.id,
            points: c.id === item.id ? null : bestSelfScore(c),
            noEvidenceReason:
              c.evidenceRequired && c.id !== item.id ? 'Hồ sơ lưu tại cơ quan (kiểm thử e2e)' : null,
          })),
        },
      },
    );

    // The manager: the last item, a link as evidence, then send.
    await manager.goto(`/par-index/assessments/${own.id}`);
    await expect(manager.getByTestId('par-self-scores')).toBeVisible(SLOW);
    await pickNth(manager, `par-select-${item.code}`, 0);
    await manager.getByTestId(`par-evidence-add-${item.code}`).click();
    await manager.getByRole('tab', { name: 'Đường dẫn' }).click();
    await manager
      .getByTestId('par-evidence-link-url')
      .fill('https://tamky.quangnam.gov.vn/ke-hoach-cchc.pdf');
    await manager.getByTestId('par-evidence-link-label').fill('Kế hoạch CCHC của thành phố');
    await manager.getByTestId('par-evidence-link-submit').click();
    await expect(manager.getByTestId(`par-item-evidence-${item.code}`)).toContainText(
      'Kế hoạch CCHC của thành phố',
      SLOW,
    );
    await manager.getByTestId('par-assessment-save').click();
    await expect(manager.getByTestId('par-assessment-submit')).toBeEnabled(SLOW);
    await saveScreenshot(manager, 'par-self-assessment');
    await manager.getByTestId('par-assessment-submit').click();
    await manager.getByTestId('par-assessment-submit-ok').click();
    await expect(manager.getByTestId('par-assessment-status')).toHaveText('Đã gửi', SLOW);

    // Computed items are the council's too; filled through the API so the screen is about the one item.
    const computed = leaves.filter((c) => c.method === 'DATA');
    const { parAssessment } = await gql<{ parAssessment: { version: number } }>(
      request,
      coordToken,
      'query($id: ID!) { parAssessment(id: $id) { version } }',
      { id: own.id },
    );
    await gql(
      request,
      coordToken,
      'mutation($i: SaveParAppraisalInput!) { saveParAppraisal(input: $i) { version } }',
      {
        i: {
          id: own.id,
          version: parAssessment.version,
          scores: computed.map((c) => ({ criterionId: c.id, points: c.maxPoints })),
        },
      },
    );

    // The council: the item lower, with a reason; the rest as the agency scored them.
    await coord.goto(`/par-index/assessments/${own.id}`);
    await expect(coord.getByTestId('par-appraisal')).toBeVisible(SLOW);
    await pickNth(coord, `par-appraisal-select-${item.code}`, 2);
    await coord.getByTestId(`par-appraisal-reason-${item.code}`).fill(REASON);
    await coord.getByTestId('par-appraisal-save').click();
    await expect(coord.getByTestId('par-appraisal-save')).toBeDisabled(SLOW);
    await saveScreenshot(coord, 'par-appraisal');
    await coord.getByTestId('par-appraisal-send').click();
    await coord.getByTestId('par-appraisal-accept-self').check();
    await coord.getByTestId('par-appraisal-send-ok').click();
    await expect(coord.getByTestId('par-assessment-status')).toHaveText('Đã thẩm định', SLOW);

    // The agency explains the difference.
    await manager.reload();
    await expect(manager.getByTestId('par-explanation')).toBeVisible(SLOW);
    await expect(manager.getByTestId('par-explanation')).toContainText(REASON);
    await manager.getByTestId(`par-explanation-${item.code}`).fill(EXPLANATION);
    await saveScreenshot(manager, 'par-explanation');
    await manager.getByTestId('par-explanation-submit').click();
    await manager.getByTestId('par-explanation-submit-ok').click();
    await expect(manager.getByTestId('par-assessment-status')).toHaveText('Thẩm định lại', SLOW);

    // The council answers and finalises.
    await coord.reload();
    await expect(coord.getByTestId('par-reappraisal')).toBeVisible(SLOW);
    await expect(coord.getByTestId('par-reappraisal')).toContainText(EXPLANATION);
    await pickNth(coord, `par-reappraisal-select-${item.code}`, 1);
    await coord.getByTestId(`par-reappraisal-answer-${item.code}`).fill(ANSWER);
    await coord.getByTestId('par-reappraisal-save').click();
    await expect(coord.getByTestId('par-finalise')).toBeEnabled(SLOW);
    await coord.getByTestId('par-finalise').click();
    await coord.getByTestId('par-finalise-ok').click();
    await expect(coord.getByTestId('par-assessment-status')).toHaveText('Đã hoàn tất', SLOW);
    await expect(coord.getByTestId(`par-final-${item.code}`)).toBeVisible(SLOW);
    await saveScreenshot(coord, 'par-scorecard');

    // The other agencies' assessments through the API (the province's own national one is not published);
    // then the coordinator publishes the year in the browser.
    for (const { node } of list.parAssessments.edges)
      if (node.id !== own.id && node.framework.targetGroup !== 'PROVINCE')
        await finaliseThroughApi(request, coordToken, node.id);
    await coord.goto(`/par-index/cycles/${current.id}`);
    await expect(coord.getByTestId('par-cycle-publish')).toBeEnabled(SLOW);
    await coord.getByTestId('par-cycle-publish').click();
    await coord.getByTestId('par-cycle-publish-ok').click();
    await expect(coord.getByTestId('par-cycle-status')).toHaveText('Đã công bố', SLOW);
    await expect(coord.getByTestId('par-cycle-publish')).not.toBeAttached();
    await coord.goto(`/par-index/cycles/${current.id}/ranking`);
    await expect(coord.getByTestId('par-ranking-table').first()).toContainText('Sở Nội vụ', SLOW);
    await expect(coord.getByTestId('par-ranking-provisional')).not.toBeAttached();
    await saveScreenshot(coord, 'par-ranking-published');

    // The published 2022 ranking, read and downloaded.
    await coord.goto(`/par-index/cycles/${published.id}/ranking`);
    await expect(coord.getByTestId('par-ranking-table')).toBeVisible(SLOW);
    await expect(coord.getByTestId('par-ranking-provisional')).not.toBeAttached();
    await saveScreenshot(coord, 'par-ranking');
    const [download] = await Promise.all([
      coord.waitForEvent('download', SLOW),
      coord.getByTestId('par-ranking-download').click(),
    ]);
    const file = await download.path();
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const strings = (await zip.file('xl/sharedStrings.xml')?.async('string')) ?? '';
    expect(strings).toContain('BẢNG XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2022');
  });
});
