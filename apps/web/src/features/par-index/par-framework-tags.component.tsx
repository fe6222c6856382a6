import { LockOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { ParFrameworkStatus } from '@partrack/shared';

const TAG = { marginInlineEnd: 0 } as const;

export function ParStatusTag({ status }: { status: ParFrameworkStatus }) {
  const { t } = useTranslation();
  const locked = status === ParFrameworkStatus.LOCKED;
  return (
    <Tag
      color={locked ? 'success' : 'default'}
      icon={locked ? <LockOutlined /> : undefined}
      style={TAG}
      data-testid="par-status"
    >
      {t(`parIndex.status.${status}`)}
    </Tag>
  );
}

/** "Mẫu": a sample shipped with partrack, not a framework the province issued. */
export function ParSampleTag() {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('parIndex.sampleHint')}>
      <Tag color="purple" style={TAG} data-testid="par-sample">
        {t('parIndex.sample')}
      </Tag>
    </Tooltip>
  );
}

/** "Lần 2" on a corrected copy of the same year and group; nothing on the first one. */
export function ParRevisionTag({ revision }: { revision: number }) {
  const { t } = useTranslation();
  if (revision <= 1) return null;
  return (
    <Tooltip title={t('parIndex.revisionHint')}>
      <Tag color="blue" style={TAG} data-testid="par-revision">
        {t('parIndex.revision', { n: revision })}
      </Tag>
    </Tooltip>
  );
}
