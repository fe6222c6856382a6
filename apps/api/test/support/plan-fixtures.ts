import fs from 'node:fs';
import path from 'node:path';
import { graphql } from '../gql';
import { PlanDocumentFormat } from '../gql/graphql';
import { DEMO_PASSWORD } from '../../src/seed/seed.service';
import { login } from './fixtures';
import { TestApp } from './test-app';

export const SEED_PLAN = fs.readFileSync(
  path.join(
    __dirname,
    '../../../../libs/shared/src/plan-document/__fixtures__/ke-hoach-cchc-2022-quang-nam.txt',
  ),
  'utf8',
);

const IMPORT_SEED_PLAN = graphql(`
  mutation ImportSeedPlanForFixture($i: ImportPlanDocumentInput!) {
    importPlanDocument(input: $i) {
      applied
      plan {
        id
      }
    }
  }
`);

export async function demoToken(
  t: TestApp,
  who: 'admin' | 'coordinator' | 'manager' | 'officer' | 'viewer',
): Promise<string> {
  return (await login(t, `${who}@demo.partrack.vn`, DEMO_PASSWORD)).accessToken;
}

export async function agencyId(t: TestApp, code: string): Promise<string> {
  const rows: { id: string }[] = await t.dataSource.query('SELECT id FROM agency WHERE code = $1', [code]);
  if (!rows[0]) throw new Error(`no agency ${code}`);
  return rows[0].id;
}

/** Imports the real 2022 plan through the API as the demo coordinator; returns the plan id. */
export async function importSeedPlan(t: TestApp, code = 'KH-TEST-2022'): Promise<string> {
  const token = await demoToken(t, 'coordinator');
  const res = await t.gql(
    IMPORT_SEED_PLAN,
    {
      i: {
        content: SEED_PLAN,
        format: PlanDocumentFormat.Text,
        newPlan: { code, ownerAgencyId: await agencyId(t, 'QNA') },
        dryRun: false,
      },
    },
    { token },
  );
  const plan = res.data?.importPlanDocument.applied ? res.data.importPlanDocument.plan : null;
  if (!plan) throw new Error(`seed import failed: ${JSON.stringify(res.errors)}`);
  return plan.id;
}

export async function itemId(
  t: TestApp,
  planId: string,
  code: string,
): Promise<{ id: string; version: number }> {
  const rows: { id: string; version: number }[] = await t.dataSource.query(
    'SELECT id, version FROM plan_item WHERE plan_id = $1 AND code = $2',
    [planId, code],
  );
  if (!rows[0]) throw new Error(`no item ${code}`);
  return rows[0];
}
