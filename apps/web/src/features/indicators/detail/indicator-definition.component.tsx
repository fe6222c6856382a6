import { Descriptions, Empty, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IndicatorDetailQuery, IndicatorTargetFieldsFragment } from '../../../gql/graphql';
import { useAgencyTree } from '../../agencies/use-agency-tree.hook';
import { useAreaName } from '../../tasks/task-tags.component';
import { periodLabel } from '../indicator-period.util';
import { useIndicatorFormat } from '../use-indicator-format.hook';

type Detail = IndicatorDetailQuery['indicator'];

/** The definition as a coordinator set it (or the importer extracted it), with the source sentence. */
export function IndicatorDefinition({ indicator }: { indicator: Detail }) {
  const { t } = useTranslation();
  const format = useIndicatorFormat();
  const areaName = useAreaName();
  return (
    <Descriptions column={1} size="small" data-testid="indicator-definition">
      <Descriptions.Item label={t('indicator.fields.area')}>{areaName(indicator.areaCode)}</Descriptions.Item>
      <Descriptions.Item label={t('indicator.fields.unit')}>
        {t(`indicator.unit.${indicator.unit}`)}
      </Descriptions.Item>
      <Descriptions.Item label={t('indicator.fields.aggregation')}>
        {t(`indicator.aggregation.${indicator.aggregation}`)}
      </Descriptions.Item>
      <Descriptions.Item label={t('indicator.fields.direction')}>
        {t(`indicator.direction.${indicator.direction}`)}
      </Descriptions.Item>
      <Descriptions.Item label={t('indicator.fields.frequency')}>
        {t(`indicator.frequency.${indicator.frequency}`)}
      </Descriptions.Item>
      <Descriptions.Item label={t('indicator.fields.reportingLevels')}>
        {indicator.reportingLevels.map((level) => t(`agency.level.${level}`)).join(', ')}
      </Descriptions.Item>
      <Descriptions.Item label={t('indicator.fields.cumulative')}>
        {indicator.cumulative ? t('indicator.value.yes') : t('indicator.value.no')}
      </Descriptions.Item>
      <Descriptions.Item label={t('indicator.fields.planTarget')}>
        <Typography.Text strong data-testid="indicator-plan-target">
          {format.value(indicator.target, indicator.unit)}
        </Typography.Text>
      </Descriptions.Item>
      {indicator.description && (
        <Descriptions.Item label={t('indicator.fields.description')}>
          {indicator.description}
        </Descriptions.Item>
      )}
      {indicator.sourceText && (
        <Descriptions.Item label={t('indicator.fields.source')}>
          <Typography.Text italic>{indicator.sourceText}</Typography.Text>
        </Descriptions.Item>
      )}
      {indicator.draftNotes.length > 0 && (
        <Descriptions.Item label={t('indicator.list.draftNotes')}>
          <Typography.Text type="warning">{indicator.draftNotes.join(' · ')}</Typography.Text>
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}

/** Overrides of the plan-wide target; agency names come from the (cached) agency tree. */
export function IndicatorTargetList({ indicator }: { indicator: Detail }) {
  const { t } = useTranslation();
  const format = useIndicatorFormat();
  const { rows: agencies } = useAgencyTree({ skip: !indicator.targets.some((target) => target.agencyId) });
  const nameOf = (id: string) => agencies.find((agency) => agency.id === id)?.name ?? id;
  if (indicator.targets.length === 0) return <Empty description={t('indicator.targets.none')} />;
  return (
    <Table<IndicatorTargetFieldsFragment>
      data-testid="indicator-targets"
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={indicator.targets}
      columns={[
        {
          key: 'scope',
          title: t('indicator.targets.scope'),
          render: (_v, target) =>
            target.agencyId
              ? nameOf(target.agencyId)
              : target.level
                ? t(`agency.level.${target.level}`)
                : t('indicator.targets.wholePlan'),
        },
        {
          key: 'period',
          title: t('indicator.targets.period'),
          render: (_v, target) =>
            target.period ? periodLabel(target.period, t) : t('indicator.targets.wholeYear'),
        },
        {
          key: 'value',
          title: t('indicator.targets.value'),
          align: 'right',
          render: (_v, target) => format.value(target.value, indicator.unit),
        },
      ]}
    />
  );
}

/** Plan items the indicator measures, each opening its task page. */
export function IndicatorLinkedItems({ indicator }: { indicator: Detail }) {
  const { t } = useTranslation();
  if (indicator.linkedItems.length === 0) return <Empty description={t('indicator.detail.noLinkedItems')} />;
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="indicator-linked-items">
      {indicator.linkedItems.map((item) => (
        <li key={item.id} style={{ marginBottom: 4 }}>
          <Link to={`/tasks/${item.id}`}>
            {item.code}. {item.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}
