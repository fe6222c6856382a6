import type { ReactNode } from 'react';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import type { ReportDataFieldsFragment, ReportNarrativeFieldsFragment } from '../../../gql/graphql';
import { useAreaName } from '../../tasks/task-tags.component';
import { type CompletenessLine, CompletenessTable } from '../rounds/completeness-table.component';
import { FormattedText } from './formatted-text.component';
import { IndicatorLinesTable, TaskCountsTable } from './report-tables.component';

type Narrative = Omit<ReportNarrativeFieldsFragment, '__typename'>;

export interface ReportDocumentProps {
  /** Issuing agency: the reporting agency, or the province for the consolidated report. */
  issuer: string | null;
  /** The round's title, printed under "BÁO CÁO". */
  summary: string;
  documentNumber: string | null;
  /** Not yet accepted (or finalised): marked "DỰ THẢO" like the Word export. */
  draft: boolean;
  narrative: Narrative;
  data: ReportDataFieldsFragment;
  /** The province's reporting status table (consolidated report only). */
  completeness?: readonly CompletenessLine[];
  signerName: string | null;
  signerTitle: string | null;
  /** Tables (Bảng 1–3) in section II; off where the data sections are shown beside the text. */
  showTables: boolean;
}

function Heading({ children }: { children: ReactNode }) {
  return (
    <Typography.Title level={5} style={{ marginTop: 16 }}>
      {children}
    </Typography.Title>
  );
}

/**
 * The whole report read-only, in the order of the Word document (Decree 30 outline): heading, I, II with the
 * contributions, tables and one subsection per reform area that has tasks or text, III, IV, V and the signer.
 */
export function ReportDocument(props: ReportDocumentProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const areaName = useAreaName();
  const { narrative, data } = props;
  const empty = t('report.editor.emptySection');
  const codes = new Set<string | null>([
    ...data.areas.filter((area) => area.total > 0).map((area) => area.areaCode),
    ...(narrative.areas ?? []).filter((area) => area.text.trim()).map((area) => area.areaCode),
  ]);

  return (
    <div data-testid="report-document" style={{ maxWidth: 900 }}>
      <Flex justify="space-between" align="start" gap={16}>
        <Flex vertical align="center">
          {props.issuer && <Typography.Text strong>{props.issuer.toLocaleUpperCase('vi')}</Typography.Text>}
          <Typography.Text>
            {props.documentNumber
              ? t('report.document.number', { number: props.documentNumber })
              : t('report.document.numberBlank')}
          </Typography.Text>
        </Flex>
        {props.draft && (
          <Typography.Text strong type="danger" data-testid="report-draft-mark">
            {t('report.document.draftMark')}
          </Typography.Text>
        )}
      </Flex>
      <Flex vertical align="center" style={{ margin: '16px 0' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('report.document.type')}
        </Typography.Title>
        <Typography.Text strong>{props.summary}</Typography.Text>
      </Flex>

      <Heading>{t('report.editor.sections.direction')}</Heading>
      <FormattedText text={narrative.direction} empty={empty} data-testid="document-direction" />

      <Heading>{t('report.editor.sections.results')}</Heading>
      {data.contributions.length > 0 && (
        <>
          <Typography.Paragraph style={{ marginBottom: 4 }}>
            {t('report.document.contributions', { n: fmt.number(data.contributions.length) })}
          </Typography.Paragraph>
          <FormattedText text={data.contributions.map((c) => `- ${c.code}: ${c.title}`).join('\n')} />
        </>
      )}
      {props.showTables && (
        <Flex vertical gap={12} style={{ margin: '8px 0 12px' }}>
          <Typography.Text italic>{t('report.document.table1')}</Typography.Text>
          <TaskCountsTable areas={data.areas} expandable={false} />
          {data.indicators.length > 0 && (
            <>
              <Typography.Text italic>{t('report.document.table2')}</Typography.Text>
              <IndicatorLinesTable lines={data.indicators} />
            </>
          )}
          {props.completeness && (
            <>
              <Typography.Text italic>{t('report.document.table3')}</Typography.Text>
              <CompletenessTable lines={props.completeness} emptyText={t('report.dashboard.empty')} />
            </>
          )}
        </Flex>
      )}
      {[...codes].map((code, index) => {
        const area = data.areas.find((candidate) => candidate.areaCode === code);
        const text = narrative.areas?.find((candidate) => candidate.areaCode === code)?.text ?? '';
        return (
          <div key={code ?? 'none'} data-testid={`document-area-${code ?? 'none'}`}>
            <Typography.Text strong>
              {index + 1}. {code ? areaName(code) : (area?.areaName ?? t('report.document.otherArea'))}
            </Typography.Text>
            <FormattedText text={text} />
            {area && (
              <Typography.Paragraph style={{ textIndent: 24 }}>
                {t('report.document.areaCounts', {
                  total: fmt.number(area.total),
                  done: fmt.number(area.done),
                  inProgress: fmt.number(area.inProgress),
                  notStarted: fmt.number(area.notStarted),
                })}
              </Typography.Paragraph>
            )}
          </div>
        );
      })}

      <Heading>{t('report.editor.sections.assessment')}</Heading>
      <FormattedText text={narrative.assessment} empty={empty} data-testid="document-assessment" />
      <Heading>{t('report.editor.sections.nextTasks')}</Heading>
      <FormattedText text={narrative.nextTasks} empty={empty} data-testid="document-next-tasks" />
      <Heading>{t('report.editor.sections.proposals')}</Heading>
      <FormattedText text={narrative.proposals} empty={empty} data-testid="document-proposals" />

      <Flex vertical align="end" style={{ marginTop: 24 }} data-testid="document-signer">
        <Flex vertical align="center" style={{ minWidth: 240 }}>
          <Typography.Text strong>{props.signerTitle?.toLocaleUpperCase('vi') ?? ''}</Typography.Text>
          <div style={{ height: 48 }} />
          <Typography.Text strong>{props.signerName ?? t('report.document.signerBlank')}</Typography.Text>
        </Flex>
      </Flex>
    </div>
  );
}
