import { ReportRoundKind } from '@partrack/shared';
import { graphql } from '../gql';
import { TestApp } from './test-app';

const OPEN_AD_HOC_ROUND = graphql(`
  mutation OpenAdHocRoundForFixture($i: OpenReportingRoundInput!) {
    openReportingRound(input: $i) {
      id
    }
  }
`);

/** Opens an ad hoc H1 2022 round of the caller's province (due far ahead); returns its id. */
export async function openAdHocRound(t: TestApp, coordinatorToken: string): Promise<string> {
  const round = await t.gql(
    OPEN_AD_HOC_ROUND,
    {
      i: {
        kind: ReportRoundKind.AD_HOC,
        year: 2022,
        title: 'Báo cáo đột xuất',
        period: '2022-H1',
        dataFrom: '2021-12-15',
        dataTo: '2022-06-14',
        dueDate: '2099-12-31',
      },
    },
    { token: coordinatorToken },
  );
  if (!round.data) throw new Error(JSON.stringify(round.errors));
  return round.data.openReportingRound.id;
}
