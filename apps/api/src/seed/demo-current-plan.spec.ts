import { DEMO_CURRENT_TASKS } from './demo-current-plan.tasks';
import { demoTaskState } from './demo-current-plan.seeder';

describe('the demo plan of the current year', () => {
  // The seed places tasks relative to today: the mix must hold on any day, the year's first and last included.
  it.each(['2026-01-01', '2026-03-15', '2026-12-07', '2026-12-31'])('keeps its outcomes on %s', (today) => {
    for (const [i, task] of DEMO_CURRENT_TASKS.entries()) {
      const state = demoTaskState(task, `2026:3.${i + 1}`, 2026, today);
      expect(state.dueDate >= '2026-01-01' && state.dueDate <= '2026-12-31').toBe(true);
      if (state.completedOn) expect(state.completedOn <= today).toBe(true);
      if (task.outcome === 'ON_TIME') expect(state.completedOn! <= state.dueDate).toBe(true);
      if (task.outcome === 'OVERDUE') expect(state.dueDate <= today).toBe(true);
      if (task.outcome === 'LATE' && today > '2026-01-01')
        expect(state.completedOn! > state.dueDate).toBe(true);
      if (task.outcome === 'NOT_STARTED' && today < '2026-12-31') expect(state.dueDate > today).toBe(true);
    }
  });

  it('leads tasks from several departments and districts, some late and some overdue', () => {
    expect(DEMO_CURRENT_TASKS.length).toBeGreaterThanOrEqual(12);
    expect(new Set(DEMO_CURRENT_TASKS.map((t) => t.lead)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(DEMO_CURRENT_TASKS.map((t) => t.outcome))).toEqual(
      new Set(['ON_TIME', 'LATE', 'OVERDUE', 'IN_PROGRESS', 'NOT_STARTED']),
    );
  });
});
