import { Button, DatePicker, Flex, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT } from '../../app/format/formatters';
import type { AuditLogFilter } from '../../gql/graphql';

interface AuditFilterValues {
  entityType?: string;
  entityId?: string;
  action?: string;
  actorId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

function blankToNull(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** Whole days in the user's time zone: "from 01/03 to 01/03" means that entire day. */
export function toAuditLogFilter(values: AuditFilterValues): AuditLogFilter {
  const [from, to] = values.range ?? [null, null];
  return {
    entityType: blankToNull(values.entityType),
    entityId: blankToNull(values.entityId),
    action: blankToNull(values.action),
    actorId: blankToNull(values.actorId),
    from: from ? from.startOf('day').toISOString() : null,
    to: to ? to.endOf('day').toISOString() : null,
  };
}

export function AuditFilters({ onChange }: { onChange: (filter: AuditLogFilter) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AuditFilterValues>();
  return (
    <Form<AuditFilterValues>
      form={form}
      layout="inline"
      onFinish={(values) => onChange(toAuditLogFilter(values))}
      style={{ rowGap: 8 }}
    >
      <Form.Item name="entityType">
        <Input allowClear placeholder={t('audit.filters.entityType')} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="entityId">
        <Input allowClear placeholder={t('audit.filters.entityId')} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="action">
        <Input allowClear placeholder={t('audit.filters.action')} style={{ width: 260 }} />
      </Form.Item>
      <Form.Item name="actorId">
        <Input allowClear placeholder={t('audit.filters.actorId')} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="range">
        <DatePicker.RangePicker
          format={DATE_FORMAT}
          allowEmpty={[true, true]}
          placeholder={[t('audit.filters.from'), t('audit.filters.to')]}
        />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit">
          {t('common.filter')}
        </Button>
        <Button
          onClick={() => {
            form.resetFields();
            onChange({});
          }}
        >
          {t('common.clearFilters')}
        </Button>
      </Flex>
    </Form>
  );
}
