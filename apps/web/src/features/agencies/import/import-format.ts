import { ImportFormat } from '@partrack/shared';

/** Big enough for every agency of a province with aliases; bigger is almost certainly the wrong file. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const EXTENSIONS: Readonly<Record<string, ImportFormat>> = {
  yaml: ImportFormat.YAML,
  yml: ImportFormat.YAML,
  csv: ImportFormat.CSV,
  json: ImportFormat.JSON,
};

export function formatFromFileName(fileName: string): ImportFormat | null {
  const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
  return EXTENSIONS[extension] ?? null;
}

/** A best guess for pasted text, so the common case needs no format choice. The user can still override it. */
export function guessFormat(content: string): ImportFormat {
  const start = content.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return ImportFormat.JSON;
  const firstLine = start.split(/\r?\n/, 1)[0] ?? '';
  if (/^[\w\s"]+(,[\w\s"]+)+$/.test(firstLine) && !firstLine.includes(':')) return ImportFormat.CSV;
  return ImportFormat.YAML;
}
