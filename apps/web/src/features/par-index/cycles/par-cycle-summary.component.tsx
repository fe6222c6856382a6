import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { ParCycleStatus } from '@partrack/shared';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import type { ParCycleDetailFragment } from '../../../gql/graphql';
import { ParCycleSurvey } from './par-cycle-survey.component';
import { ParCycleStatusTag } from './par-cycle-tags.component';

/** The cycle's particulars: its phase, every deadline, the surveys, and once published, when and by whom. */
export function ParCycleSummary({ cycle }: { cycle: ParCycleDetailFragment }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const published = cycle.status === ParCycleStatus.PUBLISHED;
  return (
    <Card size="small" data-testid="par-cycle-summary">
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
        <Descriptions.Item label={t('parIndex.fields.year')}>{cycle.year}</Descriptions.Item>
        <Descriptions.Item label={t('parIndex.fields.status')}>
          <ParCycleStatusTag status={cycle.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('parIndex.cycles.selfAssessmentDue')}>
          <span data-testid="par-cycle-self-due">{fmt.date(cycle.selfAssessmentDue)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('parIndex.cycles.appraisalDue')}>
          <span data-testid="par-cycle-appraisal-due">{fmt.date(cycle.appraisalDue)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('parIndex.cycles.explanationDays')}>
          <span data-testid="par-cycle-explanation-days">
            {t('parIndex.cycleAdmin.explanationDaysValue', { n: fmt.number(cycle.explanationDays) })}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('parIndex.cycles.publicationDue')}>
          <span data-testid="par-cycle-publication-due">{fmt.date(cycle.publicationDue)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('parIndex.cycleAdmin.survey.label')}>
          <ParCycleSurvey cycle={cycle} />
        </Descriptions.Item>
        {published && (
          <Descriptions.Item label={t('parIndex.cycleAdmin.publishedAt')}>
            <span data-testid="par-cycle-published-at">{fmt.date(cycle.publishedAt)}</span>
          </Descriptions.Item>
        )}
        {published && (
          <Descriptions.Item label={t('parIndex.cycleAdmin.publishedBy')}>
            <span data-testid="par-cycle-published-by">{cycle.publishedByLabel ?? '—'}</span>
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}
