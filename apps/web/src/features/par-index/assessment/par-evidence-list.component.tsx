import { useMutation } from '@apollo/client/react';
import {
  DeleteOutlined,
  DownloadOutlined,
  LinkOutlined,
  PaperClipOutlined,
  ProfileOutlined,
} from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ParEvidenceKind } from '@partrack/shared';
import { downloadAuthorizedFile } from '../../../app/ui/authorized-file';
import { useErrorMessage } from '../../../app/ui/use-error-message.hook';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import { RemoveParEvidenceDocument } from '../graphql/par-evidence.operations';
import type { ParEvidenceRow } from './par-assessment-items.util';
import { fileSizeLabel, isHttpUrl, removeEvidenceFromCache } from './par-evidence.util';

interface ParEvidenceListProps {
  items: readonly ParEvidenceRow[];
  /** Offers removal (a DRAFT before its deadline, for those who score). */
  removable: boolean;
}

/** An item's evidence, one compact line each: a file to download, a link to open, a cited record. */
export function ParEvidenceList({ items, removable }: ParEvidenceListProps) {
  if (items.length === 0) return null;
  return (
    <Flex vertical gap={2} data-testid="par-evidence-list">
      {items.map((item) => (
        <EvidenceLine key={item.id} item={item} removable={removable} />
      ))}
    </Flex>
  );
}

function EvidenceLine({ item, removable }: { item: ParEvidenceRow; removable: boolean }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const [remove, removing] = useMutation(RemoveParEvidenceDocument, {
    update: (cache, { data }) => {
      if (data?.removeParEvidence) removeEvidenceFromCache(cache, item.assessmentId, item.id);
    },
  });

  const onRemove = async () => {
    try {
      await remove({ variables: { id: item.id } });
      void message.success(t('parIndex.evidence.removed'));
    } catch (caught) {
      void message.error(errorMessage(caught));
    }
  };

  const download = (url: string) => {
    downloadAuthorizedFile(url, item.label, i18n.language).catch((caught: unknown) => {
      void message.error(caught instanceof Error ? caught.message : String(caught));
    });
  };

  // Long file names and addresses wrap instead of widening the row on a phone.
  const wrap = { wordBreak: 'break-word' } as const;
  let body;
  if (item.kind === ParEvidenceKind.FILE) {
    const downloadUrl = item.downloadUrl;
    body = (
      <>
        <PaperClipOutlined aria-hidden />
        {downloadUrl ? (
          // A button, not a link: the file needs the session's token, which a plain href would not send.
          <Button
            type="link"
            size="small"
            icon={<DownloadOutlined />}
            iconPlacement="end"
            style={{ ...wrap, padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
            aria-label={t('parIndex.evidence.download', { name: item.label })}
            data-testid={`par-evidence-download-${item.id}`}
            onClick={() => download(downloadUrl)}
          >
            {item.label}
          </Button>
        ) : (
          <Typography.Text style={wrap}>{item.label}</Typography.Text>
        )}
        {item.size !== null && (
          <Typography.Text type="secondary">({fileSizeLabel(item.size, fmt.number)})</Typography.Text>
        )}
      </>
    );
  } else if (item.kind === ParEvidenceKind.URL) {
    body = (
      <>
        <LinkOutlined aria-hidden />
        {/* The API only stores http(s) links; checked again so no other scheme ever becomes a live link. */}
        {item.url && isHttpUrl(item.url) ? (
          <Typography.Link href={item.url} target="_blank" rel="noopener noreferrer" style={wrap}>
            {item.label}
          </Typography.Link>
        ) : (
          <Typography.Text style={wrap}>{item.label}</Typography.Text>
        )}
      </>
    );
  } else {
    body = (
      <>
        <ProfileOutlined aria-hidden />
        {item.recordType && (
          <Tag style={{ marginInlineEnd: 0 }}>{t(`parIndex.evidence.recordType.${item.recordType}`)}</Tag>
        )}
        <Typography.Text style={wrap}>{item.label}</Typography.Text>
      </>
    );
  }

  return (
    <Flex gap={6} align="center" wrap data-testid={`par-evidence-${item.id}`} data-kind={item.kind}>
      {body}
      {removable && (
        <Popconfirm
          title={t('parIndex.evidence.removeConfirm', { label: item.label })}
          okText={t('parIndex.evidence.remove')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true, 'data-testid': `par-evidence-remove-ok-${item.id}` }}
          onConfirm={() => void onRemove()}
        >
          <Button
            type="text"
            size="small"
            danger
            icon={<DeleteOutlined />}
            loading={removing.loading}
            aria-label={t('parIndex.evidence.removeOf', { label: item.label })}
            data-testid={`par-evidence-remove-${item.id}`}
          />
        </Popconfirm>
      )}
    </Flex>
  );
}
