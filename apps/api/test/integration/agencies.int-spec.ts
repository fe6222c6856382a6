import { AgencyKind, AgencyLevel, Role } from '@partrack/shared';
import {
  CREATE_AGENCY,
  CREATE_AGENCY_ID,
  SEARCH_AGENCIES,
  MOVE_AGENCY_PARENT,
  MOVE_AGENCY,
  UPDATE_AGENCY,
  MERGE_AGENCIES_CODE,
  MERGE_AGENCIES,
  TREE_AS_OF,
  MERGED_SOURCE,
  DEACTIVATE_AGENCY,
  DEACTIVATE_AGENCY_VALID_TO,
  TREE_DEPTHS,
  AGENCY_DETAIL,
  AGENCY_CODE,
  SEARCH_HB,
  TREE_CODES,
  FIRST_PAGE,
  NEXT_PAGE,
  GARBAGE_CURSOR,
} from './agencies.documents';
import type { CreateAgencyInput } from '../gql/graphql';
import { createTestApp, TestApp } from '../support/test-app';
import { login, makeAgency, makeProvince, makeUser, Province } from '../support/fixtures';

describe('agency hierarchy', () => {
  let t: TestApp;
  let p: Province;
  let admin: string;
  let coordinator: string;

  const create = (input: CreateAgencyInput, token = coordinator) =>
    t.gql(CREATE_AGENCY, { i: input }, { token });

  beforeAll(async () => {
    t = await createTestApp();
    p = await makeProvince(t, 'HA');
    await makeUser(t, 'admin@ha.vn', Role.ADMIN, null);
    await makeUser(t, 'coord@ha.vn', Role.COORDINATOR, p.dept);
    admin = (await login(t, 'admin@ha.vn')).accessToken;
    coordinator = (await login(t, 'coord@ha.vn')).accessToken;
  });
  afterAll(() => t.close());

  it('creates an agency and writes an audit row in the same transaction', async () => {
    const res = await create({
      code: 'HA-STC',
      name: 'Sở Tài chính',
      kind: AgencyKind.DEPARTMENT,
      level: AgencyLevel.PROVINCE,
      parentId: p.root.id,
      aliases: ['STC'],
    });
    expect(res.data?.createAgency).toMatchObject({
      code: 'HA-STC',
      name: 'Sở Tài chính',
      version: 1,
      parentId: p.root.id,
    });
    const audit = await t.dataSource.query(
      `SELECT action, actor_label, after FROM audit_entry WHERE entity_id = $1`,
      [res.data!.createAgency.id],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'agency.create',
      actor_label: 'coord@ha.vn',
      after: { code: 'HA-STC' },
    });
  });

  it('returns field-level validation errors, localised', async () => {
    const input = {
      code: 'bad code',
      name: '',
      kind: AgencyKind.DEPARTMENT,
      level: AgencyLevel.PROVINCE,
      parentId: p.root.id,
    };
    const en = await create(input);
    expect(en.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(en.errors?.[0].extensions?.fields).toEqual(
      expect.arrayContaining([
        { field: 'code', message: 'Codes use upper-case letters A–Z, digits, "-" and "_".' },
        { field: 'name', message: 'This field is required.' },
      ]),
    );
    const vi = await t.gql(
      CREATE_AGENCY_ID,
      { i: input },
      { token: coordinator, headers: { 'accept-language': 'vi' } },
    );
    expect(vi.errors?.[0].extensions?.fields).toEqual(
      expect.arrayContaining([{ field: 'name', message: 'Trường này là bắt buộc.' }]),
    );
  });

  it('refuses a duplicate code', async () => {
    const res = await create({
      code: 'HA-SNV',
      name: 'Trùng',
      kind: AgencyKind.DEPARTMENT,
      level: AgencyLevel.PROVINCE,
      parentId: p.root.id,
    });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'code' }] });
  });

  it('finds agencies ignoring diacritics and case', async () => {
    const res = await t.gql(SEARCH_AGENCIES, {}, { token: coordinator });
    expect(res.data?.agencies.edges.map((e) => e.node.code)).toEqual(['HA-SNV']);
  });

  it('moves an agency and refuses cycles', async () => {
    const ok = await t.gql(
      MOVE_AGENCY_PARENT,
      { i: { id: p.commune.id, newParentId: p.dept.id } },
      { token: coordinator },
    );
    expect(ok.data?.moveAgency.parentId).toBe(p.dept.id);
    const cycle = await t.gql(
      MOVE_AGENCY,
      { i: { id: p.root.id, newParentId: p.commune.id } },
      { token: admin },
    );
    expect(cycle.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          field: 'newParentId',
          message: 'An agency cannot be moved under itself or one of its descendants.',
        },
      ],
    });
    const self = await t.gql(MOVE_AGENCY, { i: { id: p.dept.id, newParentId: p.dept.id } }, { token: admin });
    expect(self.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    await t.gql(MOVE_AGENCY, { i: { id: p.commune.id, newParentId: p.district.id } }, { token: coordinator });
  });

  it('detects a stale version (optimistic locking): exactly one of two concurrent edits wins', async () => {
    const a = await makeAgency(t, 'HA-LOCK', p.root);
    const update = (name: string) =>
      t.gql(UPDATE_AGENCY, { i: { id: a.id, version: a.version, name } }, { token: coordinator });
    const results = await Promise.all([update('Tên A'), update('Tên B')]);
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
  });

  it('merges agencies; history stays queryable with asOf', async () => {
    const x = await makeAgency(t, 'HA-X', p.root, { name: 'Sở X', validFrom: '2020-01-01' });
    const y = await makeAgency(t, 'HA-Y', p.root, { name: 'Sở Y', validFrom: '2020-01-01' });
    const unit = await makeAgency(t, 'HA-X-U', x, { name: 'Chi cục thuộc X' });
    const target = await makeAgency(t, 'HA-XY', p.root, { name: 'Sở XY', validFrom: '2025-03-01' });
    const merged = await t.gql(
      MERGE_AGENCIES_CODE,
      { i: { sourceIds: [x.id, y.id], targetId: target.id, effectiveDate: '2025-03-01' } },
      { token: coordinator },
    );
    expect(merged.data?.mergeAgencies.code).toBe('HA-XY');
    const on = async (asOf: string) => {
      const res = await t.gql(TREE_AS_OF, { r: p.root.id, d: asOf }, { token: coordinator });
      return res.data!.agencyTree.map((n) => n.code);
    };
    expect(await on('2024-12-31')).toEqual(expect.arrayContaining(['HA-X', 'HA-Y']));
    expect(await on('2024-12-31')).not.toContain('HA-XY');
    expect(await on('2025-03-01')).toEqual(expect.arrayContaining(['HA-XY', 'HA-X-U']));
    expect(await on('2025-03-01')).not.toContain('HA-X');
    const source = await t.gql(MERGED_SOURCE, { id: x.id }, { token: coordinator });
    expect(source.data?.agency).toEqual({
      active: false,
      validTo: '2025-03-01',
      successor: { code: 'HA-XY' },
    });
    const [{ parent_id }] = await t.dataSource.query('SELECT parent_id FROM agency WHERE id = $1', [unit.id]);
    expect(parent_id).toBe(target.id);
    const intoSelf = await t.gql(
      MERGE_AGENCIES,
      { i: { sourceIds: [y.id], targetId: y.id, effectiveDate: '2026-01-01' } },
      { token: coordinator },
    );
    expect(intoSelf.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('deactivates an agency only when it has no active children', async () => {
    const parent = await makeAgency(t, 'HA-P', p.root);
    await makeAgency(t, 'HA-P-C', parent);
    const refused = await t.gql(
      DEACTIVATE_AGENCY,
      { i: { id: parent.id, date: '2026-06-01' } },
      { token: coordinator },
    );
    expect(refused.errors?.[0].message).toContain('1 active sub-agencies');
    const leaf = await makeAgency(t, 'HA-LEAF', p.root);
    const ok = await t.gql(
      DEACTIVATE_AGENCY_VALID_TO,
      { i: { id: leaf.id, date: '2026-06-01' } },
      { token: coordinator },
    );
    expect(ok.data?.deactivateAgency.validTo).toBe('2026-06-01');
  });

  it('returns the tree depth-first with depth and child counts, plus ancestors and descendantCount', async () => {
    const res = await t.gql(TREE_DEPTHS, { r: p.district.id }, { token: coordinator });
    expect(res.data?.agencyTree).toEqual([
      { code: 'HA-D1', depth: 0, childCount: 1 },
      { code: 'HA-D1-C1', depth: 1, childCount: 0 },
    ]);
    const detail = await t.gql(AGENCY_DETAIL, { id: p.commune.id }, { token: coordinator });
    expect(detail.data?.agency).toEqual({
      ancestors: [{ code: 'HA' }, { code: 'HA-D1' }],
      descendantCount: 0,
      children: [],
    });
  });

  it('keeps provinces apart: a coordinator cannot read or change another province', async () => {
    const other = await makeProvince(t, 'HB');
    const read = await t.gql(AGENCY_CODE, { id: other.dept.id }, { token: coordinator });
    expect(read.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const list = await t.gql(SEARCH_HB, {}, { token: coordinator });
    expect(list.data?.agencies.edges).toEqual([]);
    const write = await create({
      code: 'HB-NEW',
      name: 'Xâm nhập',
      kind: AgencyKind.DEPARTMENT,
      level: AgencyLevel.PROVINCE,
      parentId: other.root.id,
    });
    expect(write.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const tree = await t.gql(TREE_CODES, {}, { token: coordinator });
    expect(tree.data?.agencyTree.every((n) => n.code.startsWith('HA'))).toBe(true);
    const adminTree = await t.gql(TREE_CODES, {}, { token: admin });
    expect(adminTree.data?.agencyTree.map((n) => n.code)).toEqual(expect.arrayContaining(['HA', 'HB']));
  });

  it('paginates with stable keyset cursors', async () => {
    const page1 = await t.gql(FIRST_PAGE, {}, { token: coordinator });
    const first = page1.data!.agencies;
    expect(first.edges).toHaveLength(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    await makeAgency(t, 'HA-AAAA', p.root, { name: 'AAAA inserted before the cursor' });
    const page2 = await t.gql(NEXT_PAGE, { a: first.pageInfo.endCursor }, { token: coordinator });
    const seen = first.edges.map((e) => e.node.code);
    expect(page2.data!.agencies.edges.map((e) => e.node.code).some((c) => seen.includes(c))).toBe(false);
    const bad = await t.gql(GARBAGE_CURSOR, {}, { token: coordinator });
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'after' }],
    });
  });
});
