// Test-only: loads the Quảng Nam reference catalogue (apps/api/src/seed/data) as resolver candidates.
import { readFileSync } from 'fs';
import { load } from 'js-yaml';
import { join } from 'path';
import { AgencyKind, AgencyLevel } from '../agency/agency.enums';
import type { AgencyCandidate, AgencyGroupCandidate } from './agency-name-resolver';

export const REPO_ROOT = join(__dirname, '..', '..', '..', '..');
const DATA_DIR = join(REPO_ROOT, 'apps', 'api', 'src', 'seed', 'data');

export interface AgencyRow {
  code: string;
  name: string;
  shortName: string | null;
  aliases: string[];
  kind: AgencyKind;
  level: AgencyLevel;
  parentCode: string | null;
  validFrom: string;
}

export interface AgencyGroupRow {
  code: string;
  name: string;
  aliases: string[];
  members: string[];
}

type Row = Record<string, unknown>;

function readRows(file: string): Row[] {
  const parsed: unknown = load(readFileSync(join(DATA_DIR, file), 'utf8'));
  if (!Array.isArray(parsed)) throw new Error(`${file}: expected a YAML list`);
  return parsed.map((row: unknown, i) => {
    if (typeof row !== 'object' || row === null) throw new Error(`${file}[${i}]: expected a mapping`);
    return row as Row;
  });
}

function text(row: Row, key: string): string {
  const value = row[key];
  if (typeof value !== 'string') throw new Error(`${String(row['code'])}.${key}: expected a string`);
  return value;
}

function oneOf<T extends string>(row: Row, key: string, values: readonly T[]): T {
  const value = text(row, key);
  const known = values.find((v) => v === value);
  if (known === undefined) throw new Error(`${String(row['code'])}.${key}: unknown value ${value}`);
  return known;
}

function optionalText(row: Row, key: string): string | null {
  return row[key] === null || row[key] === undefined ? null : text(row, key);
}

function texts(row: Row, key: string): string[] {
  const value = row[key] ?? [];
  if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string')) {
    throw new Error(`${String(row['code'])}.${key}: expected a list of strings`);
  }
  return value;
}

export function loadAgencyRows(): AgencyRow[] {
  return readRows('quang-nam-agencies.yaml').map((row) => ({
    code: text(row, 'code'),
    name: text(row, 'name'),
    shortName: optionalText(row, 'shortName'),
    aliases: texts(row, 'aliases'),
    kind: oneOf(row, 'kind', Object.values(AgencyKind)),
    level: oneOf(row, 'level', Object.values(AgencyLevel)),
    parentCode: optionalText(row, 'parentCode'),
    validFrom: text(row, 'validFrom'),
  }));
}

export function loadGroupRows(): AgencyGroupRow[] {
  return readRows('quang-nam-agency-groups.yaml').map((row) => ({
    code: text(row, 'code'),
    name: text(row, 'name'),
    aliases: texts(row, 'aliases'),
    members: texts(row, 'members'),
  }));
}

/** The catalogue as the API would pass it, with ids = codes so expectations read naturally. */
export function loadCandidates(): { agencies: AgencyCandidate[]; groups: AgencyGroupCandidate[] } {
  return {
    agencies: loadAgencyRows().map((r) => ({
      id: r.code,
      code: r.code,
      name: r.name,
      shortName: r.shortName,
      aliases: r.aliases,
    })),
    groups: loadGroupRows().map((r) => ({ id: r.code, code: r.code, name: r.name, aliases: r.aliases })),
  };
}
