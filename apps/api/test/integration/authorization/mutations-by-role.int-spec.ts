import { Permission, PERMISSIONS_BY_ROLE, Role } from '@partrack/shared';
import { MUTATION_SPECS, PUBLIC_MUTATIONS } from '../../support/authorization/all-specs';
import { MutationSpec } from '../../support/authorization/mutation-spec';
import { documentedPermissions } from '../../support/authorization/permission-table';
import { expectVerdict, inParallel, Outcome, runAs, Verdict } from '../../support/authorization/runner';
import { buildWorld, CALLER_OF_ROLE, World } from '../../support/authorization/world';
import { createTestApp, TestApp } from '../../support/test-app';

/**
 * Every mutation × every role, each call on objects of its own that sit inside the caller's write scope,
 * so the permission alone decides. The expected verdict comes from the table in docs/api.md, never from
 * the server's code: allowed calls must succeed and write, refused ones answer FORBIDDEN and write nothing.
 */
const DOCS = documentedPermissions();
const ROLES = Object.values(Role);

const expectedFor = (spec: MutationSpec, role: Role): Verdict =>
  spec.permission === 'AUTHENTICATED' || DOCS[role].has(spec.permission) ? 'OK' : 'FORBIDDEN';

const CASES = MUTATION_SPECS.flatMap((spec) =>
  ROLES.map((role) => ({ key: `${spec.mutation}/${role}`, spec, role, expected: expectedFor(spec, role) })),
);

/**
 * One fresh object for each allowed role (its call changes it), and one shared by the refused roles and
 * the anonymous caller, called in turn: a refusal must leave it exactly as it was.
 */
function jobsOf(spec: MutationSpec) {
  const refused = CASES.filter((c) => c.spec === spec && c.expected === 'FORBIDDEN').map((c) => c.role);
  return [
    ...CASES.filter((c) => c.spec === spec && c.expected === 'OK').map((c) => ({
      spec,
      role: c.role,
      callers: [c.role],
    })),
    { spec, role: refused[0] ?? Role.VIEWER, callers: ['anonymous' as const, ...refused] },
  ];
}

describe('authorization: every mutation × every role', () => {
  let t: TestApp;
  let w: World;
  const outcomes = new Map<string, Outcome>();

  /** The caller's own agency for reports (only its staff write them), else district D1 of province P. */
  const agencyFor = (spec: MutationSpec, role: Role) =>
    spec.ownAgency && role === Role.COORDINATOR ? w.p.snv : w.p.d1;

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildWorld(t, Object.values(CALLER_OF_ROLE));
    const play = async ({ spec, role, callers }: ReturnType<typeof jobsOf>[number]) => {
      const tokens = callers.map((c) => (c === 'anonymous' ? null : w.token[CALLER_OF_ROLE[c]]));
      const results = await runAs(w, tokens, () => spec.on(w, agencyFor(spec, role), role));
      callers.forEach((c, i) => outcomes.set(`${spec.mutation}/${c}`, results[i]));
    };
    await inParallel(MUTATION_SPECS.filter((s) => !s.late).flatMap(jobsOf), 6, play);
    // Later and one at a time: these read or change what every other case may create (notifications).
    for (const job of MUTATION_SPECS.filter((s) => s.late).flatMap(jobsOf)) await play(job);
  });
  afterAll(() => t?.close());

  it('docs/api.md and libs/shared grant the same permissions to every role', () => {
    for (const role of ROLES) expect([...DOCS[role]].sort()).toEqual([...PERMISSIONS_BY_ROLE[role]].sort());
    expect(new Set(ROLES.flatMap((r) => [...DOCS[r]]))).toEqual(new Set(Object.values(Permission)));
  });

  it('guards every mutation of the schema, each with a permission the docs know', async () => {
    const res = await t.gql<{ __schema: { mutationType: { fields: { name: string }[] } } }>(
      '{ __schema { mutationType { fields { name } } } }',
    );
    const inSchema = res.data!.__schema.mutationType.fields.map((f) => f.name);
    expect(inSchema.filter((n) => !PUBLIC_MUTATIONS.includes(n)).sort()).toEqual(
      MUTATION_SPECS.map((s) => s.mutation).sort(),
    );
    const known = new Set([...DOCS[Role.ADMIN], 'AUTHENTICATED']);
    expect(MUTATION_SPECS.filter((s) => !known.has(s.permission))).toEqual([]);
  });

  it('has allowed and refused cases for every role but the admin', () => {
    const verdicts = (role: Role) => new Set(CASES.filter((c) => c.role === role).map((c) => c.expected));
    expect(verdicts(Role.ADMIN)).toEqual(new Set(['OK']));
    for (const role of ROLES.filter((r) => r !== Role.ADMIN))
      expect(verdicts(role)).toEqual(new Set(['OK', 'FORBIDDEN']));
  });

  it.each(CASES)('$spec.mutation as $role → $expected', ({ key, expected }) => {
    expectVerdict(outcomes.get(key)!, expected);
  });

  it.each(MUTATION_SPECS)('$mutation without credentials → UNAUTHENTICATED', ({ mutation }) => {
    expectVerdict(outcomes.get(`${mutation}/anonymous`)!, 'UNAUTHENTICATED');
  });
});
