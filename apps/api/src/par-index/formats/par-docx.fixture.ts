// Test only: reads a PAR Index DOCX back (body and page headers) for the format and integration specs.
import JSZip from 'jszip';
import { texts } from '../../reports/formats/report-docx.xml.fixture';

/** The body of a package and every page header in it, as XML. */
export async function docxParts(buffer: Buffer): Promise<{ body: string; headers: string[] }> {
  const zip = await JSZip.loadAsync(buffer);
  const body = await zip.file('word/document.xml')!.async('string');
  const headers = await Promise.all(
    Object.keys(zip.files)
      .filter((p) => /^word\/header\d+\.xml$/.test(p))
      .map((p) => zip.file(p)!.async('string')),
  );
  return { body, headers };
}

/** The text of each row of a table, cell texts joined by " | ". */
export const tableRows = (xml: string) =>
  [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([tr]) =>
    [...tr.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([tc]) => texts(tc).join(' ')).join(' | '),
  );
