import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderFast } from '../../testing/fast-user';
import { PublicCoverage } from './public-coverage.component';
import { PublicSatisfaction } from './public-satisfaction.component';
import { coverageSection, satisfactionSection } from './public-summary.fixtures';

describe('PublicSatisfaction', () => {
  it('shows the overall share and each sector and agency against its target, with respondents', () => {
    renderFast(<PublicSatisfaction section={satisfactionSection()} />, { role: null });
    expect(screen.getByTestId('public-satisfaction-overall')).toHaveTextContent(
      'Toàn tỉnh: 83,5% hài lòng, 300 người trả lời, mục tiêu 85%',
    );
    const land = screen.getByTestId('public-satisfaction-sector-LAND');
    expect(land).toHaveTextContent('Đất đai');
    expect(land).toHaveTextContent('Đạt mục tiêu');
    const agencies = screen.getByTestId('public-satisfaction-agency');
    const [above, below] = within(agencies).getAllByRole('listitem');
    expect(above).toHaveAttribute(
      'aria-label',
      'Sở Tài nguyên và Môi trường: 87,5% hài lòng, mục tiêu 80%, 200 người trả lời',
    );
    expect(below).toHaveTextContent('Chưa đạt');
    expect(below).toHaveTextContent('100 người trả lời');
    expect(screen.queryByTestId('public-satisfaction-sample')).not.toBeInTheDocument();
  });

  it('labels the demo sample as sample data, in English too', () => {
    renderFast(<PublicSatisfaction section={satisfactionSection({ sample: true })} />, {
      role: null,
      language: 'en',
    });
    expect(screen.getByTestId('public-satisfaction-sample')).toHaveTextContent('Sample data');
    expect(screen.getByTestId('public-satisfaction-overall')).toHaveTextContent('Province: 83.5% satisfied');
  });

  it('says when the year has no closed survey', () => {
    renderFast(
      <PublicSatisfaction section={satisfactionSection({ surveys: 0, byAgency: [], bySector: [] })} />,
      {
        role: null,
      },
    );
    expect(screen.getByText('Chưa có cuộc khảo sát nào đã kết thúc trong năm này.')).toBeInTheDocument();
  });
});

describe('PublicCoverage', () => {
  it('shows each level and the total inspected against the plan’s target', () => {
    renderFast(<PublicCoverage section={coverageSection()} />, { role: null });
    expect(screen.getByTestId('public-coverage-line-PROVINCE')).toHaveTextContent('Sở, ban, ngành');
    expect(screen.getByTestId('public-coverage-line-PROVINCE')).toHaveTextContent('Đạt mục tiêu');
    expect(screen.getByTestId('public-coverage-line-DISTRICT')).toHaveTextContent('Chưa đạt');
    expect(screen.getByTestId('public-coverage-line-TOTAL')).toHaveAttribute(
      'aria-label',
      'Toàn tỉnh: đã kiểm tra 11/38 cơ quan (28,95%), mục tiêu 30%',
    );
  });

  it('says the plan is not approved, and shows no line, before approval', () => {
    renderFast(<PublicCoverage section={coverageSection({ approved: false, levels: [], total: null })} />, {
      role: null,
      language: 'en',
    });
    expect(screen.getByText("This year's inspection plan is not approved yet.")).toBeInTheDocument();
    expect(screen.queryByTestId('public-coverage-line')).not.toBeInTheDocument();
  });
});
