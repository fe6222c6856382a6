import { AgencyKind, AgencyLevel, Role } from '@partrack/shared';
import fc from 'fast-check';
import { Agency } from '../../src/agencies/agency.entity';
import { todayInVietnam } from '../../src/common/time/vietnam-time';
import { login, makeAgency, makeUser } from '../support/fixtures';
import { createTestApp, GqlResponse, TestApp } from '../support/test-app';
import {
  CREATE,
  DEACTIVATE,
  HISTORY,
  LOCK_VERSION,
  MERGE,
  MOVE,
  RENAME,
  TREE,
} from './agency-history.property.documents';

// Replay a failure with AGENCY_HISTORY_SEED=<seed printed by fast-check> (and its `path` for the shrunk case).
const SEED = Number(process.env.AGENCY_HISTORY_SEED ?? 20261208);
const RUNS = Number(process.env.AGENCY_HISTORY_RUNS ?? 30);

// Effective days, none after today: the merge's cycle check and writing scope read today's tree
// (agency.parent_id), which is the tree of the operation's day only when no later-dated change exists yet.
const DAYS =
  '2021-03-01 2021-09-15 2022-01-01 2022-06-30 2023-02-14 2023-11-01 2024-02-29 2024-07-01 2025-01-01 2025-05-20 2026-01-01 2026-04-30'
    .split(' ')
    .filter((day) => day <= todayInVietnam());
// A day in each year, and one before every operation.
const YEAR_DAYS = ['2020-06-01', ...[1, 2, 3, 4, 5, 6].map((y) => `202${y}-08-15`)];

interface Node {
  id: string;
  parentId: string | null;
  name: string;
  validFrom: string;
  validTo: string | null;
}
type State = Map<string, Node>;
type Op =
  | { kind: 'create'; day: string; id: string; parentId: string; name: string }
  | { kind: 'move'; day: string; id: string; parentId: string }
  | { kind: 'rename'; day: string; id: string; name: string }
  | { kind: 'merge'; day: string; sourceIds: string[]; targetId: string }
  | { kind: 'deactivate'; day: string; id: string };

const exists = (n: Node, day: string) => n.validFrom <= day && (n.validTo === null || n.validTo > day);

/** The reference semantics of each mutation, applied to a model state in place. */
function apply(state: State, op: Op): void {
  const node = (id: string) => state.get(id)!;
  if (op.kind === 'create') {
    const { id, parentId, name, day } = op;
    state.set(id, { id, parentId, name, validFrom: day, validTo: null });
  } else if (op.kind === 'move') node(op.id).parentId = op.parentId;
  else if (op.kind === 'rename') node(op.id).name = op.name;
  else if (op.kind === 'deactivate') node(op.id).validTo = op.day;
  else {
    // Children existing that day are taken before the sources end, so a source under another source moves too.
    const moved = [...state.values()].filter(
      (n) => n.parentId !== null && op.sourceIds.includes(n.parentId) && exists(n, op.day),
    );
    for (const child of moved) child.parentId = op.targetId;
    for (const id of op.sourceIds) node(id).validTo = op.day;
  }
}

/** The state of day `day`: the initial tree with, in order, only the operations effective by then. */
function replay(initial: Node[], log: Op[], day: string): State {
  const state: State = new Map(initial.map((n) => [n.id, { ...n }]));
  for (const op of log) if (op.day <= day) apply(state, op);
  return state;
}

/** The agencies existing on `day` reachable from `rootId` through agencies existing that day. */
function treeOn(state: State, rootId: string, day: string): Node[] {
  const alive = [...state.values()].filter((n) => exists(n, day));
  const out: Node[] = [];
  const visit = (n: Node) => {
    out.push(n);
    alive.filter((c) => c.parentId === n.id).forEach(visit);
  };
  const root = state.get(rootId);
  if (root && exists(root, day)) visit(root);
  return out;
}

function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

const KINDS = ['move', 'move', 'rename', 'merge', 'create', 'deactivate', 'split', 'refused'] as const;
const intentArb = fc.record({
  kind: fc.constantFrom(...KINDS),
  day: fc.nat({ max: DAYS.length - 1 }),
  a: fc.nat(),
  b: fc.nat(),
  c: fc.nat(),
});
type Intent = typeof intentArb extends fc.Arbitrary<infer T> ? T : never;
const shapeArb = fc.record({
  communes: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 2, maxLength: 4 }),
  departments: fc.integer({ min: 2, max: 4 }),
});
type Shape = typeof shapeArb extends fc.Arbitrary<infer T> ? T : never;

const pick = <T>(xs: T[], k: number): T | undefined => (xs.length ? xs[k % xs.length] : undefined);

/**
 * Random chronological sequences of dated moves, renames, merges, creations, deactivations and splits, sent
 * through the GraphQL API as an admin, against a pure replay of the operations: every day's agencyTree is the
 * replay's tree of that day, and every agency's history covers all time and holds the replay's facts.
 */
describe('dated agency hierarchy = replay of the dated operations (property)', () => {
  let t: TestApp;
  let token: string;
  let runs = 0;

  beforeAll(async () => {
    t = await createTestApp();
    await makeUser(t, 'hprop-admin@test.vn', Role.ADMIN, null);
    token = (await login(t, 'hprop-admin@test.vn')).accessToken;
  });
  afterAll(() => t.close());

  const ok = <T>(res: GqlResponse<T>, what: string): T => {
    if (!res.data || res.errors?.length) throw new Error(`${what} failed: ${JSON.stringify(res.errors)}`);
    return res.data;
  };

  async function buildTree(prefix: string, shape: Shape): Promise<Node[]> {
    const node = (a: Agency): Node => ({
      id: a.id,
      parentId: a.parentId,
      name: a.name,
      validFrom: a.validFrom,
      validTo: null,
    });
    const pc = AgencyKind.PEOPLES_COMMITTEE;
    const root = await makeAgency(t, prefix, null, { name: `Tỉnh ${prefix}` });
    const nodes = [node(root)];
    for (const [d, communes] of shape.communes.entries()) {
      const district = await makeAgency(t, `${prefix}-D${d}`, root, { name: `Huyện ${d}`, kind: pc });
      nodes.push(node(district));
      for (let c = 0; c < communes; c++) {
        const extra = { name: `Xã ${d}.${c}`, kind: pc, level: AgencyLevel.COMMUNE };
        nodes.push(node(await makeAgency(t, `${prefix}-D${d}-C${c}`, district, extra)));
      }
    }
    for (let s = 0; s < shape.departments; s++) {
      const extra = { name: `Sở ${s}`, level: AgencyLevel.PROVINCE };
      nodes.push(node(await makeAgency(t, `${prefix}-S${s}`, root, extra)));
    }
    return nodes;
  }

  /** Sends the intents, resolved against the live model, through the API; returns the log of what took effect. */
  async function perform(prefix: string, rootId: string, live: State, intents: Intent[]): Promise<Op[]> {
    const log: Op[] = [];
    const record = (op: Op) => {
      apply(live, op);
      log.push(op);
    };
    let seq = 0;
    const create = async (day: string, parentId: string) => {
      const name = `Mới ${++seq}`;
      const i = { code: `${prefix}-N${seq}`, name, parentId, validFrom: day };
      const kinds = { kind: AgencyKind.DEPARTMENT, level: AgencyLevel.DISTRICT };
      const res = await t.gql(CREATE, { i: { ...i, ...kinds } }, { token });
      const id = ok(res, 'createAgency').createAgency.id;
      record({ kind: 'create', day, id, parentId, name });
      return id;
    };
    const move = async (day: string, id: string, parentId: string) => {
      const i = { id, newParentId: parentId, effectiveDate: day };
      ok(await t.gql(MOVE, { i }, { token }), 'moveAgency');
      record({ kind: 'move', day, id, parentId });
    };
    const merge = async (day: string, sourceIds: string[], targetId: string) => {
      ok(await t.gql(MERGE, { i: { sourceIds, targetId, effectiveDate: day } }, { token }), 'mergeAgencies');
      record({ kind: 'merge', day, sourceIds, targetId });
    };
    const refused = (res: GqlResponse<unknown>, field: string) =>
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field }] });

    for (const { kind, day: k, a, b, c } of [...intents].sort((x, y) => x.day - y.day)) {
      const day = DAYS[k];
      const ancestors = (id: string) => {
        const out: string[] = [];
        for (let p = live.get(id)?.parentId ?? null; p; p = live.get(p)?.parentId ?? null) out.push(p);
        return out;
      };
      const alive = [...live.values()].filter((n) => exists(n, day));
      const nonRoot = alive.filter((n) => n.id !== rootId);
      const older = nonRoot.filter((n) => n.validFrom < day); // the API ends an agency only after its first day
      const below = (top: Node) => alive.filter((n) => ancestors(n.id).includes(top.id));
      if (kind === 'create') await create(day, pick(alive, a)!.id);
      else if (kind === 'rename') {
        const x = pick(alive, a)!;
        const version = ok(await t.gql(LOCK_VERSION, { id: x.id }, { token }), 'agency').agency.version;
        const name = `Tên ${++seq}`;
        const i = { id: x.id, version, name, effectiveDate: day };
        ok(await t.gql(RENAME, { i }, { token }), 'updateAgency');
        record({ kind: 'rename', day, id: x.id, name });
      } else if (kind === 'move') {
        const x = pick(nonRoot, a);
        const free = (p: Node) => x && p !== x && p.id !== x.parentId && !below(x).includes(p);
        const to = pick(alive.filter(free), b);
        if (x && to) await move(day, x.id, to.id);
      } else if (kind === 'deactivate') {
        const leaves = older.filter((n) => !alive.some((child) => child.parentId === n.id));
        const x = pick(leaves, a);
        if (x) {
          ok(await t.gql(DEACTIVATE, { i: { id: x.id, date: day } }, { token }), 'deactivateAgency');
          record({ kind: 'deactivate', day, id: x.id });
        }
      } else if (kind === 'merge') {
        const first = pick(older, a);
        const others = older.filter((n) => n !== first);
        const sources = [first, c % 3 === 0 ? pick(others, c) : undefined].filter((n): n is Node => !!n);
        const outside = (n: Node) => !sources.includes(n) && !sources.some((s) => below(s).includes(n));
        const target = pick(alive.filter(outside), b);
        const sourceIds = sources.map((s) => s.id);
        if (sources.length && target) await merge(day, sourceIds, target.id);
      } else if (kind === 'split') {
        // A split: two new agencies beside the source, every other child moved to the second, then the source
        // merged into the first (which takes the remaining children with the merge).
        const source = pick(older, a);
        if (!source) continue;
        const children = nonRoot.filter((n) => n.parentId === source.id);
        const first = await create(day, source.parentId!);
        const second = await create(day, source.parentId!);
        for (const [i, child] of children.entries()) if (i % 2 === 1) await move(day, child.id, second);
        await merge(day, [source.id], first);
      } else {
        // Operations the API must refuse (BAD_USER_INPUT) without changing anything.
        const ended = [...live.values()].filter((n) => n.validTo !== null && n.validTo <= day);
        const withBelow = nonRoot.filter((n) => below(n).length > 0);
        const x = pick(c % 2 ? withBelow.filter((n) => older.includes(n)) : withBelow, a);
        const inside = x && pick(below(x), b);
        const gone = pick(ended, b);
        if (c % 4 === 0 && x && inside) {
          const i = { id: x.id, newParentId: inside.id, effectiveDate: day };
          refused(await t.gql(MOVE, { i }, { token }), 'newParentId');
        } else if (c % 4 === 1 && x && inside) {
          const i = { sourceIds: [x.id], targetId: inside.id, effectiveDate: day };
          refused(await t.gql(MERGE, { i }, { token }), 'targetId');
        } else if (c % 4 === 2 && gone && nonRoot.length) {
          const i = { id: pick(nonRoot, a)!.id, newParentId: gone.id, effectiveDate: day };
          refused(await t.gql(MOVE, { i }, { token }), 'newParentId');
        } else if (c % 4 === 3 && gone) {
          const i = { sourceIds: [gone.id], targetId: rootId, effectiveDate: day };
          refused(await t.gql(MERGE, { i }, { token }), 'sourceIds');
        }
      }
    }
    return log;
  }

  /** Every day's agencyTree is the replay's tree of that day. */
  async function checkTrees(rootId: string, models: Map<string, State>, live: State): Promise<void> {
    for (const [day, model] of models) {
      const res = ok(await t.gql(TREE, { r: rootId, d: day }, { token }), 'agencyTree');
      // Rows as {id, parentId, name} (depth order is free); the parent's final name only eases reading a diff.
      const row = (n: { id: string; parentId: string | null; name: string }) =>
        `${n.name} ${n.id} parent=${n.parentId} (${n.parentId ? live.get(n.parentId)?.name : '-'})`;
      const actual = res.agencyTree.map(row).sort();
      const expected = treeOn(model, rootId, day).map(row).sort();
      expect({ day, tree: actual }).toEqual({ day, tree: expected });
    }
  }

  /** An agency's versions cover all time and hold the replay's facts on every day it exists. */
  async function checkHistory(id: string, models: Map<string, State>): Promise<void> {
    const history = ok(await t.gql(HISTORY, { id }, { token }), 'agency').agency.history;
    const starts = history.map((v) => v.effectiveFrom);
    const contiguous = [null, ...history.slice(0, -1).map((v) => v.effectiveTo)];
    const lastEnd = history.at(-1)?.effectiveTo;
    expect({ id, starts, lastEnd }).toEqual({ id, starts: contiguous, lastEnd: null });
    for (const [day, model] of models) {
      const n = model.get(id);
      if (!n || !exists(n, day)) continue;
      const holding = history.filter(
        (v) => (v.effectiveFrom ?? '') <= day && (v.effectiveTo === null || v.effectiveTo > day),
      );
      const facts = holding.map((v) => ({ parentId: v.parentId, name: v.name }));
      expect({ id, day, facts }).toEqual({ id, day, facts: [{ parentId: n.parentId, name: n.name }] });
    }
  }

  it('agencyTree of every day of interest and every Agency.history agree with the replay', async () => {
    const property = async (shape: Shape, intents: Intent[]) => {
      const prefix = `HP${++runs}`;
      const initial = await buildTree(prefix, shape);
      const rootId = initial[0].id;
      const live: State = new Map(initial.map((n) => [n.id, { ...n }]));
      const log = await perform(prefix, rootId, live, intents);
      // Each operation day, the day before it, and a day in each year.
      const days = new Set([...YEAR_DAYS, ...log.flatMap((op) => [op.day, dayBefore(op.day)])]);
      const models = new Map([...days].sort().map((day) => [day, replay(initial, log, day)]));
      await checkTrees(rootId, models, live);
      await Promise.all([...live.keys()].map((id) => checkHistory(id, models)));
    };
    const intents = fc.array(intentArb, { minLength: 3, maxLength: 14 });
    await fc.assert(fc.asyncProperty(shapeArb, intents, property), {
      seed: SEED,
      numRuns: RUNS,
      interruptAfterTimeLimit: 150_000,
    });
  }, 200_000);
});
