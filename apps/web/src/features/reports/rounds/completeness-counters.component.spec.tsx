import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/test-harness';
import { counts } from '../report.fixtures';
import { CompletenessCounters } from './completeness-counters.component';

describe('CompletenessCounters', () => {
  it('shows the seven counters with their share of the expected reports, in Vietnamese number format', () => {
    renderWithProviders(
      <CompletenessCounters counts={counts({ expected: 1250, submitted: 1000, missing: 250, late: 3 })} />,
    );
    expect(within(screen.getByTestId('counter-expected')).getByText('1.250')).toBeInTheDocument();
    expect(screen.getByTestId('counter-expected')).toHaveTextContent('Phải nộp');
    expect(screen.getByTestId('counter-expected')).not.toHaveTextContent('%');
    expect(screen.getByTestId('counter-submitted')).toHaveTextContent('Đã nộp1.00080% số phải nộp');
    expect(screen.getByTestId('counter-missing')).toHaveTextContent('Chưa nộp25020% số phải nộp');
    expect(screen.getByTestId('counter-late')).toHaveTextContent('Nộp muộn30,2% số phải nộp');
    expect(screen.getAllByTestId(/^counter-/).map((el) => el.getAttribute('data-testid'))).toEqual([
      'counter-expected',
      'counter-submitted',
      'counter-accepted',
      'counter-returned',
      'counter-missing',
      'counter-onTime',
      'counter-late',
    ]);
  });

  it('speaks English when asked', () => {
    renderWithProviders(<CompletenessCounters counts={counts({ expected: 4, onTime: 3 })} />, {
      language: 'en',
    });
    expect(screen.getByTestId('counter-onTime')).toHaveTextContent('On time375% of expected');
  });
});
