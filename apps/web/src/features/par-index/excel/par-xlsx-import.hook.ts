import { useState } from 'react';
import { type ParXlsxFile, useParXlsxFile } from './par-xlsx-file.hook';

export type ParXlsxRunning = 'check' | 'import' | null;

export interface ParXlsxImport<R> {
  xlsx: ParXlsxFile;
  /** The last check's answer (or a real run's, when it was not applied) */
  result: R | null;
  running: ParXlsxRunning;
  /** A check of this very input found nothing wrong: the real run is offered */
  clean: boolean;
  /** Whatever was checked no longer stands (the file or another input changed). */
  forget: () => void;
  pick: (file: File) => Promise<void>;
  send: (dryRun: boolean) => Promise<void>;
}

interface ParXlsxImportOptions<R> {
  /** Sends the file (base64); the answer, or nothing when the mutation failed (its error state says why). */
  mutate: (content: string, dryRun: boolean) => Promise<R | null | undefined>;
  /** A real run was applied. */
  onApplied: (answer: R) => void;
  /** Clears the mutation's error along with the check. */
  reset: () => void;
  /** What else the import needs before sending (the framework's year); true by default. */
  ready?: boolean;
}

/**
 * The steps every PAR Index workbook import takes: a file read in the browser, a dry run ("Kiểm tra") whose
 * answer is shown, then the real run, offered only after a clean check of the same input.
 */
export function useParXlsxImport<R extends { applied: boolean; problems: readonly unknown[] }>({
  mutate,
  onApplied,
  reset,
  ready = true,
}: ParXlsxImportOptions<R>): ParXlsxImport<R> {
  const xlsx = useParXlsxFile();
  const [result, setResult] = useState<R | null>(null);
  const [running, setRunning] = useState<ParXlsxRunning>(null);

  const forget = () => {
    setResult(null);
    reset();
  };

  const pick = async (file: File) => {
    forget();
    await xlsx.read(file);
  };

  const send = async (dryRun: boolean) => {
    if (!xlsx.file || !ready) return;
    setRunning(dryRun ? 'check' : 'import');
    try {
      const answer = await mutate(xlsx.file.content, dryRun);
      if (!answer) return;
      if (!dryRun && answer.applied) onApplied(answer);
      else setResult(answer);
    } catch {
      // Shown by the mutation's error state.
    } finally {
      setRunning(null);
    }
  };

  const clean = result !== null && result.problems.length === 0;
  return { xlsx, result, running, clean, forget, pick, send };
}
