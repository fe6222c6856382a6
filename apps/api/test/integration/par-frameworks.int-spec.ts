import { ParScoringMethod, ParTargetGroup, Role } from '@partrack/shared';
import type { CreateParCriterionInput } from '../gql/graphql';
import { login, makeProvince, makeUser, Province } from '../support/fixtures';
import { statementsDuring } from '../support/sql-counter';
import { createTestApp, TestApp } from '../support/test-app';
import {
  COPY_FRAMEWORK,
  CREATE_CRITERION,
  CREATE_FRAMEWORK,
  DELETE_CRITERION,
  DELETE_FRAMEWORK,
  FRAMEWORK,
  FRAMEWORKS,
  LOCK_FRAMEWORK,
  UPDATE_CRITERION,
  UPDATE_FRAMEWORK,
} from './par-frameworks.documents';

const SCALE = [
  { label: 'Hoàn thành 100% kế hoạch', points: 1 },
  { label: 'Từ 80% đến dưới 100%', points: 0.5 },
  { label: 'Dưới 80%', points: 0 },
];

describe('PAR Index frameworks', () => {
  let t: TestApp;
  let p: Province;
  let q: Province;
  let coordinator: string;
  let otherCoordinator: string;
  let officer: string;

  beforeAll(async () => {
    t = await createTestApp();
    [p, q] = await Promise.all([makeProvince(t, 'PF'), makeProvince(t, 'QF')]);
    await Promise.all([
      makeUser(t, 'coord@pf.vn', Role.COORDINATOR, p.dept),
      makeUser(t, 'coord@qf.vn', Role.COORDINATOR, q.dept),
      makeUser(t, 'officer@pf.vn', Role.AGENCY_OFFICER, p.district),
    ]);
    [coordinator, otherCoordinator, officer] = (
      await Promise.all(['coord@pf.vn', 'coord@qf.vn', 'officer@pf.vn'].map((e) => login(t, e)))
    ).map((s) => s.accessToken);
  });
  afterAll(() => t.close());

  const newFramework = async (year = 2023, name = 'Bộ tiêu chí sở 2023') => {
    const res = await t.gql(
      CREATE_FRAMEWORK,
      { i: { year, targetGroup: ParTargetGroup.DEPARTMENT, name } },
      { token: coordinator },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createParFramework;
  };
  const add = async (input: CreateParCriterionInput, token = coordinator) =>
    t.gql(CREATE_CRITERION, { i: input }, { token });
  const added = async (input: CreateParCriterionInput) => {
    const res = await add(input);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createParCriterion;
  };
  const fieldOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    (res.errors?.[0]?.extensions?.fields as { field: string }[] | undefined)?.map((f) => f.field);

  it('creates a framework with defaults, one revision after another for a year and group', async () => {
    const first = await newFramework(2024, 'Bộ tiêu chí sở 2024');
    expect(first).toMatchObject({
      year: 2024,
      targetGroup: 'DEPARTMENT',
      revision: 1,
      totalPoints: 100,
      status: 'DRAFT',
      isSample: false,
      bands: [
        { code: 'A', minIndex: 90 },
        { code: 'B', minIndex: 80 },
        { code: 'C', minIndex: 70 },
        { code: 'D', minIndex: 0 },
      ],
    });
    expect((await newFramework(2024, 'Bộ tiêu chí sở 2024 (sửa đổi)')).revision).toBe(2);
  });

  it('builds the tree, names what does not add up in the caller language, then locks it', async () => {
    const f = await newFramework();
    const area = await added({
      frameworkId: f.id,
      code: '1',
      title: 'Công tác chỉ đạo, điều hành CCHC',
      maxPoints: 60,
    });
    const criterion = await added({
      frameworkId: f.id,
      parentId: area.id,
      code: '1.1',
      title: 'Kế hoạch CCHC',
      maxPoints: 2,
    });
    const sub = await added({
      frameworkId: f.id,
      parentId: criterion.id,
      code: '1.1.1',
      title: 'Ban hành kế hoạch đúng hạn',
      maxPoints: 1,
      method: ParScoringMethod.MANUAL,
      scale: SCALE,
    });
    expect([area.level, criterion.level, sub.level]).toEqual(['AREA', 'CRITERION', 'SUB_CRITERION']);
    expect(sub).toMatchObject({ position: 0, maxPoints: 1, scale: SCALE });

    const vi = await t.gql(FRAMEWORK, { id: f.id }, { token: officer, headers: { 'accept-language': 'vi' } });
    const problems = vi.data!.parFramework.problems;
    expect(problems.map((x) => `${x.kind}:${x.code ?? ''}`)).toEqual([
      'childrenDoNotAddUp:1',
      'childrenDoNotAddUp:1.1',
      'totalDoesNotAddUp:',
    ]);
    expect(problems[0].message).toBe('Mục 1 có điểm tối đa 60 nhưng các mục con cộng lại 2.');
    expect(vi.data!.parFramework.scoredMaximum).toBe(1);

    const refused = await t.gql(
      LOCK_FRAMEWORK,
      { i: { id: f.id, version: f.version } },
      { token: coordinator },
    );
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'id' }],
    });
    expect(refused.errors?.[0].message).toContain('Item 1 is worth 60 but its children add up to 2.');

    // Fix: 1.1 worth 1 with its one sub-criterion, area 1 worth 100 with a DATA criterion of 99.
    await added({
      frameworkId: f.id,
      parentId: criterion.id,
      code: '1.1.2',
      title: 'Kiểm tra',
      maxPoints: 1,
      method: ParScoringMethod.DATA,
    });
    await added({
      frameworkId: f.id,
      parentId: area.id,
      code: '1.2',
      title: 'Báo cáo đúng hạn',
      maxPoints: 58,
      method: ParScoringMethod.DATA,
    });
    const grown = await t.gql(
      UPDATE_CRITERION,
      { i: { id: area.id, version: area.version, maxPoints: 100 } },
      { token: coordinator },
    );
    expect(grown.data?.updateParCriterion).toMatchObject({ maxPoints: 100, version: 2 });
    await added({
      frameworkId: f.id,
      parentId: area.id,
      code: '1.3',
      title: 'Khảo sát',
      maxPoints: 40,
      method: ParScoringMethod.SURVEY,
    });
    const ready = (await t.gql(FRAMEWORK, { id: f.id }, { token: coordinator })).data!.parFramework;
    expect(ready.problems).toEqual([]);
    expect(ready.criteria.map((c) => c.code)).toEqual(['1', '1.1', '1.1.1', '1.1.2', '1.2', '1.3']);

    const locked = await t.gql(
      LOCK_FRAMEWORK,
      { i: { id: f.id, version: f.version } },
      { token: coordinator },
    );
    expect(locked.data?.lockParFramework).toMatchObject({ status: 'LOCKED', version: f.version + 1 });
    expect(locked.data?.lockParFramework.lockedAt).toEqual(expect.any(String));

    // Locked: nothing changes any more, and each refusal says why on the field concerned.
    const edit = await t.gql(
      UPDATE_CRITERION,
      { i: { id: sub.id, version: sub.version, maxPoints: 0.5 } },
      { token: coordinator },
    );
    expect(edit.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'id' }] });
    expect(fieldOf(await add({ frameworkId: f.id, code: '2', title: 'Thêm', maxPoints: 1 }))).toEqual([
      'frameworkId',
    ]);
    expect(fieldOf(await t.gql(DELETE_FRAMEWORK, { id: f.id }, { token: coordinator }))).toEqual(['id']);
    expect(fieldOf(await t.gql(DELETE_CRITERION, { id: sub.id }, { token: coordinator }))).toEqual(['id']);
    const [{ n }] = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM par_criterion WHERE framework_id = $1',
      [f.id],
    );
    expect(n).toBe(6);
  });

  it('refuses bad input on the field that has it, before writing anything', async () => {
    const f = await newFramework(2025);
    const area = await added({ frameworkId: f.id, code: '1', title: 'Lĩnh vực', maxPoints: 10 });
    const sub = await added({
      frameworkId: f.id,
      parentId: (
        await added({ frameworkId: f.id, parentId: area.id, code: '1.1', title: 'Tiêu chí', maxPoints: 10 })
      ).id,
      code: '1.1.1',
      title: 'TCTP',
      maxPoints: 10,
      method: ParScoringMethod.DATA,
    });
    const base = { frameworkId: f.id, title: 'Mục', maxPoints: 1 };
    const cases: [CreateParCriterionInput, string][] = [
      [{ ...base, code: '2', maxPoints: 0.125 }, 'maxPoints'],
      [{ ...base, code: '2', maxPoints: -1 }, 'maxPoints'],
      [{ ...base, code: '1..2' }, 'code'],
      [{ ...base, code: '1' }, 'code'],
      [{ ...base, code: '2.1' }, 'code'],
      [{ ...base, code: '3', parentId: area.id }, 'code'],
      [{ ...base, code: '1.1.5', parentId: area.id }, 'code'],
      [{ ...base, code: '2', title: '' }, 'title'],
      [{ ...base, code: '2', parentId: sub.id }, 'parentId'],
      [{ ...base, code: '2', parentId: 'not-a-uuid' }, 'parentId'],
      [{ ...base, code: '2', parentId: p.root.id }, 'parentId'],
      [{ ...base, code: '2', method: ParScoringMethod.DATA, scale: SCALE }, 'scale'],
      [
        {
          ...base,
          code: '2',
          method: ParScoringMethod.MANUAL,
          scale: [
            { label: 'Có', points: 2 },
            { label: 'Không', points: 0 },
          ],
        },
        'scale',
      ],
      [
        {
          ...base,
          code: '2',
          method: ParScoringMethod.MANUAL,
          scale: [
            { label: 'Một nửa', points: 0.5 },
            { label: 'Không', points: 0 },
          ],
        },
        'scale',
      ],
    ];
    for (const [input, field] of cases)
      expect([input.code, fieldOf(await add(input))]).toEqual([input.code, [field]]);

    const badBands = await t.gql(
      UPDATE_FRAMEWORK,
      {
        i: {
          id: f.id,
          version: f.version,
          bands: [
            { code: 'A', label: 'Tốt', minIndex: 90 },
            { code: 'A', label: 'Khá', minIndex: 80 },
          ],
        },
      },
      { token: coordinator },
    );
    expect(fieldOf(badBands)).toEqual(['bands']);
    const badYear = await t.gql(
      CREATE_FRAMEWORK,
      { i: { year: 1999, targetGroup: ParTargetGroup.DISTRICT, name: 'x' } },
      { token: coordinator },
    );
    expect(fieldOf(badYear)).toEqual(['year']);
    const nullName = await t.gql(
      UPDATE_FRAMEWORK,
      { i: { id: f.id, version: f.version, name: null } },
      { token: coordinator },
    );
    expect(fieldOf(nullName)).toEqual(['name']);
    const [{ n }] = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM par_criterion WHERE framework_id = $1',
      [f.id],
    );
    expect(n).toBe(3);
    const stale = await t.gql(
      UPDATE_CRITERION,
      { i: { id: sub.id, version: sub.version + 5, title: 'Cũ' } },
      { token: coordinator },
    );
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('hides another province exactly as a missing id, and officers may read but not write', async () => {
    const f = await newFramework(2026);
    const area = await added({
      frameworkId: f.id,
      code: '1',
      title: 'Lĩnh vực',
      maxPoints: 100,
      method: ParScoringMethod.DATA,
    });
    const missing = '00000000-0000-4000-8000-000000000001';
    const strip = (
      res: { errors?: { message: string; extensions?: Record<string, unknown> }[] },
      id: string,
    ) =>
      JSON.stringify({
        ...res.errors?.[0],
        extensions: { ...res.errors?.[0].extensions, requestId: null },
      }).replace(id, 'ID');

    const hidden = await t.gql(FRAMEWORK, { id: f.id }, { token: otherCoordinator });
    const none = await t.gql(FRAMEWORK, { id: missing }, { token: otherCoordinator });
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(strip(hidden, f.id)).toBe(strip(none, missing));
    const hiddenEdit = await t.gql(
      UPDATE_CRITERION,
      { i: { id: area.id, version: 1, title: 'x' } },
      { token: otherCoordinator },
    );
    const noneEdit = await t.gql(
      UPDATE_CRITERION,
      { i: { id: missing, version: 1, title: 'x' } },
      { token: otherCoordinator },
    );
    expect(strip(hiddenEdit, area.id)).toBe(strip(noneEdit, missing));
    expect(hiddenEdit.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const list = await t.gql(FRAMEWORKS, { filter: { year: 2026 } }, { token: otherCoordinator });
    expect(list.data?.parFrameworks.totalCount).toBe(0);
    const foreignProvince = await t.gql(
      CREATE_FRAMEWORK,
      { i: { year: 2026, targetGroup: ParTargetGroup.DEPARTMENT, name: 'x', provinceId: p.root.id } },
      { token: otherCoordinator },
    );
    expect(fieldOf(foreignProvince)).toEqual(['provinceId']);

    expect((await t.gql(FRAMEWORK, { id: f.id }, { token: officer })).data?.parFramework.id).toBe(f.id);
    const officerAdd = await add({ frameworkId: f.id, code: '2', title: 'x', maxPoints: 1 }, officer);
    expect(officerAdd.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps codes carrying the tree: renaming an item renames everything under it', async () => {
    const f = await newFramework(2031);
    const area = await added({ frameworkId: f.id, code: '1', title: 'Lĩnh vực', maxPoints: 100 });
    const criterion = await added({
      frameworkId: f.id,
      parentId: area.id,
      code: '1.1',
      title: 'Tiêu chí',
      maxPoints: 100,
    });
    await added({
      frameworkId: f.id,
      parentId: criterion.id,
      code: '1.1.1',
      title: 'TCTP',
      maxPoints: 100,
      method: ParScoringMethod.DATA,
    });
    const renamed = await t.gql(
      UPDATE_CRITERION,
      { i: { id: area.id, version: area.version, code: '4' } },
      { token: coordinator },
    );
    expect(renamed.data?.updateParCriterion.code).toBe('4');
    const codes = (
      await t.gql(FRAMEWORK, { id: f.id }, { token: coordinator })
    ).data!.parFramework.criteria.map((c) => c.code);
    expect(codes).toEqual(['4', '4.1', '4.1.1']);
    const wrong = await t.gql(
      UPDATE_CRITERION,
      { i: { id: criterion.id, version: criterion.version + 1, code: '5.1' } },
      { token: coordinator },
    );
    expect(fieldOf(wrong)).toEqual(['code']);
  });

  it('copies a framework with its tree into a new DRAFT that changes on its own', async () => {
    const f = await newFramework(2027);
    const area = await added({ frameworkId: f.id, code: '1', title: 'Lĩnh vực', maxPoints: 100 });
    await added({
      frameworkId: f.id,
      parentId: area.id,
      code: '1.1',
      title: 'Tiêu chí',
      maxPoints: 100,
      method: ParScoringMethod.MANUAL,
      scale: [
        { label: 'Đạt', points: 100 },
        { label: 'Không đạt', points: 0 },
      ],
    });
    await t.gql(LOCK_FRAMEWORK, { i: { id: f.id, version: f.version } }, { token: coordinator });

    const copy = (await t.gql(COPY_FRAMEWORK, { i: { id: f.id, year: 2028 } }, { token: coordinator })).data!
      .copyParFramework;
    expect(copy).toMatchObject({ year: 2028, revision: 1, status: 'DRAFT', copiedFromId: f.id });
    const [copiedArea, copiedCriterion] = copy.criteria;
    expect(copiedArea).toMatchObject({ code: '1', parentId: null, level: 'AREA', maxPoints: 100 });
    expect(copiedCriterion).toMatchObject({
      code: '1.1',
      parentId: copiedArea.id,
      scale: [
        { label: 'Đạt', points: 100 },
        { label: 'Không đạt', points: 0 },
      ],
    });
    expect(copiedArea.id).not.toBe(area.id);
    await t.gql(DELETE_CRITERION, { id: copiedArea.id }, { token: coordinator });
    expect(
      (await t.gql(FRAMEWORK, { id: copy.id }, { token: coordinator })).data?.parFramework.criteria,
    ).toEqual([]);
    expect(
      (await t.gql(FRAMEWORK, { id: f.id }, { token: coordinator })).data?.parFramework.criteria,
    ).toHaveLength(2);
    const again = (await t.gql(COPY_FRAMEWORK, { i: { id: f.id, year: 2027 } }, { token: coordinator })).data!
      .copyParFramework;
    expect(again.revision).toBe(2);
  });

  it('holds the item limit and unique revisions under 30 parallel requests', async () => {
    const f = await newFramework(2029);
    await t.dataSource.query(
      `INSERT INTO par_criterion (framework_id, level, code, position, title, max_points, method)
       SELECT $1, 'AREA', 'A' || i, i, 'Mục ' || i, 0, 'DATA' FROM generate_series(1, 495) AS i`,
      [f.id],
    );
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        add({ frameworkId: f.id, code: `B${i}`, title: `Mục B${i}`, maxPoints: 0 }),
      ),
    );
    expect(results.filter((r) => r.data?.createParCriterion).length).toBe(5);
    expect(new Set(results.filter((r) => r.errors).map((r) => fieldOf(r)?.join()))).toEqual(
      new Set(['frameworkId']),
    );
    const [{ n }] = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM par_criterion WHERE framework_id = $1',
      [f.id],
    );
    expect(n).toBe(500);

    const created = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.gql(
          CREATE_FRAMEWORK,
          { i: { year: 2030, targetGroup: ParTargetGroup.COMMUNE, name: `Song song ${i}` } },
          { token: coordinator },
        ),
      ),
    );
    expect(
      created.map((r) => r.data?.createParFramework.revision).sort((a, b) => (a ?? 0) - (b ?? 0)),
    ).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('lists frameworks with their items in a constant number of statements', async () => {
    const count = async (first: number) =>
      (await statementsDuring(t, () => t.gql(FRAMEWORKS, { first }, { token: coordinator }))).length;
    const few = await count(2);
    const many = await count(20);
    expect(many).toBe(few);
    const page = (await t.gql(FRAMEWORKS, { first: 20 }, { token: coordinator })).data!.parFrameworks;
    expect(page.edges.length).toBeGreaterThan(10);
    expect(page.edges.map((e) => e.node.year)).toEqual(
      [...page.edges.map((e) => e.node.year)].sort((a, b) => b - a),
    );
  });
});
