import { MUTATION_SPECS, specOf } from '../../support/authorization/all-specs';
import { expectVerdict, inParallel, Outcome, run } from '../../support/authorization/runner';
import { ScopeCase } from '../../support/authorization/scope-cases';
import { SCOPE_CASES } from '../../support/authorization/scope-table';
import { buildWorld, CallerName, World } from '../../support/authorization/world';
import { createTestApp, TestApp } from '../../support/test-app';

/**
 * Scope, mutation by mutation: each case is one caller and one fresh object placed where only its place
 * decides (another agency, a commune below, another province, a coordinator on an agency's report…).
 * Refusals write nothing; out of the caller's province answers NOT_FOUND, never FORBIDDEN.
 */
const CASES = SCOPE_CASES.map((c, index) => ({ ...c, index }));

/** The reminder scan is a job over every province, run by an admin: it has no object to place. */
const WITHOUT_SCOPE = ['runReminderScan'];

describe('authorization: where each mutation may act', () => {
  let t: TestApp;
  let w: World;
  const outcomes: Outcome[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildWorld(t, [
      ...new Set<CallerName>(['admin', 'coordinator', 'qCoordinator', ...CASES.map((c) => c.caller)]),
    ]);
    const play = async (c: ScopeCase & { index: number }) => {
      outcomes[c.index] = await run(w, w.token[c.caller], () => c.arrange(w));
    };
    await inParallel(
      CASES.filter((c) => !specOf(c.mutation).late),
      6,
      play,
    );
    // One at a time and last: they read or change notifications that other cases create.
    for (const c of CASES.filter((c) => specOf(c.mutation).late)) await play(c);
  });
  afterAll(() => t?.close());

  it('places every mutation somewhere', () => {
    const placed = new Set(CASES.map((c) => c.mutation));
    expect(MUTATION_SPECS.map((s) => s.mutation).filter((m) => !placed.has(m))).toEqual(WITHOUT_SCOPE);
    expect(CASES.filter((c) => !MUTATION_SPECS.some((s) => s.mutation === c.mutation))).toEqual([]);
  });

  it('expects NOT_FOUND, never FORBIDDEN, from every caller of another province', () => {
    const foreign = CASES.filter((c) => c.caller.startsWith('q') && c.expected !== 'BAD_USER_INPUT');
    expect(foreign.length).toBeGreaterThan(30);
    expect(foreign.filter((c) => c.expected !== 'NOT_FOUND')).toEqual([]);
  });

  it.each(CASES)('$mutation: $label ($caller) → $expected', ({ index, expected }) => {
    expectVerdict(outcomes[index], expected);
  });
});
