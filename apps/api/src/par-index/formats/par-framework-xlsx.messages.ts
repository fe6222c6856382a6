import { PAR_XLSX_MESSAGES } from '../../common/i18n/par-xlsx-messages';

export { PAR_XLSX_MESSAGES };

export type ParXlsxMessageKey = keyof typeof PAR_XLSX_MESSAGES;

/**
 * One thing wrong with an imported file, where the user finds it: the sheet ('' for the file as a whole),
 * the Excel row (null when the sheet as a whole is meant) and the column letter (null for a whole row).
 */
export interface ParFrameworkXlsxProblem {
  sheet: string;
  line: number | null;
  column: string | null;
  key: ParXlsxMessageKey;
  params: Record<string, string | number>;
}

export function parXlsxProblem(
  sheet: string,
  line: number | null,
  column: string | null,
  key: ParXlsxMessageKey,
  params: Record<string, string | number> = {},
): ParFrameworkXlsxProblem {
  return { sheet, line, column, key, params };
}
