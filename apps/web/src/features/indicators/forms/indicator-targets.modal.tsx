import { useEffect, useMemo, useState } from 'react';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Flex, InputNumber, Modal, Select, Skeleton, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AgencyLevel } from '@partrack/shared';
import { toApiError } from '../../../app/apollo/api-error';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import { AgencyPicker } from '../../agencies/agency-picker.component';
import { IndicatorDetailDocument, SetIndicatorTargetsDocument } from '../graphql/indicator.operations';
import { invalidateIndicators } from '../indicator-cache';
import { periodOptions } from '../indicator-period.util';
import { REPORTING_LEVELS } from '../indicator-url.util';
import { useIndicatorFormat } from '../use-indicator-format.hook';
import {
  newTargetKey,
  targetProblems,
  toTargetInputs,
  toTargetRows,
  type TargetProblem,
  type TargetRow,
} from './indicator-targets.util';

/**
 * Overrides of the plan-wide target (level | agency | period | value), saved as a whole with the version
 * they were read at: two coordinators editing at once must not silently overwrite each other.
 */
export function IndicatorTargetsModal({
  indicatorId,
  onClose,
}: {
  indicatorId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useIndicatorFormat();
  const detail = useQuery(IndicatorDetailDocument, {
    variables: { id: indicatorId },
    fetchPolicy: 'network-only',
  });
  const [save, saving] = useMutation(SetIndicatorTargetsDocument, { update: invalidateIndicators });
  const indicator = detail.data?.indicator;
  const [rows, setRows] = useState<TargetRow[]>([]);
  const [version, setVersion] = useState<number | null>(null);
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    // Rows and version are taken together from each load, so what is saved matches what was read.
    if (!indicator) return;
    setRows(toTargetRows(indicator.targets));
    setVersion(indicator.version);
    setError(null);
  }, [indicator]);

  const problems = useMemo(
    () => (indicator ? targetProblems(rows, indicator.plan.year) : new Map<string, TargetProblem>()),
    [rows, indicator],
  );
  const change = (key: string, patch: Partial<TargetRow>) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const conflict = error !== null && toApiError(error).code === 'CONFLICT';

  const submit = async () => {
    setTouched(true);
    if (!indicator || version === null || problems.size > 0) return;
    setError(null);
    try {
      await save({ variables: { input: { id: indicatorId, version, targets: toTargetInputs(rows) } } });
      void message.success(t('indicator.targets.saved'));
      onClose();
    } catch (caught) {
      setError(caught);
    }
  };

  const decimal = format.language === 'vi' ? ',' : '.';
  return (
    <Modal
      open
      width={900}
      title={t('indicator.targets.title', { code: indicator?.code ?? '' })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={saving.loading}
      okButtonProps={{ disabled: !indicator || conflict, 'data-testid': 'targets-submit' }}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {!indicator ? (
        detail.error ? (
          <ApiErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />
        ) : (
          <Skeleton active />
        )
      ) : (
        <Flex vertical gap={12} data-testid="targets-editor">
          <Typography.Text type="secondary">
            {t('indicator.targets.intro', { target: format.value(indicator.target, indicator.unit) })}
          </Typography.Text>
          {conflict ? (
            <Alert
              type="warning"
              showIcon
              data-testid="targets-conflict"
              title={t('indicator.targets.conflictTitle')}
              description={t('indicator.targets.conflictDescription')}
              action={
                <Button size="small" type="primary" onClick={() => void detail.refetch()}>
                  {t('errors.conflictReload')}
                </Button>
              }
            />
          ) : (
            error !== null && <ApiErrorAlert error={error} />
          )}
          <Table<TargetRow>
            rowKey="key"
            size="small"
            pagination={false}
            dataSource={rows}
            locale={{ emptyText: t('indicator.targets.empty') }}
            columns={[
              {
                key: 'level',
                title: t('indicator.targets.level'),
                width: 150,
                render: (_v, row) => (
                  <Select<AgencyLevel>
                    allowClear
                    value={row.level}
                    placeholder={t('indicator.targets.anyLevel')}
                    onChange={(level) => change(row.key, { level: level ?? null })}
                    options={REPORTING_LEVELS.map((level) => ({
                      value: level,
                      label: t(`agency.level.${level}`),
                    }))}
                    style={{ width: '100%' }}
                  />
                ),
              },
              {
                key: 'agency',
                title: t('indicator.targets.agency'),
                render: (_v, row) => (
                  <AgencyPicker
                    value={row.agencyId}
                    placeholder={t('indicator.targets.anyAgency')}
                    onChange={(agencyId) => change(row.key, { agencyId })}
                  />
                ),
              },
              {
                key: 'period',
                title: t('indicator.targets.period'),
                width: 190,
                render: (_v, row) => (
                  <Select<string>
                    allowClear
                    value={row.period}
                    placeholder={t('indicator.targets.wholeYear')}
                    onChange={(period) => change(row.key, { period: period ?? null })}
                    options={periodOptions(indicator.plan.year, t)}
                    style={{ width: '100%' }}
                  />
                ),
              },
              {
                key: 'value',
                title: t('indicator.targets.value'),
                width: 170,
                render: (_v, row) => {
                  const problem = touched ? problems.get(row.key) : undefined;
                  return (
                    <Flex vertical>
                      <InputNumber
                        min={0}
                        value={row.value}
                        decimalSeparator={decimal}
                        status={problem ? 'error' : undefined}
                        onChange={(value) => change(row.key, { value: value ?? null })}
                        style={{ width: '100%' }}
                      />
                      {problem && (
                        <Typography.Text type="danger" data-testid="target-problem">
                          {t(`indicator.targets.problem.${problem}`)}
                        </Typography.Text>
                      )}
                    </Flex>
                  );
                },
              },
              {
                key: 'remove',
                width: 48,
                render: (_v, row) => (
                  <Button
                    size="small"
                    icon={<DeleteOutlined />}
                    aria-label={t('common.delete')}
                    onClick={() => setRows((current) => current.filter((r) => r.key !== row.key))}
                  />
                ),
              },
            ]}
          />
          <Button
            icon={<PlusOutlined />}
            data-testid="targets-add"
            onClick={() =>
              setRows((current) => [
                ...current,
                { key: newTargetKey(), level: null, agencyId: null, period: null, value: null },
              ])
            }
            style={{ alignSelf: 'start' }}
          >
            {t('indicator.targets.add')}
          </Button>
        </Flex>
      )}
    </Modal>
  );
}
