import { base64Length, readFileAsBase64 } from '../../../app/ui/read-file';
import { ReorganisationFileFormat } from '../../../gql/graphql';

/** The API refuses content longer than this (text characters, or base64 for XLSX). */
export const MAX_CONTENT_LENGTH = 5_000_000;

export const ACCEPTED_EXTENSIONS = '.yaml,.yml,.csv,.json,.xlsx';

const EXTENSIONS: Readonly<Record<string, ReorganisationFileFormat>> = {
  yaml: ReorganisationFileFormat.Yaml,
  yml: ReorganisationFileFormat.Yaml,
  csv: ReorganisationFileFormat.Csv,
  json: ReorganisationFileFormat.Json,
  xlsx: ReorganisationFileFormat.Xlsx,
};

export interface ReorganisationSource {
  fileName: string;
  format: ReorganisationFileFormat;
  /** UTF-8 text, or base64 for XLSX: what ReorganisationFileInput.content expects. */
  content: string;
}

export type ReadOutcome =
  { ok: true; source: ReorganisationSource } | { ok: false; reason: 'format' | 'tooLarge' };

export function formatFromFileName(fileName: string): ReorganisationFileFormat | null {
  const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
  return EXTENSIONS[extension] ?? null;
}

/** UTF-8 text through FileReader: works wherever FileReader does (Blob.text() is missing in older engines). */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsText(file, 'utf-8');
  });
}

/**
 * Unlike the agency import there is no paste box, so the extension is the only format signal: an unknown one
 * is refused here rather than guessed and rejected line by line by the API.
 */
export async function readReorganisationFile(file: File): Promise<ReadOutcome> {
  const format = formatFromFileName(file.name);
  if (!format) return { ok: false, reason: 'format' };
  const binary = format === ReorganisationFileFormat.Xlsx;
  // The limit is on what is sent: base64 grows XLSX by a third; a Vietnamese text has fewer characters than bytes.
  if (binary && base64Length(file.size) > MAX_CONTENT_LENGTH) return { ok: false, reason: 'tooLarge' };
  const content = binary ? await readFileAsBase64(file) : await readText(file);
  if (content.length > MAX_CONTENT_LENGTH) return { ok: false, reason: 'tooLarge' };
  return { ok: true, source: { fileName: file.name, format, content } };
}
