/**
 * Folds Vietnamese text for matching: lower case, no diacritics, "đ" → "d", collapsed spaces.
 * "Sở Nội vụ" and "so noi vu" fold to the same string.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
