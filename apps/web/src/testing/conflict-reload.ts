import { screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';

/**
 * After "reload" on a conflict alert: the alert goes only once the fresh record has arrived, and the submit
 * button stops loading a render later (antd), so a click before that would be swallowed.
 */
export async function waitForReloaded(submitTestId: string) {
  await waitFor(() => {
    expect(screen.queryByTestId('conflict-alert')).not.toBeInTheDocument();
    expect(screen.getByTestId(submitTestId)).not.toHaveClass('ant-btn-loading');
  });
}
