/**
 * Folds Vietnamese text like `foldVietnamese` (lower case, no diacritics, "đ" → "d") but keeps every
 * character at its offset, so a match found on the folded text slices the text as written. Whitespace is
 * neither collapsed nor trimmed for the same reason; callers pass text whose spaces are already plain.
 */
export function foldKeepingOffsets(text: string): string {
  let folded = '';
  for (const char of text) {
    const plain = char
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase();
    // A character whose fold changes length ("İ") stays as it is: offsets matter more than matching it.
    folded += plain.length === char.length ? plain : char;
  }
  return folded;
}

/** NFC, with tabs and no-break spaces as plain spaces: one character for one, so offsets survive. */
export function plainLine(raw: string): string {
  return raw.normalize('NFC').replace(/[\t\u00a0\u2007\u202f]/g, ' ');
}
