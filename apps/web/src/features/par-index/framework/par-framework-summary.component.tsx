import { Alert, Card, Descriptions, Space, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import type { ParFrameworkDetailFragment } from '../../../gql/graphql';
import { bandRanges, parFrameworkPath } from '../par-framework.util';

/** The framework's particulars and ranking bands ("A ≥ 90"). */
export function ParFrameworkSummary({ framework }: { framework: ParFrameworkDetailFragment }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  return (
    <Card>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          { key: 'year', label: t('parIndex.fields.year'), children: framework.year },
          {
            key: 'group',
            label: t('parIndex.fields.targetGroup'),
            children: t(`parIndex.targetGroup.${framework.targetGroup}`),
          },
          {
            key: 'decision',
            label: t('parIndex.fields.decisionNumber'),
            children: framework.decisionNumber ?? '—',
          },
          {
            key: 'total',
            label: t('parIndex.fields.totalPoints'),
            children: <span data-testid="par-total">{fmt.number(framework.totalPoints)}</span>,
          },
          {
            key: 'scored',
            label: t('parIndex.fields.scoredMaximum'),
            children: <span data-testid="par-scored">{fmt.number(framework.scoredMaximum)}</span>,
          },
          {
            key: 'bands',
            label: t('parIndex.fields.bands'),
            children: (
              <Space size={[4, 4]} wrap data-testid="par-bands">
                {bandRanges(framework.bands).map((band) => (
                  <Tooltip key={band.code} title={band.label}>
                    <Tag style={{ marginInlineEnd: 0 }}>
                      {t(band.kind === 'below' ? 'parIndex.bandBelow' : 'parIndex.bandAtLeast', {
                        code: band.code,
                        value: fmt.number(band.value),
                      })}
                    </Tag>
                  </Tooltip>
                ))}
              </Space>
            ),
          },
          ...(framework.lockedAt
            ? [
                {
                  key: 'locked',
                  label: t('parIndex.fields.lockedAt'),
                  children: fmt.date(framework.lockedAt),
                },
              ]
            : []),
          ...(framework.copiedFromId
            ? [
                {
                  key: 'copied',
                  label: t('parIndex.fields.copiedFrom'),
                  children: (
                    <Link to={parFrameworkPath(framework.copiedFromId)}>{t('parIndex.openOriginal')}</Link>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}

/** What keeps the framework from being locked, as the API words it; a success note once it adds up. */
export function ParProblemsAlert({ problems }: { problems: ParFrameworkDetailFragment['problems'] }) {
  const { t } = useTranslation();
  if (problems.length === 0)
    return <Alert type="success" showIcon data-testid="par-balanced" title={t('parIndex.balanced')} />;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="par-problems"
      title={t('parIndex.problemsTitle', { n: problems.length })}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {problems.map((problem, index) => (
            <li key={`${problem.kind}-${problem.code ?? ''}-${index}`}>{problem.message}</li>
          ))}
        </ul>
      }
    />
  );
}
