import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IndicatorState, IndicatorStatus, MeasurementStatus } from '@partrack/shared';
import {
  INDICATOR_STATE_TAG,
  INDICATOR_STATUS_STYLE,
  MEASUREMENT_STATUS_TAG,
  indicatorStatusLabelKey,
} from './indicator-status.util';

export function IndicatorStatusTag({ status }: { status: IndicatorStatus }) {
  const { t } = useTranslation();
  return (
    <Tag
      color={INDICATOR_STATUS_STYLE[status].tag}
      data-testid="indicator-status"
      data-status={status}
      style={{ marginInlineEnd: 0 }}
    >
      {t(indicatorStatusLabelKey(status))}
    </Tag>
  );
}

export function MeasurementStatusTag({ status }: { status: MeasurementStatus }) {
  const { t } = useTranslation();
  return (
    <Tag
      color={MEASUREMENT_STATUS_TAG[status]}
      data-testid="measurement-status"
      style={{ marginInlineEnd: 0 }}
    >
      {t(`indicator.measurementStatus.${status}`)}
    </Tag>
  );
}

export function IndicatorStateTag({ state }: { state: IndicatorState }) {
  const { t } = useTranslation();
  return (
    <Tag color={INDICATOR_STATE_TAG[state]} style={{ marginInlineEnd: 0 }}>
      {t(`indicator.state.${state}`)}
    </Tag>
  );
}
