import { CheckOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Flex, Popconfirm } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { finalPoints, ParAssessmentStatus, Permission } from '@partrack/shared';
import { toApiError } from '../../../app/apollo/api-error';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import { useCan } from '../../../app/permissions/use-can.hook';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import type { ParNationalAssessmentFragment } from '../../../gql/graphql';
import { RecordParNationalAppraisalDocument } from '../graphql/par-national.operations';
import { ParNationalAppraisalTable } from './par-national-appraisal-table.component';
import {
  nationalLeaves,
  nationalPreview,
  nationalProblem,
  type NationalValue,
  type NationalValues,
  type PastedPoints,
} from './par-national-appraisal.util';
import { ParNationalExcel } from './par-national-excel.component';
import { ParNationalPaste } from './par-national-paste.component';
import { ParNationalPreview } from './par-national-preview.component';
import { listFieldErrors } from './par-responsibility.util';

interface ParNationalAppraisalProps {
  assessment: ParNationalAssessmentFragment;
  refetch: () => void;
  /** After the points are recorded (the assessment is then FINALISED). */
  onFinalised: () => void;
}

const EMPTY: NationalValue = { points: null, reason: '' };

/** What the API holds: the Ministry's points once recorded (the final ones), and its remark. */
function savedValues(assessment: ParNationalAssessmentFragment): NationalValues {
  return Object.fromEntries(
    assessment.scores.map((score) => [
      score.criterionId,
      { points: finalPoints(score), reason: score.appraisalReason ?? '' },
    ]),
  );
}

/**
 * The Ministry of Home Affairs' published points of the province, item by item (nhập điểm thẩm định của
 * Bộ), all sent at once with the version, which finalises the assessment. Read-only once recorded.
 */
export function ParNationalAppraisal({ assessment, refetch, onFinalised }: ParNationalAppraisalProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { message } = App.useApp();
  const canManage = useCan(Permission.PAR_CYCLE_MANAGE);
  const submitted = assessment.status === ParAssessmentStatus.SUBMITTED;
  const finalised = assessment.status === ParAssessmentStatus.FINALISED;
  const editable = canManage && submitted;
  const criteria = useMemo(() => assessment.framework?.criteria ?? [], [assessment.framework?.criteria]);
  const leaves = useMemo(() => nationalLeaves(criteria), [criteria]);
  const selfPoints = useMemo(
    () => new Map(assessment.scores.map((score) => [score.criterionId, score.selfPoints])),
    [assessment.scores],
  );
  const [values, setValues] = useState<NationalValues>(() => savedValues(assessment));
  const [attempted, setAttempted] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [apiErrors, setApiErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const [failure, setFailure] = useState<unknown>(null);
  const [record, { loading }] = useMutation(RecordParNationalAppraisalDocument);

  const saved = useMemo(() => savedValues(assessment), [assessment]);
  const shown = editable ? values : saved;
  const valueOf = (id: string) => shown[id] ?? EMPTY;
  const problems = useMemo(
    () =>
      new Map(
        leaves.flatMap((leaf) => {
          const problem = nationalProblem(leaf, values[leaf.id]?.points ?? null);
          return problem ? [[leaf.id, problem] as const] : [];
        }),
      ),
    [leaves, values],
  );
  const preview = useMemo(() => nationalPreview(criteria, leaves, shown), [criteria, leaves, shown]);

  const errorOf = (id: string): string | undefined => {
    const problem = problems.get(id);
    // "No points yet" only after a try to send: an empty table is not an error while it is being filled.
    if (problem && (problem !== 'required' || attempted)) {
      const leaf = leaves.find((l) => l.id === id);
      return t(`parIndex.national.ministry.problem.${problem}`, { max: fmt.number(leaf?.maxPoints ?? 0) });
    }
    return apiErrors.get(id);
  };

  const change = (criterionId: string, patch: Partial<NationalValue>) => {
    setValues((current) => ({ ...current, [criterionId]: { ...EMPTY, ...current[criterionId], ...patch } }));
    if (apiErrors.has(criterionId))
      setApiErrors((current) => new Map([...current].filter(([key]) => key !== criterionId)));
  };

  const paste = (pasted: PastedPoints['values']) => {
    setValues((current) => {
      const next = { ...current };
      for (const [id, { points, reason }] of pasted)
        next[id] = { points, reason: reason ?? current[id]?.reason ?? '' };
      return next;
    });
    setApiErrors(new Map());
  };

  const reload = () => {
    setApiErrors(new Map());
    setFailure(null);
    refetch();
  };

  const askToSend = () => {
    setAttempted(true);
    if (problems.size === 0) setConfirming(true);
  };

  const send = async () => {
    setConfirming(false);
    setFailure(null);
    const scores = leaves.map((leaf) => ({
      criterionId: leaf.id,
      points: values[leaf.id]?.points ?? 0,
      reason: values[leaf.id]?.reason.trim() || null,
    }));
    try {
      await record({ variables: { input: { id: assessment.id, version: assessment.version, scores } } });
      void message.success(t('parIndex.national.ministry.done'));
      onFinalised();
    } catch (caught) {
      const { byCriterion, other } = listFieldErrors(toApiError(caught).fieldErrors, 'scores', scores);
      setApiErrors(byCriterion);
      setFailure(byCriterion.size > 0 && other.length === 0 ? null : caught);
    }
  };

  const notice = finalised
    ? {
        type: 'success' as const,
        text: t('parIndex.national.ministry.recorded', { date: fmt.date(assessment.finalisedAt) }),
      }
    : assessment.status === ParAssessmentStatus.DRAFT
      ? { type: 'info' as const, text: t('parIndex.national.ministry.notYet') }
      : !submitted
        ? {
            type: 'info' as const,
            text: t('parIndex.national.ministry.wrongStatus', {
              status: t(`parIndex.assessmentStatus.${assessment.status}`),
            }),
          }
        : !canManage
          ? { type: 'warning' as const, text: t('parIndex.national.ministry.notAllowed') }
          : null;

  return (
    <Flex vertical gap={12} data-testid="par-national-ministry">
      {notice ? (
        <Alert type={notice.type} showIcon title={notice.text} data-testid="par-national-ministry-notice" />
      ) : (
        <Alert type="info" showIcon title={t('parIndex.national.ministry.hint')} />
      )}
      {failure !== null && <ApiErrorAlert error={failure} onReload={reload} />}
      {editable && (
        <Flex gap={8} wrap justify="end">
          <Popconfirm
            open={confirming}
            title={t('parIndex.national.ministry.confirm')}
            description={t('parIndex.national.ministry.confirmExplain')}
            okText={t('parIndex.national.ministry.submit')}
            cancelText={t('common.cancel')}
            okButtonProps={{ 'data-testid': 'par-national-confirm' }}
            onConfirm={() => void send()}
            onCancel={() => setConfirming(false)}
            onOpenChange={(open) => {
              if (!open) setConfirming(false);
            }}
          >
            <Button
              type="primary"
              icon={<CheckOutlined />}
              data-testid="par-national-submit"
              loading={loading}
              onClick={askToSend}
            >
              {t('parIndex.national.ministry.submit')}
            </Button>
          </Popconfirm>
        </Flex>
      )}
      {editable && (
        <Flex vertical gap={8}>
          <ParNationalExcel assessment={assessment} disabled={loading} onImported={onFinalised} />
          <ParNationalPaste leaves={leaves} disabled={loading} onApply={paste} />
        </Flex>
      )}
      {editable && attempted && problems.size > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="par-national-missing"
          title={t('parIndex.national.ministry.missing', { n: problems.size })}
        />
      )}
      {(editable || finalised) && (
        <>
          <ParNationalPreview preview={preview} items={leaves.length} />
          <ParNationalAppraisalTable
            leaves={leaves}
            valueOf={valueOf}
            selfPointsOf={(id) => selfPoints.get(id) ?? null}
            errorOf={editable ? errorOf : () => undefined}
            editable={editable}
            disabled={loading}
            onChange={change}
          />
        </>
      )}
    </Flex>
  );
}
