import { useMemo, useState, type KeyboardEvent } from 'react';
import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Flex, Input, Table, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../app/ui/use-error-message.hook';
import { RecordMeasurementDocument, SubmitMeasurementsDocument } from '../graphql/measurement.operations';
import { invalidateFiguresBesideEntries } from '../indicator-cache';
import { useIndicatorFormat } from '../use-indicator-format.hook';
import { EntryFigureInputs } from './entry-figure-inputs.component';
import { EntryRowStatus } from './entry-row-status.component';
import {
  changedEntries,
  draftOf,
  hasProblems,
  isDraftChanged,
  isLockedEntry,
  rowApiError,
  rowProblems,
  submittableIds,
  toRecordInput,
  type Entry,
  type EntryDraft,
  type RowApiError,
} from './measurement-entry.util';

interface MeasurementEntryGridProps {
  entries: readonly Entry[];
  agencyId: string;
  period: string;
  planYear: number;
  /** Reloads the entries after a save, so new figures get their id, status and version. */
  reload: () => Promise<unknown>;
}

type Notice = { type: 'success' | 'error' | 'warning'; text: string } | null;

/** Enter moves to the next input like Tab, so a column of figures can be typed without the mouse. */
function focusNextInput(event: KeyboardEvent<HTMLDivElement>): void {
  const target = event.target as HTMLElement;
  if (event.key !== 'Enter' || target.tagName !== 'INPUT') return;
  event.preventDefault();
  const inputs = [...event.currentTarget.querySelectorAll<HTMLInputElement>('input:not([disabled])')];
  inputs[inputs.indexOf(target as HTMLInputElement) + 1]?.focus();
}

/**
 * The agency's figures for one period. Edits stay in the browser until "Lưu nháp" records each changed row
 * (with its version once it exists); "Nộp" hands the saved drafts in for review, all or nothing.
 */
export function MeasurementEntryGrid({
  entries,
  agencyId,
  period,
  planYear,
  reload,
}: MeasurementEntryGridProps) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const errorMessage = useErrorMessage();
  const format = useIndicatorFormat();
  const [drafts, setDrafts] = useState<Record<string, EntryDraft>>({});
  const [apiErrors, setApiErrors] = useState<Record<string, RowApiError>>({});
  const [notice, setNotice] = useState<Notice>(null);
  const [saving, setSaving] = useState(false);
  const [record] = useMutation(RecordMeasurementDocument);
  const [submit, submitting] = useMutation(SubmitMeasurementsDocument, {
    update: invalidateFiguresBesideEntries,
  });

  const draftFor = (entry: Entry) => drafts[entry.indicator.id] ?? draftOf(entry);
  const changed = useMemo(() => changedEntries(entries, drafts), [entries, drafts]);
  const problemsOf = (entry: Entry) =>
    changed.includes(entry) ? rowProblems(draftFor(entry), entry, period, planYear) : {};
  const ready = submittableIds(entries, drafts);

  const edit = (entry: Entry, patch: Partial<EntryDraft>) => {
    const id = entry.indicator.id;
    setDrafts((current) => ({ ...current, [id]: { ...(current[id] ?? draftOf(entry)), ...patch } }));
    // A fresh edit answers the API's last complaint about the row.
    setApiErrors(({ [id]: _dropped, ...rest }) => rest);
  };

  const save = async () => {
    const invalid = changed.filter((entry) => hasProblems(problemsOf(entry)));
    if (invalid.length > 0) {
      setNotice({
        type: 'error',
        text: t('indicator.entry.invalidRows', { n: format.number(invalid.length) }),
      });
      return;
    }
    setSaving(true);
    setNotice(null);
    const results = await Promise.allSettled(
      changed.map((entry) =>
        record({ variables: { input: toRecordInput(draftFor(entry), entry, agencyId, period) } }),
      ),
    );
    const errors: Record<string, RowApiError> = {};
    results.forEach((result, index) => {
      const entry = changed[index];
      if (result.status === 'rejected')
        errors[entry.indicator.id] = rowApiError(result.reason, errorMessage(result.reason));
    });
    await reload().catch(() => undefined);
    // Saved rows now show the stored figure; failed rows keep what the user typed.
    setDrafts((current) => Object.fromEntries(Object.entries(current).filter(([id]) => errors[id])));
    setApiErrors(errors);
    setSaving(false);
    const failed = Object.keys(errors).length;
    const saved = changed.length - failed;
    setNotice(
      failed > 0
        ? {
            type: 'warning',
            text: t('indicator.entry.savedPartly', {
              saved: format.number(saved),
              failed: format.number(failed),
            }),
          }
        : { type: 'success', text: t('indicator.entry.saved', { n: format.number(saved) }) },
    );
  };

  // The confirm dialog's handle is not needed: the dialog closes itself when onOk settles.
  const confirmSubmit = () => {
    void modal.confirm({
      title: t('indicator.entry.submitTitle'),
      content: t('indicator.entry.submitConfirm', { n: format.number(ready.length) }),
      okText: t('indicator.entry.submit'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await submit({ variables: { ids: ready } });
          setNotice({
            type: 'success',
            text: t('indicator.entry.submitted', { n: format.number(ready.length) }),
          });
        } catch (error) {
          setNotice({ type: 'error', text: errorMessage(error) });
        }
      },
    });
  };

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap justify="space-between" align="center">
        <Typography.Text type="secondary">{t('indicator.entry.keyboardHint')}</Typography.Text>
        <Flex gap={8}>
          <Button
            icon={<SaveOutlined />}
            data-testid="entry-save"
            loading={saving}
            disabled={changed.length === 0}
            onClick={() => void save()}
          >
            {t('indicator.entry.saveDraft')}
            {changed.length > 0 && ` (${format.number(changed.length)})`}
          </Button>
          <Tooltip title={changed.length > 0 ? t('indicator.entry.saveBeforeSubmit') : undefined}>
            <Button
              type="primary"
              icon={<SendOutlined />}
              data-testid="entry-submit"
              loading={submitting.loading}
              disabled={ready.length === 0 || changed.length > 0}
              onClick={confirmSubmit}
            >
              {t('indicator.entry.submit')}
              {ready.length > 0 && ` (${format.number(ready.length)})`}
            </Button>
          </Tooltip>
        </Flex>
      </Flex>
      {notice && (
        <Alert
          type={notice.type}
          showIcon
          data-testid="entry-notice"
          title={notice.text}
          closable={{ onClose: () => setNotice(null) }}
        />
      )}
      <div onKeyDown={focusNextInput} data-testid="entry-grid">
        <Table<Entry>
          rowKey={(entry) => entry.indicator.id}
          size="middle"
          pagination={false}
          dataSource={[...entries]}
          scroll={{ x: 1000 }}
          columns={[
            {
              key: 'indicator',
              title: t('indicator.review.indicator'),
              render: (_v, entry) => (
                <Flex vertical gap={2}>
                  <Typography.Text strong>
                    {entry.indicator.code}. {format.name(entry.indicator)}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {t('indicator.entry.target', {
                      target: format.value(entry.target, entry.indicator.unit),
                    })}
                  </Typography.Text>
                </Flex>
              ),
            },
            {
              key: 'figure',
              title: t('indicator.entry.figure'),
              width: 380,
              render: (_v, entry) => (
                <EntryFigureInputs
                  entry={entry}
                  draft={draftFor(entry)}
                  problems={problemsOf(entry)}
                  apiError={apiErrors[entry.indicator.id]}
                  locked={isLockedEntry(entry) || saving}
                  onChange={(patch) => edit(entry, patch)}
                />
              ),
            },
            {
              key: 'note',
              title: t('indicator.entry.note'),
              width: 240,
              render: (_v, entry) => (
                <Flex vertical gap={2}>
                  <Input
                    data-testid={`entry-note-${entry.indicator.code}`}
                    aria-label={t('indicator.entry.note')}
                    value={draftFor(entry).note}
                    disabled={isLockedEntry(entry) || saving}
                    maxLength={5000}
                    onChange={(event) => edit(entry, { note: event.target.value })}
                  />
                  {apiErrors[entry.indicator.id]?.fields.note && (
                    <Typography.Text type="danger">
                      {apiErrors[entry.indicator.id]?.fields.note}
                    </Typography.Text>
                  )}
                </Flex>
              ),
            },
            {
              key: 'status',
              title: t('indicator.fields.status'),
              width: 230,
              render: (_v, entry) => (
                <EntryRowStatus
                  entry={entry}
                  changed={!isLockedEntry(entry) && isDraftChanged(draftFor(entry), entry)}
                  apiError={apiErrors[entry.indicator.id]}
                />
              ),
            },
          ]}
        />
      </div>
    </Flex>
  );
}
