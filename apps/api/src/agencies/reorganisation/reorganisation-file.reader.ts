import ExcelJS from 'exceljs';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DomainError } from '../../common/errors/domain-error';
import { Lang, translate } from '../../common/i18n/messages';
import { toFieldProblems } from '../../common/validation/validation-messages';
import { readRows } from '../../common/xlsx/xlsx-cells';
import { assertUnpackedWithin, sniffDocument } from '../../plans/formats/document-sniff';
import { parseAgencyFile, RawRow } from '../import/agency-import.parser';
import { ImportFormat } from '@partrack/shared';
import {
  ReorganisationFileFormat,
  ReorganisationFileInput,
  ReorganisationOperationInput,
} from './reorganisation.input';
import { ReorganisationProblem } from './reorganisation-preview.model';

/** An operation with the line it came from (file line, or position from 1 in the API's list). */
export interface NumberedOperation {
  line: number;
  operation: ReorganisationOperationInput;
}

// A file may say it in English or in Vietnamese (without diacritics, as spreadsheet headers usually are).
const COLUMN_ALIASES: Record<string, keyof ReorganisationOperationInput> = {
  action: 'action',
  thao_tac: 'action',
  code: 'code',
  ma: 'code',
  target: 'target',
  dich: 'target',
  name: 'name',
  ten: 'name',
  shortname: 'shortName',
  short_name: 'shortName',
  ten_viet_tat: 'shortName',
  kind: 'kind',
  loai: 'kind',
  level: 'level',
  cap: 'level',
};

function normalise(row: RawRow): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row.data)) {
    const field = COLUMN_ALIASES[key.trim().toLowerCase()];
    if (!field || value === null || value === undefined) continue;
    const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
    if (text !== '')
      result[field] = field === 'action' || field === 'kind' || field === 'level' ? text.toUpperCase() : text;
  }
  return result;
}

/** The first sheet as rows keyed by its header row (line = Excel row number). */
async function xlsxRows(
  content: string,
): Promise<{ rows: RawRow[]; errors: { line: number; message: string }[] }> {
  const buffer = Buffer.from(content, 'base64');
  const sniffed = await sniffDocument(buffer);
  if (sniffed.format !== 'XLSX' || sniffed.zip === null)
    return {
      rows: [],
      errors: [{ line: 1, message: 'XLSX: not an Excel workbook (send it base64-encoded)' }],
    };
  try {
    await assertUnpackedWithin(sniffed.zip);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(buffer).buffer);
    const sheet = workbook.worksheets[0];
    const [header, ...body] = sheet ? readRows(sheet) : [];
    if (!header) return { rows: [], errors: [{ line: 1, message: 'XLSX: the first sheet is empty' }] };
    const names = new Map([...header.cells].map(([column, cell]) => [column, cell.text ?? '']));
    return {
      rows: body.map((row) => ({
        line: row.line,
        data: Object.fromEntries(
          [...row.cells].map(([column, cell]) => [names.get(column) ?? '', cell.text]),
        ),
      })),
      errors: [],
    };
  } catch (error) {
    return { rows: [], errors: [{ line: 1, message: `XLSX: ${(error as Error).message}` }] };
  }
}

/** Reads a mapping file into operations; unreadable lines become problems. */
export async function readReorganisationFile(
  file: ReorganisationFileInput,
): Promise<{ operations: NumberedOperation[]; problems: ReorganisationProblem[] }> {
  const parsed =
    file.format === ReorganisationFileFormat.XLSX
      ? await xlsxRows(file.content)
      : parseAgencyFile(file.format as unknown as ImportFormat, file.content);
  return {
    operations: parsed.rows.map((row) => ({
      line: row.line,
      operation: normalise(row) as unknown as ReorganisationOperationInput,
    })),
    problems: parsed.errors.map((e) => ({ line: e.line, field: 'file', message: e.message })),
  };
}

/** The same checks as the API's input validation, per operation, as problems with their line. */
export async function validateOperations(
  operations: readonly NumberedOperation[],
  lang: Lang,
): Promise<ReorganisationProblem[]> {
  const problems: ReorganisationProblem[] = [];
  for (const { line, operation } of operations) {
    const errors = await validate(plainToInstance(ReorganisationOperationInput, operation));
    for (const p of toFieldProblems(errors))
      problems.push({ line, field: p.field ?? 'operation', message: translate(p.key, lang, p.params) });
  }
  return problems;
}

/** A refusal of one operation as the problem of its line. */
export function problemOf(line: number, error: DomainError, lang: Lang): ReorganisationProblem[] {
  const fields = error.fields.length
    ? error.fields
    : [{ field: 'code', key: error.key, params: error.params }];
  return fields.map((f) => ({ line, field: f.field ?? 'code', message: translate(f.key, lang, f.params) }));
}
