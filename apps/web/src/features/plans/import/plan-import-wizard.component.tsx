import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Col, Flex, Result, Row, Statistic, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import { MyAgencyDocument } from '../graphql/plan.operations';
import { ImportPlanDocumentDocument } from '../graphql/plan-import.operations';
import { invalidatePlanQueries } from '../plan-cache';
import { PlanImportProblems } from './plan-import-problems.component';
import { DocumentSummary, PlanImportPreviewTree } from './plan-import-preview.component';
import { PlanImportRequestError } from './plan-import-request-error.component';
import { PlanImportSourceStep } from './plan-import-source.step';
import {
  EMPTY_PLAN_IMPORT_SOURCE,
  hasErrors,
  overrideKey,
  toImportInput,
  type OverrideChoice,
  type OverrideChoices,
  type PlanImportResult,
  type PlanImportSource,
} from './plan-import.util';

type Step = 'source' | 'preview' | 'done';
const STEP_INDEX: Record<Step, number> = { source: 0, preview: 1, done: 2 };

function Counts({ result }: { result: PlanImportResult }) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const items = [
    { key: 'created', value: result.created, color: '#237804' },
    { key: 'updated', value: result.updated, color: '#0958d9' },
    { key: 'unchanged', value: result.unchanged, color: undefined },
    { key: 'problems', value: result.problems.length, color: hasErrors(result) ? '#cf1322' : '#d46b08' },
  ] as const;
  return (
    <Row gutter={16} data-testid="import-counts">
      {items.map((item) => (
        <Col key={item.key} xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t(`planImport.counts.${item.key}`)}
              value={item.value}
              formatter={(value) => number(Number(value))}
              styles={{ content: { color: item.value > 0 ? item.color : undefined } }}
              data-testid={`import-count-${item.key}`}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

interface PlanImportWizardProps {
  /** Preselects "import into this existing plan" (re-import from the plan overview). */
  initialPlanId?: string | null;
}

/**
 * Always dry-runs first. The coordinator reads the problems, places agency names the resolver could not
 * (sent back as agencyOverrides on the next check), and can only commit a check without ERRORs whose
 * choices are all applied. The API writes all or nothing.
 */
export function PlanImportWizard({ initialPlanId = null }: PlanImportWizardProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [step, setStep] = useState<Step>('source');
  const [source, setSource] = useState<PlanImportSource>(
    initialPlanId
      ? { ...EMPTY_PLAN_IMPORT_SOURCE, target: 'existing', planId: initialPlanId }
      : EMPTY_PLAN_IMPORT_SOURCE,
  );
  const [choices, setChoices] = useState<OverrideChoices>({});
  // The choices the shown preview was computed with; different ones must be checked again before committing.
  const [checkedChoices, setCheckedChoices] = useState<OverrideChoices>({});
  const [preview, setPreview] = useState<PlanImportResult | null>(null);
  const [summary, setSummary] = useState<PlanImportResult | null>(null);
  const [requestError, setRequestError] = useState<unknown>(null);
  const me = useQuery(MyAgencyDocument);
  const [runImport, { loading }] = useMutation(ImportPlanDocumentDocument);

  const agency = me.data?.me.agency;
  const defaultOwnerId = agency ? (agency.ancestors[0]?.id ?? agency.id) : null;
  const ownerId = source.ownerAgencyId ?? defaultOwnerId;
  const choicesDirty = JSON.stringify(choices) !== JSON.stringify(checkedChoices);

  const run = async (dryRun: boolean): Promise<PlanImportResult | null> => {
    setRequestError(null);
    try {
      const { data } = await runImport({
        variables: { input: toImportInput(source, ownerId, choices, dryRun) },
        update: dryRun ? undefined : invalidatePlanQueries,
      });
      return data?.importPlanDocument ?? null;
    } catch (error) {
      setRequestError(error);
      return null;
    }
  };

  const check = async () => {
    const result = await run(true);
    if (!result) return;
    setPreview(result);
    setCheckedChoices(choices);
    // The title and year default to the document's: show them so the user can still change them.
    if (source.target === 'new') {
      setSource((current) => ({
        ...current,
        title: current.title || result.document.title || '',
        year: current.year ?? result.document.year ?? null,
      }));
    }
    setStep('preview');
  };

  const commit = async () => {
    const result = await run(false);
    if (!result) return;
    if (result.applied) {
      setSummary(result);
      setStep('done');
    } else {
      // Something changed since the check (e.g. the code was taken meanwhile): show the new problems.
      setPreview(result);
    }
  };

  const choose = (text: string, choice: OverrideChoice | null) => {
    setChoices((current) => {
      const next = { ...current };
      if (choice) next[overrideKey(text)] = { text, choice };
      else delete next[overrideKey(text)];
      return next;
    });
  };

  const restart = () => {
    setSource(EMPTY_PLAN_IMPORT_SOURCE);
    setChoices({});
    setCheckedChoices({});
    setPreview(null);
    setSummary(null);
    setRequestError(null);
    setStep('source');
  };

  const blocked = preview ? hasErrors(preview) : true;
  const nothingToDo = preview !== null && preview.created + preview.updated === 0;

  return (
    <Flex vertical gap={24}>
      <Steps
        current={STEP_INDEX[step]}
        items={[
          { title: t('planImport.steps.source') },
          { title: t('planImport.steps.preview') },
          { title: t('planImport.steps.done') },
        ]}
      />
      {requestError !== null && <PlanImportRequestError error={requestError} fileName={source.fileName} />}

      {step === 'source' && (
        <PlanImportSourceStep
          value={source}
          onChange={setSource}
          defaultOwnerId={defaultOwnerId}
          onSubmit={() => void check()}
          checking={loading}
        />
      )}

      {step === 'preview' && preview && (
        <Flex vertical gap={16} data-testid="import-preview">
          <DocumentSummary result={preview} />
          <Counts result={preview} />
          {blocked ? (
            <Alert
              type="error"
              showIcon
              data-testid="plan-import-blocked"
              title={t('planImport.preview.blocked')}
            />
          ) : choicesDirty ? (
            <Alert type="warning" showIcon title={t('planImport.preview.recheckNeeded')} />
          ) : (
            <Alert
              type={nothingToDo ? 'info' : preview.problems.length > 0 ? 'warning' : 'success'}
              showIcon
              title={
                nothingToDo
                  ? t('planImport.preview.nothingToDo')
                  : preview.problems.length > 0
                    ? t('planImport.preview.readyWithWarnings')
                    : t('planImport.preview.ready')
              }
            />
          )}
          {preview.problems.length > 0 && (
            <Card size="small" title={t('planImport.problems.title')}>
              <PlanImportProblems problems={preview.problems} choices={choices} onChoose={choose} />
            </Card>
          )}
          <Flex justify="space-between" wrap gap={8}>
            <Button data-testid="import-back" onClick={() => setStep('source')} disabled={loading}>
              {t('planImport.preview.back')}
            </Button>
            <Flex gap={8}>
              <Button
                data-testid="plan-import-recheck"
                onClick={() => void check()}
                loading={loading}
                disabled={!choicesDirty}
              >
                {t('planImport.preview.recheck')}
              </Button>
              <Button
                data-testid="import-confirm"
                type="primary"
                loading={loading}
                disabled={blocked || choicesDirty || nothingToDo}
                onClick={() => void commit()}
              >
                {t('planImport.preview.confirm')}
              </Button>
            </Flex>
          </Flex>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('planImport.preview.treeTitle')}
          </Typography.Title>
          <PlanImportPreviewTree
            items={preview.items}
            problems={preview.problems}
            showAction={source.target === 'existing'}
          />
        </Flex>
      )}

      {step === 'done' && summary && (
        <Flex vertical gap={16} data-testid="import-summary">
          <Result
            status="success"
            title={t('planImport.done.title', { code: summary.plan?.code ?? '' })}
            subTitle={t('planImport.done.subtitle', {
              created: summary.created,
              updated: summary.updated,
              unchanged: summary.unchanged,
            })}
            extra={[
              summary.plan && (
                <Button
                  key="plan"
                  type="primary"
                  data-testid="plan-import-open-plan"
                  onClick={() => void navigate(`/plans/${summary.plan?.id ?? ''}`)}
                >
                  {t('planImport.done.openPlan')}
                </Button>
              ),
              <Button key="again" onClick={restart}>
                {t('planImport.done.again')}
              </Button>,
            ]}
          />
          <Counts result={summary} />
        </Flex>
      )}
    </Flex>
  );
}
