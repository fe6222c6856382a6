import fs from 'node:fs';
import path from 'node:path';
import { createTestApp, TestApp } from '../support/test-app';
import { login } from '../support/fixtures';
import { DEMO_PASSWORD } from '../../src/seed/seed.service';

const SEED = fs.readFileSync(
  path.join(
    __dirname,
    '../../../../libs/shared/src/plan-document/__fixtures__/ke-hoach-cchc-2022-quang-nam.txt',
  ),
  'utf8',
);
const IMPORT = `mutation($i: ImportPlanDocumentInput!) { importPlanDocument(input: $i) {
  dryRun applied created updated unchanged plan { id code year title }
  document { title year results activities tasks projects }
  items { code kind parentCode areaCode productType dueDate fundingText action
          leads { text confidence agency { code } group { code } } coordinators { text agency { code } group { code } } }
  problems { line severity code itemCode text }
} }`;

type Name = {
  text: string;
  confidence: number;
  agency: { code: string } | null;
  group: { code: string } | null;
};
type Item = {
  code: string;
  kind: string;
  parentCode: string | null;
  areaCode: string | null;
  productType: string | null;
  dueDate: string | null;
  fundingText: string | null;
  action: string;
  leads: Name[];
  coordinators: Name[];
};
type Result = {
  dryRun: boolean;
  applied: boolean;
  created: number;
  updated: number;
  unchanged: number;
  plan: { id: string; code: string; year: number; title: string } | null;
  document: {
    title: string;
    year: number;
    results: number;
    activities: number;
    tasks: number;
    projects: number;
  };
  items: Item[];
  problems: { line: number; severity: string; code: string; itemCode: string | null; text: string | null }[];
};

describe('importPlanDocument (the 2022 Quảng Nam plan)', () => {
  let t: TestApp;
  let token: string;
  let provinceId: string;
  const run = async (input: Record<string, unknown>) => {
    const res = await t.gql<{ importPlanDocument: Result }>(IMPORT, { i: input }, { token });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.importPlanDocument;
  };

  beforeAll(async () => {
    t = await createTestApp({ SEED_DEMO_DATA: 'true' });
    token = (await login(t, 'coordinator@demo.partrack.vn', DEMO_PASSWORD)).accessToken;
    [{ id: provinceId }] = await t.dataSource.query(`SELECT id FROM agency WHERE code = 'QNA'`);
  });
  afterAll(() => t.close());

  it('dry-runs the seed: the whole tree, resolved agencies, and the problems, writing nothing', async () => {
    const result = await run({
      content: SEED,
      format: 'TEXT',
      newPlan: { code: 'KH-TEST-2022', ownerAgencyId: provinceId },
      dryRun: true,
    });
    expect(result).toMatchObject({
      dryRun: true,
      applied: false,
      plan: null,
      created: 78,
      updated: 0,
      unchanged: 0,
    });
    expect(result.document).toMatchObject({
      year: 2022,
      results: 13,
      activities: 22,
      tasks: 36,
      projects: 7,
    });
    expect(await t.dataSource.query(`SELECT 1 FROM plan WHERE code = 'KH-TEST-2022'`)).toEqual([]);

    const byCode = new Map(result.items.map((i) => [i.code, i]));
    const task330 = byCode.get('3.30')!;
    expect(task330.leads.map((n) => n.agency?.code)).toEqual([
      'QNA-STNMT',
      'QNA-SXD',
      'QNA-SKHDT',
      'QNA-SYT',
      'QNA-SLDTBXH',
      'QNA-SNV',
    ]);
    expect(task330.leads.find((n) => n.text.includes('Ni'))?.confidence).toBeLessThan(0.95);
    expect(task330.coordinators.map((n) => n.group?.code)).toEqual([
      'QNA-GRP-SO-BAN-NGANH',
      'QNA-GRP-UBND-HUYEN',
    ]);
    expect(byCode.get('3.16')).toMatchObject({
      kind: 'TASK',
      parentCode: expect.stringMatching(/^2\./),
      productType: 'PLAN',
      dueDate: '2022-03-31',
    });
    expect(byCode.get('3.16')!.leads.map((n) => n.agency?.code)).toEqual(['QNA-SNV']);
    expect(byCode.get('3.17')!.leads).toEqual([]);

    const codes = result.problems.map((p) => `${p.code}:${p.itemCode ?? ''}`);
    expect(codes).toEqual(
      expect.arrayContaining(['EMPTY_LEAD:3.17', 'EMPTY_COORDINATOR:3.24', 'AGENCY_FUZZY:3.30']),
    );
    expect(result.problems.find((p) => p.code === 'AGENCY_FUZZY')?.text).toBe('Ni vụ');
    expect(result.problems.filter((p) => p.code === 'AGENCY_UNRESOLVED')).toEqual([]);
    expect(result.problems.every((p) => p.severity === 'WARNING')).toBe(true);
  });

  it('commits all items with their assignments, then re-imports without changes', async () => {
    const first = await run({
      content: SEED,
      format: 'TEXT',
      newPlan: { code: 'KH-TEST-2022', ownerAgencyId: provinceId },
      dryRun: false,
    });
    expect(first).toMatchObject({ applied: true, created: 78, plan: { code: 'KH-TEST-2022', year: 2022 } });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM plan_item WHERE plan_id = $1`, [
      first.plan!.id,
    ]);
    expect(n).toBe(78);
    const [{ leads }] = await t.dataSource.query(
      `SELECT count(*)::int AS leads FROM plan_item_agency pia JOIN plan_item i ON i.id = pia.item_id
        WHERE i.code = '3.30' AND pia.role = 'LEAD' AND i.plan_id = $1`,
      [first.plan!.id],
    );
    expect(leads).toBe(6);
    const again = await run({ content: SEED, format: 'TEXT', planId: first.plan!.id, dryRun: false });
    expect(again).toMatchObject({ applied: true, created: 0, updated: 0, unchanged: 78 });

    const corrected = SEED.replace(
      '3.16: Kế hoạch đào tạo bồi dưỡng',
      '3.16: Kế hoạch đào tạo, bồi dưỡng năm 2022',
    );
    const fixed = await run({ content: corrected, format: 'TEXT', planId: first.plan!.id, dryRun: false });
    expect(fixed).toMatchObject({ created: 0, updated: 1, unchanged: 77 });
    expect(fixed.items.find((i) => i.action === 'UPDATE')?.code).toBe('3.16');
  });

  it('applies the coordinator’s choice for a name it could not resolve', async () => {
    const text = SEED.replace('Sở: TNMT, Xây dựng, KHĐT, Y tế, LĐTBXH, Ni vụ', 'Sở: TNMT, Phòng Bí Ẩn');
    const before = await run({
      content: text,
      format: 'TEXT',
      newPlan: { code: 'KH-X', ownerAgencyId: provinceId },
      dryRun: true,
    });
    expect(before.problems.filter((p) => p.code === 'AGENCY_UNRESOLVED').map((p) => p.text)).toEqual([
      'Phòng Bí Ẩn',
    ]);
    const [{ id: snv }] = await t.dataSource.query(`SELECT id FROM agency WHERE code = 'QNA-SNV'`);
    const after = await run({
      content: text,
      format: 'TEXT',
      newPlan: { code: 'KH-X', ownerAgencyId: provinceId },
      dryRun: true,
      agencyOverrides: [{ text: 'phong bi an', agencyId: snv }],
    });
    expect(after.problems.filter((p) => p.code === 'AGENCY_UNRESOLVED')).toEqual([]);
    expect(after.items.find((i) => i.code === '3.30')!.leads.map((n) => n.agency?.code)).toEqual([
      'QNA-STNMT',
      'QNA-SNV',
    ]);
  });

  it.each([
    ['random text', 'Hôm nay trời đẹp.\nKhông có kế hoạch nào ở đây.', 'NO_APPENDIX'],
    ['a truncated table', SEED.slice(0, SEED.indexOf('3.20')), 'TRUNCATED'],
  ])('refuses %s with an ERROR and writes nothing', async (_name, content, code) => {
    const result = await run({
      content,
      format: 'TEXT',
      newPlan: { code: 'KH-BAD', ownerAgencyId: provinceId },
      dryRun: false,
    });
    expect(result.applied).toBe(false);
    expect(result.problems.some((p) => p.severity === 'ERROR' && p.code === code)).toBe(true);
    expect(await t.dataSource.query(`SELECT 1 FROM plan WHERE code = 'KH-BAD'`)).toEqual([]);
  });

  it('refuses empty content and ambiguous targets with field errors', async () => {
    const empty = await t.gql(
      IMPORT,
      {
        i: { content: '  ', format: 'TEXT', newPlan: { code: 'E', ownerAgencyId: provinceId }, dryRun: true },
      },
      { token },
    );
    expect(empty.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'content' }],
    });
    const neither = await t.gql(IMPORT, { i: { content: SEED, format: 'TEXT', dryRun: true } }, { token });
    expect(neither.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'planId' }],
    });
  });

  it('is refused to agency officers', async () => {
    const officer = (await login(t, 'officer@demo.partrack.vn', DEMO_PASSWORD)).accessToken;
    const res = await t.gql(
      IMPORT,
      {
        i: {
          content: SEED,
          format: 'TEXT',
          newPlan: { code: 'KH-O', ownerAgencyId: provinceId },
          dryRun: true,
        },
      },
      { token: officer },
    );
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
