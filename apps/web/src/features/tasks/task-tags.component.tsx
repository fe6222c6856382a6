import { Progress, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PlanItemStatus, REFORM_AREAS } from '@partrack/shared';
import { useFormatters } from '../../app/format/use-formatters.hook';
import { isLanguage } from '../../app/i18n/language';
import { dueBadge, type DueFacts } from './task-due.util';
import { todayInVietnam } from './task-dates.util';

const STATUS_COLORS: Readonly<Record<PlanItemStatus, string>> = {
  [PlanItemStatus.NOT_STARTED]: 'default',
  [PlanItemStatus.IN_PROGRESS]: 'processing',
  [PlanItemStatus.DONE]: 'success',
  [PlanItemStatus.CANCELLED]: 'warning',
};

/** Colours of the statuses in bars and charts, matching the tags. */
export const STATUS_FILL = {
  done: '#52c41a',
  inProgress: '#1677ff',
  notStarted: '#bfbfbf',
  overdue: '#ff4d4f',
  cancelled: '#faad14',
} as const;

export function TaskStatusTag({ status }: { status: PlanItemStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="task-status" style={{ marginInlineEnd: 0 }}>
      {t(`task.status.${status}`)}
    </Tag>
  );
}

export function DueBadgeTag({ item, today }: { item: DueFacts; today?: string }) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const badge = dueBadge(item, today ?? todayInVietnam());
  if (!badge) return null;
  switch (badge.kind) {
    case 'overdue':
      return (
        <Tag color="error" data-testid="overdue-badge">
          {t('task.due.overdue', { days: number(badge.days) })}
        </Tag>
      );
    case 'doneLate':
      return (
        <Tag color="orange" data-testid="done-late-badge">
          {t('task.due.doneLate', { days: number(badge.days) })}
        </Tag>
      );
    case 'dueToday':
      return <Tag color="gold">{t('task.due.dueToday')}</Tag>;
    case 'dueSoon':
      return <Tag color="gold">{t('task.due.dueSoon', { days: number(badge.days) })}</Tag>;
  }
}

/** Due date as DD/MM/YYYY with the deadline as the plan words it, and the overdue/late badge. */
export function DueCell({ item }: { item: DueFacts & { dueLabel: string | null } }) {
  const fmt = useFormatters();
  return (
    <Space orientation="vertical" size={2}>
      <Tooltip title={item.dueLabel ?? undefined}>
        <Typography.Text>{item.dueDate ? fmt.date(item.dueDate) : (item.dueLabel ?? '—')}</Typography.Text>
      </Tooltip>
      <DueBadgeTag item={item} />
    </Space>
  );
}

export function ProgressBar({ percent, status }: { percent: number; status?: PlanItemStatus }) {
  const { number } = useFormatters();
  return (
    <Progress
      percent={percent}
      size="small"
      status={status === PlanItemStatus.DONE ? 'success' : 'normal'}
      format={(value) => `${number(Math.round(value ?? 0))}%`}
      style={{ minWidth: 100, marginBottom: 0 }}
    />
  );
}

interface AssignmentLike {
  id: string;
  agency: { id: string; name: string; shortName?: string | null } | null;
  group: { id: string; name: string } | null;
  sourceText?: string | null;
}

export function assigneeName(assignment: AssignmentLike): string {
  return assignment.agency?.shortName || assignment.agency?.name || assignment.group?.name || '—';
}

/** Lead or coordinating agencies and groups as tags; a group is marked so it is not read as one agency. */
export function AssigneeTags({ assignments, max }: { assignments: readonly AssignmentLike[]; max?: number }) {
  const { t } = useTranslation();
  if (assignments.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  const shown = max ? assignments.slice(0, max) : assignments;
  const hidden = assignments.length - shown.length;
  return (
    <Space size={[4, 4]} wrap>
      {shown.map((assignment) => (
        <Tooltip key={assignment.id} title={assignment.agency?.name ?? assignment.group?.name}>
          <Tag
            color={assignment.group ? 'purple' : 'blue'}
            style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}
          >
            {assignment.group
              ? `${t('task.groupPrefix')} ${assignment.group.name}`
              : assigneeName(assignment)}
          </Tag>
        </Tooltip>
      ))}
      {hidden > 0 && <Tag style={{ marginInlineEnd: 0 }}>+{hidden}</Tag>}
    </Space>
  );
}

/** "II. Cải cách thủ tục hành chính" in the current language; unknown codes as they are. */
export function useAreaName(): (code: string | null | undefined) => string {
  const { t, i18n } = useTranslation();
  const english = isLanguage(i18n.language) && i18n.language === 'en';
  return (code) => {
    const area = REFORM_AREAS.find((candidate) => candidate.code === code);
    if (!area) return code ? code : t('task.noArea');
    return `${area.code}. ${english ? area.nameEn : area.nameVi}`;
  };
}
