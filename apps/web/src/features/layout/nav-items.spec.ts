import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { hasPermission, Permission, Role } from '@partrack/shared';
import { buildNavItems, selectedNavKey } from './nav-items';

const t = ((key: string) => key) as unknown as TFunction;

function keys(role: Role): string[] {
  const items = buildNavItems(t, (permission) => hasPermission(role, permission));
  return JSON.stringify(items)
    .match(/"key":"[^"]+"/g)!
    .map((k) => k.slice(7, -1));
}

describe('navigation', () => {
  it('shows administration only to roles that hold its permissions', () => {
    expect(keys(Role.ADMIN)).toEqual(
      expect.arrayContaining(['/users', '/api-keys', '/audit', '/agencies/import']),
    );
    for (const role of [Role.COORDINATOR, Role.AGENCY_MANAGER, Role.AGENCY_OFFICER, Role.VIEWER]) {
      expect(keys(role)).not.toContain('admin-group');
      expect(keys(role)).not.toContain('/agencies/import');
    }
  });

  it('shows the reorganisation page to those who manage agencies only', () => {
    for (const role of [Role.ADMIN, Role.COORDINATOR])
      expect(keys(role)).toContain('/agencies/reorganisation');
    for (const role of [Role.AGENCY_MANAGER, Role.AGENCY_OFFICER, Role.VIEWER])
      expect(keys(role)).not.toContain('/agencies/reorganisation');
  });

  it('lists the plan screens to every role, and the plan import only to those who manage plans', () => {
    for (const role of Object.values(Role)) {
      expect(keys(role)).toEqual(expect.arrayContaining(['/plans', '/tasks', '/my-tasks']));
    }
    expect(keys(Role.COORDINATOR)).toContain('/plans/import');
    expect(keys(Role.ADMIN)).toContain('/plans/import');
    for (const role of [Role.AGENCY_MANAGER, Role.AGENCY_OFFICER, Role.VIEWER]) {
      expect(keys(role)).not.toContain('/plans/import');
    }
  });

  it('lists the PAR Index frameworks to every role (all of them hold PAR_READ)', () => {
    for (const role of Object.values(Role)) expect(keys(role)).toContain('/par-index');
  });

  it('lists the satisfaction surveys to every role holding SURVEY_READ', () => {
    for (const role of Object.values(Role)) {
      if (hasPermission(role, Permission.SURVEY_READ)) expect(keys(role)).toContain('/surveys');
      else expect(keys(role)).not.toContain('/surveys');
    }
  });

  it('lists the inspections to every role holding INSPECTION_READ, right after the surveys', () => {
    for (const role of Object.values(Role)) {
      if (hasPermission(role, Permission.INSPECTION_READ)) {
        expect(keys(role)).toContain('/kiem-tra');
        expect(keys(role).indexOf('/kiem-tra')).toBe(keys(role).indexOf('/surveys') + 1);
      } else expect(keys(role)).not.toContain('/kiem-tra');
    }
  });

  it('groups the indicator screens: entry for agency staff, review for coordinators', () => {
    for (const role of Object.values(Role)) {
      expect(keys(role)).toEqual(
        expect.arrayContaining(['indicators-group', '/indicators', '/indicators/scoreboard']),
      );
    }
    for (const role of [Role.ADMIN, Role.COORDINATOR, Role.AGENCY_MANAGER, Role.AGENCY_OFFICER]) {
      expect(keys(role)).toContain('/indicators/entry');
    }
    expect(keys(Role.VIEWER)).not.toContain('/indicators/entry');
    expect(keys(Role.COORDINATOR)).toContain('/indicators/review');
    expect(keys(Role.ADMIN)).toContain('/indicators/review');
    for (const role of [Role.AGENCY_MANAGER, Role.AGENCY_OFFICER, Role.VIEWER]) {
      expect(keys(role)).not.toContain('/indicators/review');
    }
  });

  it('groups the report screens: my reports for agency staff, the round dashboard for coordinators', () => {
    for (const role of Object.values(Role)) {
      expect(keys(role)).toEqual(expect.arrayContaining(['reports-group', '/reports']));
    }
    for (const role of [Role.ADMIN, Role.COORDINATOR, Role.AGENCY_MANAGER, Role.AGENCY_OFFICER]) {
      expect(keys(role)).toContain('/reports/mine');
    }
    expect(keys(Role.VIEWER)).not.toContain('/reports/mine');
    expect(keys(Role.COORDINATOR)).toContain('/reports/rounds');
    for (const role of [Role.AGENCY_MANAGER, Role.AGENCY_OFFICER, Role.VIEWER]) {
      expect(keys(role)).not.toContain('/reports/rounds');
    }
    // The email outbox sits with the other administration screens.
    expect(keys(Role.ADMIN)).toContain('/admin/emails');
    expect(keys(Role.COORDINATOR)).not.toContain('/admin/emails');
    const reports = ['/reports', '/reports/mine', '/reports/rounds'];
    expect(selectedNavKey('/reports/3f2a-uuid', reports)).toBe('/reports');
    expect(selectedNavKey('/reports/rounds/3f2a-uuid/consolidated', reports)).toBe('/reports/rounds');
  });

  it('selects the most specific menu entry for a path', () => {
    const all = ['/agencies', '/agencies/import', '/users'];
    expect(selectedNavKey('/agencies/import', all)).toBe('/agencies/import');
    expect(selectedNavKey('/agencies', all)).toBe('/agencies');
    expect(selectedNavKey('/agencies-x', all)).toBeUndefined();
    const indicators = ['/indicators', '/indicators/entry', '/indicators/review', '/indicators/scoreboard'];
    expect(selectedNavKey('/indicators/entry', indicators)).toBe('/indicators/entry');
    // An indicator's detail page lights up the list it was opened from.
    expect(selectedNavKey('/indicators/3f2a-uuid', indicators)).toBe('/indicators');
  });
});
