import { screen } from '@testing-library/react';
import { SurveyScope, SurveyStatus } from '@partrack/shared';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/test-harness';
import { PROVINCE_ROWS } from '../../agencies/agency-tree.fixtures';
import { AgencyTreeDocument } from '../../agencies/graphql/agency-tree.operations';
import { SurveyOnlineFormTargetDocument } from '../graphql/survey-online-form.operations';
import { SurveyOnlineFormSection } from './survey-online-form.section';

const SLOW = { timeout: 5000 };
const mocks = [
  {
    request: { query: SurveyOnlineFormTargetDocument, variables: { id: 's-1' } },
    result: { data: { survey: { __typename: 'Survey' as const, id: 's-1', provinceId: 'p' } } },
  },
  {
    request: { query: AgencyTreeDocument, variables: () => true },
    result: { data: { agencyTree: PROVINCE_ROWS } },
    maxUsageCount: 5,
  },
];
const survey = (status: SurveyStatus, scope = SurveyScope.AGENCY) => ({
  id: 's-1',
  title: 'Khảo sát một cửa',
  status,
  scope,
  agencyId: scope === SurveyScope.AGENCY ? 'yt' : null,
});

describe('SurveyOnlineFormSection', () => {
  it('gives an open AGENCY survey the link and QR code of its agency, on demand', async () => {
    const { user } = renderWithProviders(<SurveyOnlineFormSection survey={survey(SurveyStatus.OPEN)} />, {
      mocks,
    });
    expect(screen.queryByTestId('survey-online-form-link')).toBeNull();
    await user.click(screen.getByTestId('survey-online-form-show'));
    const link = await screen.findByTestId('survey-online-form-link', {}, SLOW);
    expect(link).toHaveTextContent(`${window.location.origin}/khao-sat/s-1/yt`);
    const qr = await screen.findByTestId('survey-online-form-qr', {}, SLOW);
    expect(qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(await screen.findByAltText('Mã QR phiếu khảo sát về Sở Y tế', {}, SLOW)).toBe(qr);
    expect(screen.getByTestId('survey-online-form-print')).toBeEnabled();
  });

  it('shows nothing for a survey that is not collecting answers', () => {
    renderWithProviders(<SurveyOnlineFormSection survey={survey(SurveyStatus.CLOSED)} />, { mocks });
    expect(screen.queryByTestId('survey-online-form')).toBeNull();
  });
});
