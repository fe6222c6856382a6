import { AgencyKind, AgencyLevel } from '@partrack/shared';
import { isValidLocalDate } from '../../common/graphql/scalars';
import { CODE_PATTERN } from '../../common/validation/validators';
import { RawRow } from './agency-import.parser';

export interface AgencyRow {
  line: number;
  code: string;
  name: string;
  shortName: string | null;
  aliases: string[];
  kind: AgencyKind;
  level: AgencyLevel;
  parentCode: string | null;
  validFrom: string | null;
}

const KINDS = new Set<string>(Object.values(AgencyKind));
const LEVELS = new Set<string>(Object.values(AgencyLevel));

function text(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return null;
  const s = String(value).trim();
  return s === '' ? null : s;
}

function aliasesOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((v) => text(v)).filter((v): v is string => v !== null);
  const s = text(value);
  return s
    ? s
        .split(';')
        .map((a) => a.trim())
        .filter(Boolean)
    : [];
}

/** Checks one row; returns the normalised row or the problems, each naming the column. */
export function validateRow(raw: RawRow): { row?: AgencyRow; problems: string[] } {
  const d = raw.data;
  const problems: string[] = [];
  const code = text(d.code)?.toUpperCase() ?? null;
  const name = text(d.name);
  const kind = text(d.kind)?.toUpperCase() ?? null;
  const level = text(d.level)?.toUpperCase() ?? null;
  const validFrom = text(d.validFrom);
  if (!code) problems.push('code is required');
  else if (!CODE_PATTERN.test(code) || code.length > 64)
    problems.push(`code "${code}" may only use A-Z, 0-9, "-" and "_" (max 64)`);
  if (!name) problems.push('name is required');
  else if (name.length > 300) problems.push('name is longer than 300 characters');
  if (!kind || !KINDS.has(kind))
    problems.push(`kind must be one of ${[...KINDS].join(', ')} (got "${kind ?? ''}")`);
  if (!level || !LEVELS.has(level))
    problems.push(`level must be one of ${[...LEVELS].join(', ')} (got "${level ?? ''}")`);
  if (validFrom && !isValidLocalDate(validFrom))
    problems.push(`validFrom "${validFrom}" is not a date (YYYY-MM-DD)`);
  if (problems.length) return { problems };
  return {
    problems,
    row: {
      line: raw.line,
      code: code!,
      name: name!,
      shortName: text(d.shortName),
      aliases: aliasesOf(d.aliases),
      kind: kind as AgencyKind,
      level: level as AgencyLevel,
      parentCode: text(d.parentCode)?.toUpperCase() ?? null,
      validFrom,
    },
  };
}
