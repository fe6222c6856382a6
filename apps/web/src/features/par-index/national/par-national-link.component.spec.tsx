import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ParTargetGroup, Role } from '@partrack/shared';
import { renderFast } from '../../../testing/fast-user';
import { ParNationalLink } from './par-national-link.component';

// The machine running the suite may be loaded: antd screens take a while to render.
const SLOW = { timeout: 10000 };

function renderLink(targetGroup: ParTargetGroup) {
  return renderFast(
    <Routes>
      <Route
        path="/par-index/assessments/:id"
        element={<ParNationalLink assessmentId="as-p" targetGroup={targetGroup} />}
      />
      <Route path="/par-index/assessments/:id/national" element={<p>national page</p>} />
    </Routes>,
    { role: Role.VIEWER, route: '/par-index/assessments/as-p' },
  );
}

describe('ParNationalLink', () => {
  it("opens the province's national screens", async () => {
    const harness = renderLink(ParTargetGroup.PROVINCE);
    const link = screen.getByTestId('par-national-link');
    expect(link).toHaveTextContent('Tự đánh giá cấp tỉnh');
    expect(link).toHaveAttribute('href', '/par-index/assessments/as-p/national');
    await harness.fast.click(link);
    expect(await screen.findByText('national page', {}, SLOW)).toBeInTheDocument();
  });

  it("is absent from the other groups' assessments", () => {
    renderLink(ParTargetGroup.DEPARTMENT);
    expect(screen.queryByTestId('par-national-link')).not.toBeInTheDocument();
  });
});
