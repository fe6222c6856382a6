import { useState } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../../app/apollo/api-error';
import type { AppraisalProblem } from './par-appraisal.util';
import { itemFieldErrors } from './par-assessment-items.util';
import type { ReappraisalProblem } from './par-reappraisal.util';

/** What one item card shows of a refusal, and whether its points field is marked. */
export interface ParItemError {
  error: string | undefined;
  pointsInvalid: boolean;
}

/**
 * The council's work on an assessment's items (first appraisal, second appraisal): the edits not yet saved,
 * the API's refusals placed on their items, a refusal that belongs to no item shown above them, and a
 * reload that drops the edits (they were made against the version the API refused).
 */
export function useParCouncilSave<V>(refetch: () => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [edits, setEdits] = useState<Readonly<Record<string, Partial<V>>>>({});
  const [apiErrors, setApiErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const [failure, setFailure] = useState<unknown>(null);

  const change = (criterionId: string, patch: Partial<V>) => {
    setEdits((current) => ({ ...current, [criterionId]: { ...current[criterionId], ...patch } }));
    if (apiErrors.has(criterionId))
      setApiErrors((current) => new Map([...current].filter(([key]) => key !== criterionId)));
  };

  const reload = () => {
    setEdits({});
    setApiErrors(new Map());
    setFailure(null);
    refetch();
  };

  /**
   * Sends the `sent` items (the input's `list`); saved, the edits are cleared and `done` is shown. Refused,
   * the errors on `list[i]` go to their items and anything else above them.
   */
  const save = async (
    list: 'scores' | 'answers',
    sent: readonly { criterionId: string }[],
    send: () => Promise<unknown>,
    done: string,
  ) => {
    setFailure(null);
    try {
      await send();
      setEdits({});
      setApiErrors(new Map());
      void message.success(done);
    } catch (caught) {
      const { byCriterion, other } = itemFieldErrors(toApiError(caught).fieldErrors, list, sent);
      setApiErrors(byCriterion);
      setFailure(byCriterion.size > 0 && other.length === 0 ? null : caught);
    }
  };

  /** A step on the whole assessment (finalising): its refusal is shown above the items. */
  const confirm = async (send: () => Promise<unknown>, done: string) => {
    setFailure(null);
    try {
      await send();
      void message.success(done);
    } catch (caught) {
      setFailure(caught);
    }
  };

  /**
   * An item's error: the client's own check first, else the API's. `textProblem` is the one problem about the
   * text (reason, answer) rather than the points, which then stay unmarked.
   */
  const itemError = <P extends AppraisalProblem | ReappraisalProblem>(
    criterionId: string,
    problem: P | undefined,
    textProblem: P,
  ): ParItemError => ({
    error: problem ? t(`parIndex.appraisal.problem.${problem}`) : apiErrors.get(criterionId),
    pointsInvalid: (!!problem && problem !== textProblem) || (!problem && apiErrors.has(criterionId)),
  });

  return { edits, failure, change, reload, save, confirm, itemError };
}
