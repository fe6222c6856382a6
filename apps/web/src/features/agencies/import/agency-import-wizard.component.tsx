import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Flex, Result, Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ImportFormat } from '@partrack/shared';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import { ImportAgenciesDocument } from '../graphql/agency-mutation.operations';
import { ImportCounts, ImportErrorTable, type ImportResult } from './import-result.component';
import { ImportSourceStep, type ImportSource } from './import-source.step';
import { invalidateAgencyQueries } from '../agency-cache';

type Step = 'source' | 'preview' | 'done';
const STEP_INDEX: Record<Step, number> = { source: 0, preview: 1, done: 2 };

const EMPTY_SOURCE: ImportSource = { format: ImportFormat.YAML, content: '', fileName: null };

/**
 * Always dry-runs first: the API validates the whole file and reports every problem with its line number.
 * The import is all-or-nothing on the API side, so only an error-free check is offered for confirmation;
 * if the data changed in between and the real run fails, the summary says nothing was written.
 */
export function AgencyImportWizard() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [step, setStep] = useState<Step>('source');
  const [source, setSource] = useState<ImportSource>(EMPTY_SOURCE);
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [summary, setSummary] = useState<ImportResult | null>(null);
  const [requestError, setRequestError] = useState<unknown>(null);
  const [runImport, { loading }] = useMutation(ImportAgenciesDocument);

  const run = async (dryRun: boolean): Promise<ImportResult | null> => {
    setRequestError(null);
    try {
      const { data } = await runImport({
        variables: { input: { format: source.format, content: source.content, dryRun } },
        update: dryRun ? undefined : invalidateAgencyQueries,
      });
      return data?.importAgencies ?? null;
    } catch (error) {
      setRequestError(error);
      return null;
    }
  };

  const check = async () => {
    const result = await run(true);
    if (!result) return;
    setPreview(result);
    setStep('preview');
  };

  const confirm = async () => {
    const result = await run(false);
    if (!result) return;
    setSummary(result);
    setStep('done');
  };

  const restart = () => {
    setSource(EMPTY_SOURCE);
    setPreview(null);
    setSummary(null);
    setRequestError(null);
    setStep('source');
  };

  const hasChanges = preview !== null && preview.created + preview.updated > 0;

  return (
    <Flex vertical gap={24}>
      <Steps
        current={STEP_INDEX[step]}
        items={[
          { title: t('agencyImport.steps.source') },
          { title: t('agencyImport.steps.preview') },
          { title: t('agencyImport.steps.done') },
        ]}
      />
      {requestError !== null && <ApiErrorAlert error={requestError} />}

      {step === 'source' && (
        <ImportSourceStep
          value={source}
          onChange={setSource}
          onSubmit={() => void check()}
          checking={loading}
        />
      )}

      {step === 'preview' && preview && (
        <Flex vertical gap={16} data-testid="import-preview">
          <ImportCounts result={preview} />
          {preview.errors.length > 0 ? (
            <>
              <Alert
                type="error"
                showIcon
                title={t('agencyImport.preview.hasErrors', { n: preview.errors.length })}
              />
              <ImportErrorTable errors={preview.errors} />
            </>
          ) : (
            <Alert
              type={hasChanges ? 'success' : 'info'}
              showIcon
              title={hasChanges ? t('agencyImport.preview.ready') : t('agencyImport.preview.nothingToDo')}
            />
          )}
          <Flex justify="space-between">
            <Button data-testid="import-back" onClick={() => setStep('source')} disabled={loading}>
              {t('agencyImport.preview.back')}
            </Button>
            <Button
              data-testid="import-confirm"
              type="primary"
              loading={loading}
              disabled={preview.errors.length > 0 || !hasChanges}
              onClick={() => void confirm()}
            >
              {t('agencyImport.preview.confirm')}
            </Button>
          </Flex>
        </Flex>
      )}

      {step === 'done' && summary && (
        <Flex vertical gap={16} data-testid="import-summary">
          <Result
            status={summary.applied ? 'success' : 'warning'}
            title={summary.applied ? t('agencyImport.done.title') : t('agencyImport.done.notApplied')}
            subTitle={t('agencyImport.done.subtitle', {
              created: summary.created,
              updated: summary.updated,
              unchanged: summary.unchanged,
            })}
            extra={[
              <Button key="tree" type="primary" onClick={() => void navigate('/agencies')}>
                {t('agencyImport.done.viewTree')}
              </Button>,
              <Button key="again" onClick={restart}>
                {t('agencyImport.done.again')}
              </Button>,
            ]}
          />
          <ImportCounts result={summary} />
          {summary.errors.length > 0 && <ImportErrorTable errors={summary.errors} />}
        </Flex>
      )}
    </Flex>
  );
}
