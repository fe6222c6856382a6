import { DownloadOutlined } from '@ant-design/icons';
import { useApolloClient } from '@apollo/client/react';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AgencyLevel } from '@partrack/shared';
import { DownloadErrorAlert } from '../../../app/ui/download-error-alert.component';
import { useDownload } from '../../../app/ui/use-download.hook';
import { IndicatorScoreboardXlsxDocument } from '../graphql/indicator.operations';

interface ScoreboardExportProps {
  /** Null while the scoreboard cannot be shown (no plan or period yet, or a district still to choose). */
  board: { planId: string; period: string; level: AgencyLevel; rootAgencyId: string | null } | null;
}

/** The scoreboard on screen as an Excel workbook (numbers coloured by status, a legend sheet). */
export function ScoreboardExport({ board }: ScoreboardExportProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const file = useDownload();

  const download = () =>
    file.download(async () => {
      if (!board) return null;
      const result = await client.query({
        query: IndicatorScoreboardXlsxDocument,
        variables: board,
        // A workbook is not worth keeping in the normalised cache.
        fetchPolicy: 'no-cache',
      });
      return result.data?.indicatorScoreboardXlsx;
    });

  return (
    <Flex vertical gap={8} align="end" style={{ marginInlineStart: 'auto' }}>
      <Button
        icon={<DownloadOutlined />}
        data-testid="scoreboard-export"
        disabled={!board}
        loading={file.downloading}
        onClick={() => void download()}
      >
        {t('indicator.scoreboard.export')}
      </Button>
      <DownloadErrorAlert
        data-testid="scoreboard-export-error"
        error={file.error}
        onClose={file.clearError}
      />
    </Flex>
  );
}
