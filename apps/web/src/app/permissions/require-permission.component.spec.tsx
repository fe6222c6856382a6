import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Permission, Role } from '@partrack/shared';
import { renderWithProviders } from '../../testing/test-harness';
import { RequirePermission } from './require-permission.component';

describe('RequirePermission', () => {
  it('shows a 403 screen instead of the page to a role without the permission', () => {
    renderWithProviders(
      <RequirePermission permission={Permission.USER_MANAGE}>
        <p>danh sách người dùng</p>
      </RequirePermission>,
      { role: Role.COORDINATOR },
    );
    expect(screen.queryByText('danh sách người dùng')).not.toBeInTheDocument();
    expect(screen.getByText('Không có quyền truy cập')).toBeInTheDocument();
  });

  it('renders the page for a role with the permission', () => {
    renderWithProviders(
      <RequirePermission permission={Permission.USER_MANAGE}>
        <p>danh sách người dùng</p>
      </RequirePermission>,
      { role: Role.ADMIN },
    );
    expect(screen.getByText('danh sách người dùng')).toBeInTheDocument();
  });
});
