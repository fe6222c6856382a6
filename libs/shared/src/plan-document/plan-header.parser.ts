import { isIsoDate, isoDate } from '../plan/iso-date';
import { foldVietnamese } from '../text/normalize';
import type { PlanDocumentHeader, PlanParseProblem } from './plan-document.types';
import type { PlanLine } from './plan-line';
import { planProblem } from './plan-problems';

export interface HeaderParse {
  header: PlanDocumentHeader;
  problems: PlanParseProblem[];
  /** The decision body refers to Appendix II, so a copy without it was cut short. */
  announcesAppendixTwo: boolean;
}

/** A number or day is "blank" when the copy leaves spaces (often no-break) where it will be written. */
const DECISION_REFERENCE =
  /(?:^số\s*:|kèm theo quyết định số)\s*([^\s/]*)\s*\/\s*(QĐ-[^\s,;)]+)(?:\s*ngày\s*([^\s/]*)\s*\/\s*([^\s/]*)\s*\/\s*(\d{4}))?/iu;

/** Matched on the text as written: folding every paragraph of the body would cost more than the parse. */
const APPENDIX_TWO = /phụ lục ii(?![\p{L}\p{N}])/iu;

interface DecisionReference {
  line: number;
  number: string;
  symbol: string;
  day: string;
  month: string;
  year: string;
  raw: string;
}

function findDecisionReference(lines: readonly PlanLine[]): DecisionReference | null {
  for (const { line, text } of lines) {
    const match = DECISION_REFERENCE.exec(text.normalize('NFC').replace(/\s+/g, ' '));
    if (!match) continue;
    const [raw, number, symbol, day = '', month = '', year = ''] = match;
    return { line, number, symbol, day, month, year, raw };
  }
  return null;
}

function decisionProblems(ref: DecisionReference | null, number: string | null, date: string | null) {
  if (ref === null)
    return [planProblem('NO_DECISION_NUMBER', 1, 'No decision number found (no "Số: …/QĐ-…" line)')];
  const problems: PlanParseProblem[] = [];
  if (number === null) {
    problems.push(
      planProblem('DECISION_NUMBER_BLANK', ref.line, `Decision number left blank in this copy: "${ref.raw}"`),
    );
  }
  if (date === null) {
    problems.push(planProblem('DECISION_DATE_BLANK', ref.line, `Decision date incomplete: "${ref.raw}"`));
  }
  return problems;
}

function dateOf(day: string, month: string, year: string): string | null {
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return null;
  const date = isoDate(Number(year), Number(month), Number(day));
  return isIsoDate(date) ? date : null;
}

/** The place-and-date line of the header: "Quảng Nam, ngày 25 tháng 12 năm 2021". */
const SIGNING_DATE = /^[^,]{1,40}, ngay\s*(\d{1,2})? thang\s*(\d{1,2})? nam\s*(\d{4})$/;

function decisionDateOf(ref: DecisionReference, preamble: readonly PlanLine[]): string | null {
  const written = dateOf(ref.day, ref.month, ref.year);
  if (written !== null || ref.line > (preamble.at(-1)?.line ?? 0)) return written;
  for (const { text } of preamble) {
    const match = SIGNING_DATE.exec(foldVietnamese(text));
    if (match) return dateOf(match[1] ?? '', match[2] ?? '', match[3]);
  }
  return null;
}

/** The preamble (before the first "Căn cứ") holds the title and issuer; the legal bases cite other acts. */
function preambleOf(lines: readonly PlanLine[]): PlanLine[] {
  const end = lines.findIndex((l) => foldVietnamese(l.text).startsWith('can cu'));
  return end < 0 ? [...lines] : lines.slice(0, end);
}

function findText(lines: readonly PlanLine[], pattern: RegExp): string | null {
  return lines.find((l) => pattern.test(foldVietnamese(l.text)))?.text ?? null;
}

function yearOf(text: string | null): number | null {
  const match = text === null ? null : /\bnam ((?:19|20|21)\d{2})\b/.exec(foldVietnamese(text));
  return match ? Number(match[1]) : null;
}

function missingFieldProblems(header: PlanDocumentHeader): PlanParseProblem[] {
  const problems: PlanParseProblem[] = [];
  if (header.title === null) problems.push(planProblem('NO_TITLE', 1, 'No decision title found'));
  if (header.issuerText === null) {
    problems.push(planProblem('NO_ISSUER', 1, 'No issuing body found (e.g. "ỦY BAN NHÂN DÂN TỈNH …")'));
  }
  if (header.year === null) problems.push(planProblem('NO_PLAN_YEAR', 1, 'No plan year in the title'));
  return problems;
}

/**
 * Reads the decision's own particulars from the lines before Appendix I, and its number and date from
 * the "Số:" line or the appendices' "(Ban hành kèm theo Quyết định số …)" line. Only what is written is
 * reported; cited acts ("Căn cứ Quyết định số 2370/QĐ-UBND …") are never taken for the decision.
 */
export function parseHeader(
  bodyLines: readonly PlanLine[],
  appendixPreambles: readonly PlanLine[],
): HeaderParse {
  const preamble = preambleOf(bodyLines);
  const ref = findDecisionReference([...preamble, ...appendixPreambles]);
  const decisionNumber = ref !== null && ref.number !== '' ? `${ref.number}/${ref.symbol}` : null;
  const decisionDate = ref === null ? null : decisionDateOf(ref, preamble);
  const title = findText(preamble, /^(ve viec |v\/v )?(ban hanh )?ke hoach\b/);
  const header: PlanDocumentHeader = {
    decisionNumber,
    decisionDate,
    issuerText: findText(preamble, /^(uy ban nhan dan|ubnd) (tinh|thanh pho)\b/),
    title,
    year: yearOf(title),
    proposerText: findText(bodyLines, /\bto trinh so\b/),
  };
  return {
    header,
    problems: [...decisionProblems(ref, decisionNumber, decisionDate), ...missingFieldProblems(header)],
    announcesAppendixTwo: bodyLines.some((l) => APPENDIX_TWO.test(l.text.normalize('NFC'))),
  };
}
