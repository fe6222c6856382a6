import { useCallback, useState } from 'react';

export interface CursorPagination {
  /** 1-based page number shown to the user. */
  page: number;
  after: string | null;
  next: (endCursor: string | null) => void;
  previous: () => void;
  reset: () => void;
}

/**
 * The API pages with opaque cursors (Relay style), so we can only step forward from a known end cursor;
 * remembering the cursors we passed makes "previous" possible without offset support on the server.
 */
export function useCursorPagination(): CursorPagination {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const next = useCallback((endCursor: string | null) => {
    if (endCursor) setCursors((current) => [...current, endCursor]);
  }, []);
  const previous = useCallback(
    () => setCursors((current) => (current.length > 1 ? current.slice(0, -1) : current)),
    [],
  );
  const reset = useCallback(() => setCursors([null]), []);
  return { page: cursors.length, after: cursors[cursors.length - 1] ?? null, next, previous, reset };
}
