import { NodeCollapseOutlined, NodeExpandOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Input, Switch, Tooltip, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT } from '../../app/format/formatters';

interface AgencyTreeToolbarProps {
  search: string;
  onSearchChange: (value: string) => void;
  asOf: Dayjs | null;
  onAsOfChange: (value: Dayjs | null) => void;
  includeInactive: boolean;
  onIncludeInactiveChange: (value: boolean) => void;
  onExpandAll: () => void;
  onCollapseAll: () => void;
  onCreate?: () => void;
}

export function AgencyTreeToolbar(props: AgencyTreeToolbarProps) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8} style={{ marginBottom: 12 }}>
      <Input.Search
        data-testid="agency-search"
        allowClear
        value={props.search}
        onChange={(event) => props.onSearchChange(event.target.value)}
        placeholder={t('agency.tree.searchPlaceholder')}
        aria-label={t('agency.tree.searchLabel')}
      />
      <Flex gap={8} wrap align="center" justify="space-between">
        <Flex gap={8} wrap align="center">
          <DatePicker
            data-testid="agency-as-of"
            value={props.asOf}
            onChange={props.onAsOfChange}
            format={DATE_FORMAT}
            placeholder={t('agency.tree.asOfPlaceholder')}
            aria-label={t('agency.tree.asOf')}
            style={{ width: 220 }}
          />
          <Flex gap={6} align="center">
            <Switch
              id="agency-include-inactive"
              data-testid="agency-include-inactive"
              size="small"
              checked={props.includeInactive}
              onChange={props.onIncludeInactiveChange}
            />
            <Typography.Text>
              <label htmlFor="agency-include-inactive">{t('agency.tree.includeInactive')}</label>
            </Typography.Text>
          </Flex>
        </Flex>
        <Flex gap={4}>
          <Tooltip title={t('agency.tree.expandAll')}>
            <Button
              icon={<NodeExpandOutlined />}
              onClick={props.onExpandAll}
              aria-label={t('agency.tree.expandAll')}
            />
          </Tooltip>
          <Tooltip title={t('agency.tree.collapseAll')}>
            <Button
              icon={<NodeCollapseOutlined />}
              onClick={props.onCollapseAll}
              aria-label={t('agency.tree.collapseAll')}
            />
          </Tooltip>
          {props.onCreate && (
            <Button
              data-testid="agency-create"
              type="primary"
              icon={<PlusOutlined />}
              onClick={props.onCreate}
            >
              {t('agency.actions.create')}
            </Button>
          )}
        </Flex>
      </Flex>
      {props.asOf && (
        <Typography.Text type="secondary" data-testid="agency-as-of-note">
          {t('agency.tree.asOfNote', { date: props.asOf.format(DATE_FORMAT) })}
        </Typography.Text>
      )}
    </Flex>
  );
}
