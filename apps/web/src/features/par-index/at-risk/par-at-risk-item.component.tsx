import { Checkbox, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ParEvidenceRecordType } from '@partrack/shared';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import { periodLabel } from '../../indicators/indicator-period.util';
import { useParIndexFormat } from '../ranking/par-index-format.hook';
import {
  canAssumeDone,
  lostRecordPath,
  type ParLostRecord,
  type ParProvisionalItem,
} from './par-at-risk.util';

type IndicatorFigure = NonNullable<ParProvisionalItem['indicator']>;

interface ParAtRiskItemProps {
  item: ParProvisionalItem;
  /** Task ids assumed done on time in the what-if. */
  selected: ReadonlySet<string>;
  onToggle: (taskId: string, checked: boolean) => void;
}

/** "quá hạn từ 30/06/2026", "hạn 30/06/2026, hoàn thành 05/07/2026", "chưa gửi, hạn …", "hạn …, gửi ngày …". */
function useRecordState() {
  const { t } = useTranslation();
  const { date } = useFormatters();
  return (record: ParLostRecord) => {
    const task = record.recordType !== ParEvidenceRecordType.AGENCY_REPORT;
    if (record.doneOn === null)
      return t(task ? 'parIndex.atRisk.record.overdue' : 'parIndex.atRisk.record.notSent', {
        due: date(record.dueDate),
      });
    return t(task ? 'parIndex.atRisk.record.doneLate' : 'parIndex.atRisk.record.sentLate', {
      due: date(record.dueDate),
      done: date(record.doneOn),
    });
  };
}

/**
 * The figure behind an indicator's item, linking to the indicator: "Chỉ tiêu CT-01 (Năm 2026): đạt 72% (45/62,5)",
 * or "… chưa có số liệu, chỉ tiêu giao 62,5". The target shown is the one the figure is held to (pro-rated for a
 * running cumulative figure), so the percentage reads off the two numbers.
 */
function ParAtRiskIndicator({ figure, share }: { figure: IndicatorFigure; share: number | null }) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const fmt = useParIndexFormat();
  const params = {
    code: figure.code,
    period: periodLabel(figure.period, t),
    target: number(figure.expected),
  };
  return (
    <Typography.Text data-testid="par-at-risk-indicator">
      <Link to={`/indicators/${figure.indicatorId}`} title={figure.name}>
        {figure.value === null
          ? t('parIndex.atRisk.item.indicatorNoFigure', params)
          : t('parIndex.atRisk.item.indicator', {
              ...params,
              share: fmt.points(share ?? 0),
              value: number(figure.value),
            })}
      </Link>
    </Typography.Text>
  );
}

/**
 * One item computed from partrack's records: its on-time share, what it loses, and each record behind the
 * loss ("3.22 Nhiệm vụ … — quá hạn từ 30/06/2026: −0,5") linking to the record; open tasks get a what-if box.
 */
export function ParAtRiskItem({ item, selected, onToggle }: ParAtRiskItemProps) {
  const { t } = useTranslation();
  const fmt = useParIndexFormat();
  const recordState = useRecordState();
  return (
    <Flex vertical gap={4} data-testid={`par-at-risk-item-${item.code}`}>
      <Typography.Text strong>
        {item.code}. {item.title}
      </Typography.Text>
      <Flex gap={16} wrap>
        {item.due !== null && item.onTime !== null && (
          <Typography.Text type="secondary" data-testid="par-at-risk-counts">
            {t('parIndex.atRisk.item.counts', {
              onTime: item.onTime,
              due: item.due,
              share: item.share === null ? '—' : fmt.points(item.share),
            })}
          </Typography.Text>
        )}
        <Typography.Text type="secondary">
          {t('parIndex.atRisk.item.points', {
            points: fmt.points(item.points),
            max: fmt.points(item.maxPoints),
          })}
        </Typography.Text>
        {item.atRisk > 0 ? (
          <Typography.Text type="danger" data-testid="par-at-risk-lost">
            {t('parIndex.atRisk.item.lost', { points: fmt.points(item.atRisk) })}
          </Typography.Text>
        ) : (
          <Typography.Text type="success">{t('parIndex.atRisk.item.nothingLost')}</Typography.Text>
        )}
      </Flex>
      {item.indicator && <ParAtRiskIndicator figure={item.indicator} share={item.share} />}
      {item.records.length > 0 && (
        <ul style={{ margin: 0, paddingInlineStart: 0, listStyle: 'none' }}>
          {item.records.map((record) => {
            const path = lostRecordPath(record);
            const label = path ? <Link to={path}>{record.label}</Link> : record.label;
            const text = (
              <>
                {label} — {recordState(record)}:{' '}
                <Typography.Text type="danger" strong>
                  {fmt.points(-record.gain, true)}
                </Typography.Text>
              </>
            );
            return (
              <li
                key={`${record.recordType}-${record.recordId}`}
                data-testid={`par-lost-record-${record.recordId}`}
                style={{ padding: '2px 0' }}
              >
                {canAssumeDone(record) ? (
                  <Flex gap={8} align="start">
                    <Checkbox
                      data-testid={`par-what-if-${record.recordId}`}
                      checked={selected.has(record.recordId)}
                      onChange={(event) => onToggle(record.recordId, event.target.checked)}
                      aria-label={t('parIndex.atRisk.whatIf.assume', { label: record.label })}
                    />
                    <span>{text}</span>
                  </Flex>
                ) : (
                  // Aligned with the checkable rows' text, so the list reads as one column.
                  <span style={{ display: 'block', paddingInlineStart: 24 }}>{text}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Flex>
  );
}
