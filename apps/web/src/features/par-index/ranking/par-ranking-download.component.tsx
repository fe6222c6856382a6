import { DownloadOutlined } from '@ant-design/icons';
import { useApolloClient } from '@apollo/client/react';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { DownloadErrorAlert } from '../../../app/ui/download-error-alert.component';
import { useDownload } from '../../../app/ui/use-download.hook';
import { ParRankingXlsxDocument } from '../graphql/par-ranking.operations';

/** "Tải bảng xếp hạng (Excel)": every group of the cycle, one sheet each, as the API lays it out. */
export function ParRankingDownload({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const file = useDownload();
  return (
    <Flex vertical gap={8} align="end">
      <Button
        data-testid="par-ranking-download"
        icon={<DownloadOutlined />}
        loading={file.downloading}
        onClick={() =>
          void file.download(async () => {
            // A workbook is not worth keeping in the normalised cache.
            const result = await client.query({
              query: ParRankingXlsxDocument,
              variables: { cycleId },
              fetchPolicy: 'no-cache',
            });
            return result.data?.parRankingXlsx;
          })
        }
      >
        {t('parIndex.ranking.download')}
      </Button>
      <DownloadErrorAlert
        data-testid="par-ranking-download-error"
        error={file.error}
        onClose={file.clearError}
      />
    </Flex>
  );
}
