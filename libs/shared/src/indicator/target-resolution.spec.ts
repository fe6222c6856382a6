import { resolveTarget, TargetRule } from './target-resolution';

const q = { agencyId: 'a1', level: 'DISTRICT', period: '2022-Q2' };

describe('resolveTarget', () => {
  it('returns null when no rule applies', () => {
    expect(resolveTarget([], q)).toBeNull();
    expect(
      resolveTarget(
        [
          { value: 5, agencyId: 'other' },
          { value: 6, level: 'COMMUNE' },
        ],
        q,
      ),
    ).toBeNull();
  });

  it('uses the plan-wide value when nothing more specific exists', () => {
    expect(resolveTarget([{ value: 50 }], q)).toEqual({ value: 50, source: 'PLAN', period: null });
  });

  it('prefers the level over the plan and the agency over the level (80/70/40)', () => {
    const rules: TargetRule[] = [
      { value: 80 },
      { value: 80, level: 'PROVINCE' },
      { value: 70, level: 'DISTRICT' },
      { value: 40, level: 'COMMUNE' },
    ];
    expect(resolveTarget(rules, q)).toEqual({ value: 70, source: 'LEVEL', period: null });
    expect(resolveTarget(rules, { ...q, level: 'COMMUNE' })?.value).toBe(40);
    expect(resolveTarget([...rules, { value: 75, agencyId: 'a1' }], q)).toEqual({
      value: 75,
      source: 'AGENCY',
      period: null,
    });
  });

  it('uses a milestone of the same period within the winning scope only', () => {
    const rules: TargetRule[] = [
      { value: 100 },
      { value: 25, period: '2022-Q1' },
      { value: 50, period: '2022-Q2' },
      { value: 70, level: 'DISTRICT' },
    ];
    // The level's year target is more specific in scope than the plan's Q2 milestone.
    expect(resolveTarget(rules, q)).toEqual({ value: 70, source: 'LEVEL', period: null });
    expect(resolveTarget(rules, { ...q, level: 'COMMUNE' })).toEqual({
      value: 50,
      source: 'PLAN',
      period: '2022-Q2',
    });
    expect(resolveTarget(rules, { ...q, level: 'COMMUNE', period: '2022-Q3' })?.value).toBe(100);
  });

  it('does not treat a half-year milestone as a quarter one that starts the same day', () => {
    const rules: TargetRule[] = [{ value: 100 }, { value: 40, period: '2022-H1' }];
    expect(resolveTarget(rules, { ...q, period: '2022-Q1' })?.value).toBe(100);
    expect(resolveTarget(rules, { ...q, period: '2022-H1' })?.value).toBe(40);
  });

  it('ignores malformed milestones and non-finite values', () => {
    const rules: TargetRule[] = [
      { value: 10, period: 'Q2' },
      { value: Number.NaN, agencyId: 'a1' },
      { value: 9 },
    ];
    expect(resolveTarget(rules, q)?.value).toBe(9);
  });
});
