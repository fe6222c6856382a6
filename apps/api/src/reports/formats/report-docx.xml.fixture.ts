// Test only: reads a generated DOCX back (document, styles and header XML) for the export specs.
import JSZip from 'jszip';
import { ReportDocumentModel } from './report-document.model';
import { buildReportDocx } from './report-docx.builder';

/** The parts of the package the layout lives in, as XML text. */
export interface Docx {
  body: string;
  styles: string;
  firstHeader: string;
  defaultHeader: string;
}

export async function openDocx(model: ReportDocumentModel): Promise<Docx> {
  const zip = await JSZip.loadAsync(await buildReportDocx(model));
  const read = (path: string): Promise<string> => {
    const file = zip.file(path);
    if (!file) throw new Error(`${path} is missing from the package`);
    return file.async('string');
  };
  const body = await read('word/document.xml');
  const rels = await read('word/_rels/document.xml.rels');
  const header = (type: 'first' | 'default') => {
    const id = new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"`).exec(body)?.[1];
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
    return read(`word/${target}`);
  };
  return {
    body,
    styles: await read('word/styles.xml'),
    firstHeader: await header('first'),
    defaultHeader: await header('default'),
  };
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** Paragraphs with their XML and their text (runs joined, tabs as "\t"). */
export function paragraphs(xml: string): { xml: string; text: string }[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    xml: p,
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
      .map((m) => decode(m[1] ?? '\t'))
      .join(''),
  }));
}

export const texts = (xml: string) => paragraphs(xml).map((p) => p.text);

export function paragraph(xml: string, text: string): string {
  const found = paragraphs(xml).find((p) => p.text === text);
  if (!found) throw new Error(`no paragraph "${text}"`);
  return found.xml;
}

/** Runs with the formatting the specs look at. */
export function runs(xml: string): { text: string; bold: boolean; italic: boolean; size: number | null }[] {
  return [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map(([, r]) => ({
    text: decode([...r.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
    bold: /<w:b\/>/.test(r),
    italic: /<w:i\/>/.test(r),
    size: Number(/<w:sz w:val="(\d+)"/.exec(r)?.[1] ?? NaN) || null,
  }));
}

export function run(xml: string, text: string) {
  const found = runs(xml).find((r) => r.text === text);
  if (!found) throw new Error(`no run "${text}"`);
  return found;
}

export const tables = (xml: string) => [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([t]) => t);

/** True when `expected` appear in this order (other paragraphs may come between). */
export function inOrder(actual: string[], expected: string[]): boolean {
  let at = 0;
  for (const text of actual) if (text === expected[at]) at++;
  return at === expected.length;
}
