import { Document, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import {
  assertUnpackedWithin,
  readZipText,
  sniffDocument,
  UnpackedTooLargeError,
  wrongFormatMessage,
} from './document-sniff';
import { buildPlanXlsx } from './plan-xlsx.template';

const zipOf = async (files: Record<string, string>) => {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
};

describe('sniffDocument', () => {
  it.each([
    ['an empty buffer', Buffer.alloc(0), 'EMPTY'],
    ['a PDF, even after a few junk bytes', Buffer.from('\r\n%PDF-1.5\n', 'latin1'), 'PDF'],
    ['a .doc/.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'LEGACY_OFFICE'],
    ['an RTF file', Buffer.from('{\\rtf1\\ansi Kế hoạch}', 'utf8'), 'RTF'],
    ['Vietnamese plain text', Buffer.from('QUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH', 'utf8'), 'TEXT'],
    ['binary noise', Buffer.from([0x00, 0x01, 0xfe, 0xff, 0x00]), 'UNKNOWN'],
    ['bytes that only start like a ZIP', Buffer.from('PK\u0003\u0004 broken', 'latin1'), 'UNKNOWN'],
  ])('tells %s', async (_, bytes, format) => {
    expect((await sniffDocument(bytes)).format).toBe(format);
  });

  it('tells Office files apart by their parts', async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('A')] }] }));
    const xlsx = await buildPlanXlsx({ title: 'KẾ HOẠCH', year: 2022, items: [] });
    expect((await sniffDocument(docx)).format).toBe('DOCX');
    expect((await sniffDocument(xlsx)).format).toBe('XLSX');
    expect((await sniffDocument(await zipOf({ mimetype: 'x', 'content.xml': '<x/>' }))).format).toBe(
      'OPEN_DOCUMENT',
    );
    expect((await sniffDocument(await zipOf({ 'a.txt': 'a' }))).format).toBe('ZIP');
  });
});

describe('wrongFormatMessage', () => {
  it('says what the file is, what was expected and what to do', () => {
    expect(wrongFormatMessage('PDF', 'DOCX')).toBe(
      'This file is a PDF file, not a Word document (.docx): copy its text and import it as TEXT, or import the Word (.docx) original.',
    );
    expect(wrongFormatMessage('DOCX', 'XLSX')).toBe(
      'This file is a Word document (.docx), not an Excel workbook (.xlsx).',
    );
  });
});

describe('unpacking limits', () => {
  it('stops an archive that unpacks past the limit, counting what is inflated', async () => {
    const zip = await JSZip.loadAsync(await zipOf({ 'big.xml': '0'.repeat(2_000_000), 'small.xml': '<a/>' }));
    await expect(assertUnpackedWithin(zip, 1_000_000)).rejects.toBeInstanceOf(UnpackedTooLargeError);
    await expect(readZipText(zip, 'big.xml', 1_000_000)).rejects.toThrow('unpacks to more than');
    await expect(assertUnpackedWithin(zip, 3_000_000)).resolves.toBeUndefined();
  });

  it('reads a part as text, or null when there is none', async () => {
    const zip = await JSZip.loadAsync(
      await zipOf({ 'word/document.xml': '<w:document>Sở Nội vụ</w:document>' }),
    );
    expect(await readZipText(zip, 'word/document.xml')).toBe('<w:document>Sở Nội vụ</w:document>');
    expect(await readZipText(zip, 'word/numbering.xml')).toBeNull();
  });
});
