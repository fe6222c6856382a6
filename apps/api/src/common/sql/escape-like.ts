/** Escapes `\`, `%` and `_` so user text matches literally in `LIKE`/`ILIKE` (Postgres' default escape is `\`). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
