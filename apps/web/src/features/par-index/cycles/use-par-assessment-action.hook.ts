import { useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { App, Form } from 'antd';
import { useFormError } from '../../../app/ui/use-form-error.hook';
import type { ParCycleAssessmentRowFragment } from '../../../gql/graphql';
import { ParCycleAssessmentDocument } from '../graphql/par-cycle-admin.operations';

/** The props of a coordinator's dialog on one row of the cycle's table. */
export interface ParAssessmentActionProps {
  assessment: ParCycleAssessmentRowFragment;
  onClose: () => void;
  /** Done: the table and the counts are refreshed. */
  onDone: () => void;
}

/**
 * What the coordinator's dialogs on one assessment (extend a deadline, reopen) share: the row as read when the
 * dialog opened (its version is the one sent), reloaded on a conflict, and one change sent with a reason.
 */
export function useParAssessmentAction<V extends { reason: string }>(
  assessment: ParCycleAssessmentRowFragment,
  fields: readonly string[],
) {
  const { message } = App.useApp();
  const client = useApolloClient();
  const [form] = Form.useForm<V>();
  const { formError, handleError, clearError, reloading, reloadWith } = useFormError(form, fields);
  const [row, setRow] = useState(assessment);

  const reload = () =>
    reloadWith(async () => {
      const { data } = await client.query({
        query: ParCycleAssessmentDocument,
        variables: { id: row.id },
        fetchPolicy: 'network-only',
      });
      if (data) setRow(data.parAssessment);
    });

  /** Sends the change; done, `done` is shown and the dialog closes through `onDone`. */
  const run = async (send: () => Promise<unknown>, done: string, onDone: () => void) => {
    clearError();
    try {
      await send();
      void message.success(done);
      onDone();
    } catch (error) {
      handleError(error);
    }
  };

  return { form, row, agency: row.agency?.name ?? '—', formError, reloading, reload, run };
}

export type ParAssessmentAction<V extends { reason: string }> = ReturnType<typeof useParAssessmentAction<V>>;
