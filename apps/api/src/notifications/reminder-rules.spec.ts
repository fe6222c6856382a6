import { NotificationKind } from './notification-kind';
import {
  DEFAULT_REMINDER_RULES,
  kindOf,
  reminderKey,
  ReminderRules,
  reminderStages,
  scanWindow,
  vietnameseDate,
} from './reminder-rules';

const rules = DEFAULT_REMINDER_RULES; // 3 days before, manager after 2, coordinators after 5, 60 days back
const DUE = '2024-06-20';
const on = (today: string, r: ReminderRules = rules) => reminderStages(today, DUE, r);

describe('reminderStages', () => {
  it('is silent more than N days ahead', () => {
    expect(on('2024-06-01')).toEqual([]);
    expect(on('2024-06-16')).toEqual([]);
  });

  it('fires DUE_SOON from due − N days until the day before (catch-up after a missed day)', () => {
    expect(on('2024-06-17')).toEqual(['DUE_SOON']);
    expect(on('2024-06-18')).toEqual(['DUE_SOON']);
    expect(on('2024-06-19')).toEqual(['DUE_SOON']);
  });

  it('fires DUE_TODAY only on the due day', () => {
    expect(on('2024-06-20')).toEqual(['DUE_TODAY']);
  });

  it('fires OVERDUE from the day after, then escalates to managers and coordinators', () => {
    expect(on('2024-06-21')).toEqual(['OVERDUE']);
    expect(on('2024-06-22')).toEqual(['OVERDUE', 'ESCALATE_MANAGER']);
    expect(on('2024-06-24')).toEqual(['OVERDUE', 'ESCALATE_MANAGER']);
    expect(on('2024-06-25')).toEqual(['OVERDUE', 'ESCALATE_MANAGER', 'ESCALATE_COORDINATOR']);
  });

  it('stops after the lookback window', () => {
    expect(on('2024-08-19')).toEqual(['OVERDUE', 'ESCALATE_MANAGER', 'ESCALATE_COORDINATOR']); // 60 days
    expect(on('2024-08-20')).toEqual([]); // 61 days
  });

  it('honours the settings: no DUE_SOON with 0 days before, other escalation days', () => {
    const custom = { daysBefore: 0, managerAfterDays: 1, coordinatorAfterDays: 1, lookbackDays: 10 };
    expect(on('2024-06-19', custom)).toEqual([]);
    expect(on('2024-06-21', custom)).toEqual(['OVERDUE', 'ESCALATE_MANAGER', 'ESCALATE_COORDINATOR']);
    expect(on('2024-07-01', custom)).toEqual([]);
  });

  it('crosses months and leap days', () => {
    expect(reminderStages('2024-02-27', '2024-03-01', rules)).toEqual(['DUE_SOON']);
    expect(reminderStages('2024-03-03', '2024-02-29', rules)).toEqual(['OVERDUE', 'ESCALATE_MANAGER']);
  });
});

describe('scanWindow', () => {
  it('covers exactly the deadlines that can have a reminder today', () => {
    const today = '2024-06-20';
    const { from, to } = scanWindow(today, rules);
    expect({ from, to }).toEqual({ from: '2024-04-21', to: '2024-06-23' });
    expect(reminderStages(today, from, rules)).not.toEqual([]);
    expect(reminderStages(today, to, rules)).toEqual(['DUE_SOON']);
    expect(reminderStages(today, '2024-04-20', rules)).toEqual([]);
    expect(reminderStages(today, '2024-06-24', rules)).toEqual([]);
  });
});

describe('kinds and dedupe keys', () => {
  it('maps stages to kinds per subject', () => {
    expect(kindOf('REPORT', 'DUE_SOON')).toBe(NotificationKind.REPORT_DUE_SOON);
    expect(kindOf('TASK', 'OVERDUE')).toBe(NotificationKind.TASK_OVERDUE);
    expect(kindOf('REPORT', 'ESCALATE_COORDINATOR')).toBe(NotificationKind.REPORT_ESCALATED);
    expect(kindOf('TASK', 'ESCALATE_MANAGER')).toBe(NotificationKind.TASK_ESCALATED);
  });

  it('keys by kind, entity and deadline; escalations by audience', () => {
    expect(reminderKey('REPORT', 'DUE_SOON', 'r1', DUE)).toBe('REPORT_DUE_SOON:r1:2024-06-20');
    expect(reminderKey('TASK', 'ESCALATE_MANAGER', 't1', DUE)).toBe('TASK_ESCALATED:t1:2024-06-20:MANAGER');
    expect(reminderKey('TASK', 'ESCALATE_COORDINATOR', 't1', DUE)).toBe(
      'TASK_ESCALATED:t1:2024-06-20:COORDINATOR',
    );
    // a moved deadline is a new reminder
    expect(reminderKey('TASK', 'DUE_SOON', 't1', '2024-07-01')).not.toBe(
      reminderKey('TASK', 'DUE_SOON', 't1', DUE),
    );
  });

  it('writes dates the Vietnamese way', () => {
    expect(vietnameseDate('2022-03-31')).toBe('31/03/2022');
  });
});
