import { useMemo, useState } from 'react';
import { Empty, Flex, Switch, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { diffJson, formatJsonValue, type DiffKind, type DiffRow } from './json-diff.util';

const KIND_COLOR: Record<DiffKind, string> = {
  added: 'green',
  removed: 'red',
  changed: 'blue',
  unchanged: 'default',
};

export function JsonDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const [showUnchanged, setShowUnchanged] = useState(false);
  const rows = useMemo(() => diffJson(before, after), [before, after]);
  const visible = showUnchanged ? rows : rows.filter((row) => row.kind !== 'unchanged');

  const cell = (value: unknown, kind: DiffKind, side: 'before' | 'after') => {
    const text = formatJsonValue(value);
    if (!text) return <Typography.Text type="secondary">—</Typography.Text>;
    const emphasise = kind !== 'unchanged';
    return (
      <Typography.Text
        code
        style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
        delete={emphasise && side === 'before'}
        strong={emphasise && side === 'after'}
      >
        {text}
      </Typography.Text>
    );
  };

  return (
    <Flex vertical gap={8} data-testid="audit-diff">
      <Flex gap={6} align="center">
        <Switch size="small" checked={showUnchanged} onChange={setShowUnchanged} id="audit-show-unchanged" />
        <label htmlFor="audit-show-unchanged">{t('audit.diff.showUnchanged')}</label>
      </Flex>
      {visible.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('audit.diff.noChanges')} />
      ) : (
        <Table<DiffRow>
          size="small"
          rowKey="path"
          pagination={false}
          dataSource={visible}
          columns={[
            {
              key: 'path',
              title: t('audit.diff.field'),
              dataIndex: 'path',
              width: 220,
              render: (path: string) => <Typography.Text code>{path}</Typography.Text>,
            },
            {
              key: 'kind',
              title: t('audit.diff.change'),
              width: 120,
              render: (_v, row) => <Tag color={KIND_COLOR[row.kind]}>{t(`audit.diff.kind.${row.kind}`)}</Tag>,
            },
            {
              key: 'before',
              title: t('audit.diff.before'),
              render: (_v, row) => cell(row.before, row.kind, 'before'),
            },
            {
              key: 'after',
              title: t('audit.diff.after'),
              render: (_v, row) => cell(row.after, row.kind, 'after'),
            },
          ]}
        />
      )}
    </Flex>
  );
}
