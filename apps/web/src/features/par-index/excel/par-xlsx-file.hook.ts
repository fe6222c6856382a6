import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import { base64Length, readFileAsBase64 } from '../../../app/ui/read-file';

/**
 * The file travels base64 in the GraphQL body, whose limit is 100 KB (102,400 bytes). The query, the year and
 * the JSON around them take well under 2 KB, so the encoded file may take 98 KB: a workbook of about 73 KB.
 */
export const MAX_PAR_XLSX_BASE64 = 98 * 1024;
export const MAX_PAR_XLSX_BYTES = Math.floor((MAX_PAR_XLSX_BASE64 / 4) * 3);

export interface LoadedXlsx {
  name: string;
  /** The workbook, base64 */
  content: string;
}

export interface ParXlsxFile {
  file: LoadedXlsx | null;
  /** Why the picked file cannot be sent, in the user's language */
  error: string | null;
  /** Reads a picked file in the browser; too large or non-XLSX files are refused before anything is sent. */
  read: (picked: File) => Promise<void>;
  /** "74": kilobytes as the hints print them */
  kb: (bytes: number) => string;
}

/** The workbook a PAR Index import modal sends: read, size-checked, base64-encoded. */
export function useParXlsxFile(): ParXlsxFile {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const [file, setFile] = useState<LoadedXlsx | null>(null);
  const [error, setError] = useState<string | null>(null);
  const kb = useCallback((bytes: number) => fmt.number(Math.round(bytes / 1024)), [fmt]);

  const read = async (picked: File) => {
    setFile(null);
    setError(null);
    if (!picked.name.toLowerCase().endsWith('.xlsx')) {
      setError(t('parIndex.excel.notXlsx', { name: picked.name }));
      return;
    }
    if (base64Length(picked.size) > MAX_PAR_XLSX_BASE64) {
      setError(
        t('parIndex.excel.tooLarge', {
          name: picked.name,
          size: kb(picked.size),
          max: kb(MAX_PAR_XLSX_BYTES),
        }),
      );
      return;
    }
    try {
      setFile({ name: picked.name, content: await readFileAsBase64(picked) });
    } catch {
      setError(t('parIndex.excel.unreadable', { name: picked.name }));
    }
  };

  return { file, error, read, kb };
}
