import { ImportFormat, assertNever } from '@partrack/shared';
import { load as loadYaml, YAMLException } from 'js-yaml';
import Papa from 'papaparse';

export interface RawRow {
  line: number;
  data: Record<string, unknown>;
}

export interface ParseResult {
  rows: RawRow[];
  errors: { line: number; message: string }[];
}

/** Line of every top-level "- " item of a YAML sequence, in order. */
function yamlItemLines(content: string): number[] {
  const lines: number[] = [];
  content.split('\n').forEach((text, i) => {
    if (/^-(\s|$)/.test(text)) lines.push(i + 1);
  });
  return lines;
}

/** Line where each top-level object of a JSON array starts (skips strings, counts depth). */
function jsonObjectLines(content: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < content.length; i++) {
    const c = content[i];
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      if (c === '{' && depth === 1) lines.push(line);
      depth++;
    } else if (c === ']' || c === '}') depth--;
  }
  return lines;
}

function asObjects(value: unknown, lines: number[], format: string): ParseResult {
  if (!Array.isArray(value)) {
    return { rows: [], errors: [{ line: 1, message: `The ${format} document must be a list of agencies` }] };
  }
  const rows: RawRow[] = [];
  const errors: ParseResult['errors'] = [];
  value.forEach((item: unknown, i) => {
    const line = lines[i] ?? 1;
    if (item && typeof item === 'object' && !Array.isArray(item))
      rows.push({ line, data: item as Record<string, unknown> });
    else errors.push({ line, message: 'Each entry must be an object with code, name, kind, level…' });
  });
  return { rows, errors };
}

function parseCsv(content: string): ParseResult {
  const rows: RawRow[] = [];
  const errors: ParseResult['errors'] = [];
  const result = Papa.parse<Record<string, string>>(content.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
  });
  // Papa reports rows by index; map each back to its first line by counting newlines before it.
  const starts: number[] = [];
  let line = 2;
  let inQuotes = false;
  const body = content
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .slice(1);
  for (const text of body) {
    if (!inQuotes && text.trim() !== '') starts.push(line);
    if ((text.match(/"/g) ?? []).length % 2 === 1) inQuotes = !inQuotes;
    line++;
  }
  result.data.forEach((data, i) => rows.push({ line: starts[i] ?? i + 2, data }));
  result.errors.forEach((e) => errors.push({ line: (e.row ?? 0) + 2, message: `CSV: ${e.message}` }));
  return { rows, errors };
}

export function parseAgencyFile(format: ImportFormat, content: string): ParseResult {
  switch (format) {
    case ImportFormat.YAML:
      try {
        return asObjects(loadYaml(content), yamlItemLines(content), 'YAML');
      } catch (error) {
        const e = error as YAMLException;
        return {
          rows: [],
          errors: [{ line: (e.mark?.line ?? 0) + 1, message: `YAML: ${e.reason ?? e.message}` }],
        };
      }
    case ImportFormat.JSON:
      try {
        return asObjects(JSON.parse(content), jsonObjectLines(content), 'JSON');
      } catch (error) {
        return { rows: [], errors: [{ line: 1, message: `JSON: ${(error as Error).message}` }] };
      }
    case ImportFormat.CSV:
      return parseCsv(content);
    default:
      return assertNever(format);
  }
}
