import { useCallback, useState } from 'react';
import { downloadFile, type DownloadableFile } from './download-file';

export interface Download {
  /** True while the file is being fetched: the button shows a spinner. */
  downloading: boolean;
  /** The last failure, until the next attempt or clearError(). */
  error: unknown;
  clearError: () => void;
  /** Fetches the file and saves it; resolves to whether a file was saved. */
  download: (fetchFile: () => Promise<DownloadableFile | null | undefined>) => Promise<boolean>;
}

/** Loading and error state around a file the API returns (e.g. an Excel export) and its download. */
export function useDownload(): Download {
  const [downloading, setDownloading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const clearError = useCallback(() => setError(null), []);
  const download = useCallback(async (fetchFile: () => Promise<DownloadableFile | null | undefined>) => {
    setDownloading(true);
    setError(null);
    try {
      const file = await fetchFile();
      if (!file) throw new Error('The API returned no file');
      downloadFile(file);
      return true;
    } catch (caught) {
      setError(caught);
      return false;
    } finally {
      setDownloading(false);
    }
  }, []);
  return { downloading, error, clearError, download };
}
