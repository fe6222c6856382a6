import { parsePlanText, ParsePlanTextOptions, assertNever } from '@partrack/shared';
import { badField } from '../../common/errors/domain-error';
import { docxToPlanText, parsePlanXlsx, PlanFormatParse, UnreadableDocumentError } from '../formats';
import { PlanDocumentFormat } from './plan-import.input';

export const PLAN_IMPORT_MAX_BYTES = 10 * 1024 * 1024;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function decode(content: string): Buffer {
  const compact = content.replace(/\s+/g, '');
  if (!compact || compact.length % 4 !== 0 || !BASE64.test(compact))
    throw badField('content', 'import.notBase64');
  return Buffer.from(compact, 'base64');
}

function checkSize(size: number): void {
  if (size > PLAN_IMPORT_MAX_BYTES)
    throw badField('content', 'import.tooLarge', { size, max: PLAN_IMPORT_MAX_BYTES });
}

/** A parse plus the document as text (TEXT and DOCX), which the indicator draft extractor reads. */
export type PlanDocumentRead = PlanFormatParse & { text: string | null };

/** Turns the submitted content of any supported format into one parse result; bad files answer a field error. */
export async function readPlanDocument(
  format: PlanDocumentFormat,
  content: string,
  options: ParsePlanTextOptions & { year: number | undefined },
): Promise<PlanDocumentRead> {
  if (!content.trim()) throw badField('content', 'import.empty');
  try {
    switch (format) {
      case PlanDocumentFormat.TEXT:
        checkSize(Buffer.byteLength(content, 'utf8'));
        return { ...parsePlanText(content, options), text: content };
      case PlanDocumentFormat.DOCX: {
        const bytes = decode(content);
        checkSize(bytes.length);
        const text = await docxToPlanText(bytes);
        return { ...parsePlanText(text, options), text };
      }
      case PlanDocumentFormat.XLSX: {
        const bytes = decode(content);
        checkSize(bytes.length);
        return { ...(await parsePlanXlsx(bytes, { year: options.year ?? null })), text: null };
      }
      default:
        return assertNever(format);
    }
  } catch (error) {
    if (error instanceof UnreadableDocumentError)
      throw badField('content', 'import.unreadable', { format, detail: error.message });
    throw error;
  }
}
