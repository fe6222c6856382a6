import JSZip from 'jszip';

/** What a file turned out to be, told from its bytes, never from its name or the declared format. */
export type DocumentFormat =
  | 'EMPTY'
  | 'PDF'
  | 'LEGACY_OFFICE'
  | 'RTF'
  | 'DOCX'
  | 'XLSX'
  | 'PPTX'
  | 'OPEN_DOCUMENT'
  | 'ZIP'
  | 'TEXT'
  | 'UNKNOWN';

const DESCRIPTIONS: Record<DocumentFormat, string> = {
  EMPTY: 'an empty file',
  PDF: 'a PDF file',
  // Password-protected .docx and .xlsx files are stored in the same container as the old formats.
  LEGACY_OFFICE: 'an old Word 97–2003 (.doc) or Excel 97–2003 (.xls) file, or a password-protected one',
  RTF: 'an RTF file',
  DOCX: 'a Word document (.docx)',
  XLSX: 'an Excel workbook (.xlsx)',
  PPTX: 'a PowerPoint presentation (.pptx)',
  OPEN_DOCUMENT: 'an OpenDocument file (.odt, .ods)',
  ZIP: 'a ZIP archive that is no Office document',
  TEXT: 'plain text',
  UNKNOWN: 'no format partrack recognises (damaged, or not a document)',
};

/** What to do about each format, so the message can be acted on without help. */
const ADVICE: Partial<Record<DocumentFormat, string>> = {
  PDF: 'copy its text and import it as TEXT, or import the Word (.docx) original',
  LEGACY_OFFICE: 'open it in Word or Excel, remove any password and save it as .docx or .xlsx',
  RTF: 'open it in Word and save it as .docx',
  OPEN_DOCUMENT: 'save it as .docx or .xlsx',
  TEXT: 'import it as TEXT',
};

export interface SniffedDocument {
  format: DocumentFormat;
  /** The opened archive of Office and OpenDocument files, to read parts from without unzipping twice. */
  zip: JSZip | null;
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function ascii(bytes: Uint8Array, length: number): string {
  return Buffer.from(bytes.subarray(0, length)).toString('latin1');
}

function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return false;
  try {
    // stream: true, so a character cut at the end of the sample is not taken for bad UTF-8.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function zipFormat(zip: JSZip): DocumentFormat {
  const names = Object.keys(zip.files);
  if (names.includes('[Content_Types].xml')) {
    if (names.some((n) => n.startsWith('word/'))) return 'DOCX';
    if (names.some((n) => n.startsWith('xl/'))) return 'XLSX';
    if (names.some((n) => n.startsWith('ppt/'))) return 'PPTX';
  }
  return names.includes('mimetype') && names.includes('content.xml') ? 'OPEN_DOCUMENT' : 'ZIP';
}

export async function sniffDocument(bytes: Uint8Array): Promise<SniffedDocument> {
  if (bytes.length === 0) return { format: 'EMPTY', zip: null };
  // A few producers put junk before the PDF header; readers accept it within the first kilobyte.
  if (ascii(bytes, 1024).includes('%PDF-')) return { format: 'PDF', zip: null };
  if (startsWith(bytes, OLE2)) return { format: 'LEGACY_OFFICE', zip: null };
  if (ascii(bytes, 5) === '{\\rtf') return { format: 'RTF', zip: null };
  if (ascii(bytes, 2) === 'PK') {
    try {
      const zip = await JSZip.loadAsync(bytes);
      return { format: zipFormat(zip), zip };
    } catch {
      return { format: 'UNKNOWN', zip: null };
    }
  }
  return { format: looksLikeText(bytes) ? 'TEXT' : 'UNKNOWN', zip: null };
}

/** "This file is a PDF file, not a Word document (.docx): copy its text and import it as TEXT …". */
export function wrongFormatMessage(found: DocumentFormat, expected: 'DOCX' | 'XLSX'): string {
  const advice = ADVICE[found];
  const base = `This file is ${DESCRIPTIONS[found]}, not ${DESCRIPTIONS[expected]}`;
  return advice === undefined ? `${base}.` : `${base}: ${advice}.`;
}

/**
 * Office files are ZIP archives; a small one can unpack to gigabytes. Parts are inflated as a stream and
 * counted against this budget, so an oversized or forged archive stops early instead of filling memory.
 */
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;

export class UnpackedTooLargeError extends Error {
  constructor(max: number) {
    super(`The file unpacks to more than ${Math.round(max / 1024 / 1024)} MB`);
    this.name = 'UnpackedTooLargeError';
  }
}

interface Budget {
  left: number;
  max: number;
}

function inflate(file: JSZip.JSZipObject, budget: Budget, keep: boolean): Promise<Buffer[]> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const stream = file.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      budget.left -= chunk.length;
      if (budget.left < 0) {
        stream.pause();
        reject(new UnpackedTooLargeError(budget.max));
      } else if (keep) chunks.push(chunk);
    });
    stream.on('error', reject);
    stream.on('end', () => resolve(chunks));
  });
}

/** Inflates every part once, keeping nothing, to prove the archive fits in `max` bytes. */
export async function assertUnpackedWithin(zip: JSZip, max = MAX_UNPACKED_BYTES): Promise<void> {
  const budget = { left: max, max };
  for (const file of Object.values(zip.files)) {
    if (!file.dir) await inflate(file, budget, false);
  }
}

/** The part as UTF-8 text, or null when the archive has no such part. */
export async function readZipText(
  zip: JSZip,
  name: string,
  max = MAX_UNPACKED_BYTES,
): Promise<string | null> {
  const file = zip.file(name);
  if (file === null) return null;
  const chunks = await inflate(file, { left: max, max }, true);
  return Buffer.concat(chunks).toString('utf8');
}
