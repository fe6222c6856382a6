// Through the API, what the browser walk does not show: the demo's other assessments of the open cycle are
// taken to FINALISED by the coordinator (who may act for every agency of the province and sits on the demo's
// council), so that the walk can publish the cycle in the browser.
import type { APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD } from './fixtures';

export async function gql<T>(
  request: APIRequestContext,
  token: string | null,
  query: string,
  variables = {},
) {
  const res = await request.post('/graphql', {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
    data: { query, variables },
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

export async function tokenOf(request: APIRequestContext, email: string): Promise<string> {
  const data = await gql<{ login: { accessToken: string } }>(
    request,
    null,
    'mutation($i: LoginInput!) { login(input: $i) { accessToken } }',
    { i: { email, password: DEMO_PASSWORD } },
  );
  return data.login.accessToken;
}

export interface Criterion {
  id: string;
  code: string;
  parentId: string | null;
  method: string | null;
  maxPoints: number;
  evidenceRequired: boolean;
  scale: { points: number }[] | null;
}

/** The scored items of a framework: a method and no children. */
export function leavesOf(criteria: Criterion[]): Criterion[] {
  const parents = new Set(criteria.map((c) => c.parentId));
  return criteria.filter((c) => !parents.has(c.id) && c.method !== null);
}

/** Full marks on the scale, nothing for a bonus or a penalty. */
export const bestSelfScore = (c: Criterion) =>
  c.method === 'MANUAL' ? Math.max(...(c.scale ?? []).map((o) => o.points)) : 0;

const SELF_SCORED = ['MANUAL', 'BONUS', 'PENALTY'];
const MISSING_EVIDENCE = 'Hồ sơ lưu tại cơ quan (kiểm thử e2e)';

interface Step {
  version: number;
  status: string;
}

/** One assessment from wherever it stands to FINALISED: self-scores and submission, appraisal, no explanation. */
export async function finaliseThroughApi(
  request: APIRequestContext,
  token: string,
  id: string,
): Promise<void> {
  const { parAssessment: a } = await gql<{
    parAssessment: Step & { framework: { criteria: Criterion[] } };
  }>(
    request,
    token,
    `query($id: ID!) { parAssessment(id: $id) { version status
       framework { criteria { id code parentId method maxPoints evidenceRequired scale { points } } } } }`,
    { id },
  );
  const leaves = leavesOf(a.framework.criteria);
  let step: Step = a;
  const run = async (mutation: string, type: string, input: object) => {
    const data = await gql<Record<string, Step>>(
      request,
      token,
      `mutation($i: ${type}!) { ${mutation}(input: $i) { version status } }`,
      { i: { id, version: step.version, ...input } },
    );
    step = data[mutation];
  };
  if (step.status === 'DRAFT') {
    const scores = leaves
      .filter((c) => SELF_SCORED.includes(c.method ?? ''))
      .map((c) => ({
        criterionId: c.id,
        points: bestSelfScore(c),
        noEvidenceReason: c.evidenceRequired ? MISSING_EVIDENCE : null,
      }));
    await run('saveParSelfScores', 'SaveParSelfScoresInput', { scores });
    await run('submitParSelfAssessment', 'SubmitParSelfAssessmentInput', {});
  }
  if (step.status === 'SUBMITTED') {
    const computed = leaves.filter((c) => c.method === 'DATA');
    if (computed.length > 0)
      await run('saveParAppraisal', 'SaveParAppraisalInput', {
        scores: computed.map((c) => ({ criterionId: c.id, points: c.maxPoints })),
      });
    await run('sendParAppraisal', 'SendParAppraisalInput', { acceptSelfScores: true });
  }
  if (step.status === 'APPRAISED')
    await run('submitParExplanations', 'SubmitParExplanationsInput', { explanations: [] });
  if (step.status === 'REAPPRAISAL') await run('finaliseParAssessment', 'FinaliseParAssessmentInput', {});
  if (step.status !== 'FINALISED') throw new Error(`assessment ${id} stopped at ${step.status}`);
}
