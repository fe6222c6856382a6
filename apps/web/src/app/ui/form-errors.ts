import type { FormInstance } from 'antd';
import type { ApiError } from '../apollo/api-error';

/** "input.aliases[2]" and "input.aliases.2" both belong to the form field "aliases". */
export function formFieldOf(apiField: string): string {
  const withoutInput = apiField.replace(/^input\./, '');
  return withoutInput.split(/[.[]/)[0] ?? withoutInput;
}

/**
 * Puts BAD_USER_INPUT messages under the fields they concern. Returns what could not be placed, so the
 * caller can show it in a general alert instead of silently dropping it.
 */
export function applyFieldErrors<T>(
  form: FormInstance<T>,
  error: ApiError,
  fieldNames: readonly string[],
): string[] {
  const byField = new Map<string, string[]>();
  const unplaced: string[] = [];
  for (const { field, message } of error.fieldErrors) {
    const name = formFieldOf(field);
    if (fieldNames.includes(name)) byField.set(name, [...(byField.get(name) ?? []), message]);
    else unplaced.push(message);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name: name as never, errors })));
  return unplaced;
}
