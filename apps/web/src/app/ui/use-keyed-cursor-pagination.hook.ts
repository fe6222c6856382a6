import { useCallback, useState } from 'react';
import type { CursorPagination } from './use-cursor-pagination.hook';

/**
 * Cursor pagination that starts over whenever `key` (e.g. the serialised filters) changes, in the same render:
 * cursors belong to one filter, and resetting in an effect would first query the new filter with an old cursor.
 */
export function useKeyedCursorPagination(key: string): CursorPagination {
  const [state, setState] = useState<{ key: string; cursors: (string | null)[] }>({ key, cursors: [null] });
  const cursors = state.key === key ? state.cursors : [null];
  const next = useCallback(
    (endCursor: string | null) => {
      if (!endCursor) return;
      setState((current) => ({
        key,
        cursors: [...(current.key === key ? current.cursors : [null]), endCursor],
      }));
    },
    [key],
  );
  const previous = useCallback(
    () =>
      setState((current) => {
        const list = current.key === key ? current.cursors : [null];
        return { key, cursors: list.length > 1 ? list.slice(0, -1) : list };
      }),
    [key],
  );
  const reset = useCallback(() => setState({ key, cursors: [null] }), [key]);
  return { page: cursors.length, after: cursors[cursors.length - 1] ?? null, next, previous, reset };
}
