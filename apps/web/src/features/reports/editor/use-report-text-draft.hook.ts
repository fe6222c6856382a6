import { useState } from 'react';
import type { FormInstance } from 'antd';
import { useFormError, type FormErrorState } from '../../../app/ui/use-form-error.hook';
import { narrativeInput, narrativeValues, type NarrativeValues } from '../report-editing.util';

/** The form fields the API may name in a validation error; the section texts are free text. */
const FIELDS = ['documentNumber', 'signerName', 'signerTitle'] as const;

type NarrativeSource = Parameters<typeof narrativeValues>[0];

/** What a save sends: the texts with the version the form was filled from. */
export type ReportTextInput = ReturnType<typeof narrativeInput> & { id: string; version: number };

export interface ReportTextDraft {
  form: FormInstance<NarrativeValues>;
  /** The texts the form starts from, fixed at mount (the page remounts the editor to load a newer version). */
  initial: NarrativeValues;
  /** The version the next save or step sends. */
  version: number;
  /** Typed since the last save. */
  dirty: boolean;
  markDirty: () => void;
  /** Resolves to the saved version, or null when the save failed (the error is shown). */
  save: () => Promise<number | null>;
  formError: FormErrorState | null;
  handleError: (error: unknown) => void;
  clearError: () => void;
}

/**
 * The text of a report being edited, agency or consolidated alike. The version is pinned when the form is filled
 * and sent with every save (optimistic locking): a save returns the next one, and a CONFLICT means someone else
 * saved in between, which the editor offers to reload.
 */
export function useReportTextDraft(
  report: NarrativeSource & { id: string; version: number },
  form: FormInstance<NarrativeValues>,
  /** Runs the screen's update mutation; resolves to the version the API answers with. */
  send: (input: ReportTextInput) => Promise<number | undefined>,
): ReportTextDraft {
  const [initial] = useState(() => narrativeValues(report));
  const [version, setVersion] = useState(report.version);
  const [dirty, setDirty] = useState(false);
  const { formError, handleError, clearError } = useFormError(form, FIELDS);

  const save = async (): Promise<number | null> => {
    clearError();
    const values = form.getFieldsValue(true) as NarrativeValues;
    try {
      const saved = await send({ id: report.id, version, ...narrativeInput(values) });
      if (saved === undefined) return null;
      setVersion(saved);
      setDirty(false);
      return saved;
    } catch (error) {
      handleError(error);
      return null;
    }
  };

  return {
    form,
    initial,
    version,
    dirty,
    markDirty: () => setDirty(true),
    save,
    formError,
    handleError,
    clearError,
  };
}
