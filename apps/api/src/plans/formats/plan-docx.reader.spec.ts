import { ParsedPlanItem, parsePlanText } from '@partrack/shared';
import { readFileSync } from 'fs';
import { join } from 'path';
import { buildPlanDocxFixture, DocxLayout } from './plan-docx.fixture';
import { docxToPlanText } from './plan-docx.reader';
import { buildPlanXlsx } from './plan-xlsx.template';
import { UnreadableDocumentError } from './unreadable-document.error';

const SEED = readFileSync(join(__dirname, '../../seed/data/ke-hoach-cchc-2022-quang-nam.txt'), 'utf8');
const seed = parsePlanText(SEED);
const withoutLine = ({ line: _line, ...item }: ParsedPlanItem) => item;
const problemKeys = (problems: ReadonlyArray<{ code: string; itemCode?: string }>) =>
  problems.map((p) => `${p.code} ${p.itemCode ?? ''}`).sort();

describe.each<DocxLayout>(['rows', 'nested'])(
  'docxToPlanText on the seed plan typed in Word (%s layout)',
  (layout) => {
    let text: string;

    beforeAll(async () => {
      text = await docxToPlanText(await buildPlanDocxFixture(SEED, { layout }));
    });

    it('gives text from which parsePlanText reads the same items as from the seed', () => {
      const parsed = parsePlanText(text);
      expect(parsed.items.map(withoutLine)).toEqual(seed.items.map(withoutLine));
      expect(parsed.items).toHaveLength(78);
    });

    it('gives the same header and the same problems, no more', () => {
      const parsed = parsePlanText(text);
      expect(parsed.header).toEqual(seed.header);
      expect(problemKeys(parsed.problems)).toEqual(problemKeys(seed.problems));
      expect(parsed.stats.skippedLines).toBe(0);
    });
  },
);

describe('docxToPlanText: Word documents without the task table', () => {
  it('gives the decision text and no items, so the parser reports NO_APPENDIX', async () => {
    const text = await docxToPlanText(await buildPlanDocxFixture(SEED, { appendices: 'none' }));
    const parsed = parsePlanText(text);
    expect(parsed.items).toEqual([]);
    expect(parsed.header.title).toBe(seed.header.title);
    expect(parsed.problems).toContainEqual(
      expect.objectContaining({ code: 'NO_APPENDIX', severity: 'ERROR' }),
    );
  });

  it('gives NO_ITEMS when "PHỤ LỤC I" is there but its table is not', async () => {
    const text = await docxToPlanText(await buildPlanDocxFixture(SEED, { appendices: 'heading' }));
    expect(parsePlanText(text).problems).toContainEqual(expect.objectContaining({ code: 'NO_ITEMS' }));
  });
});

describe('docxToPlanText: files that are no Word document', () => {
  const expectRefused = async (buffer: Buffer, found: string, says: string) => {
    const error: unknown = await docxToPlanText(buffer).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableDocumentError);
    expect(error).toMatchObject({ name: 'UnreadableDocumentError', found });
    expect((error as Error).message).toContain(says);
  };

  it.each([
    [
      'random bytes',
      Buffer.from([0x00, 0xff, 0x13, 0x37, 0x42, 0x00]),
      'UNKNOWN',
      'no format partrack recognises',
    ],
    ['a PDF', Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n', 'latin1'), 'PDF', 'This file is a PDF file'],
    [
      'an old .doc',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2]),
      'LEGACY_OFFICE',
      '.doc',
    ],
    ['an empty file', Buffer.alloc(0), 'EMPTY', 'empty'],
  ])('refuses %s, naming the format', async (_, buffer, found, says) => {
    await expectRefused(buffer, found, says);
  });

  it('refuses an Excel workbook, saying it is one', async () => {
    const xlsx = await buildPlanXlsx({ title: 'KẾ HOẠCH NĂM 2022', year: 2022, items: [] });
    await expectRefused(xlsx, 'XLSX', 'an Excel workbook (.xlsx), not a Word document (.docx)');
  });

  it('refuses the plan as plain text, pointing to the TEXT import', async () => {
    await expectRefused(Buffer.from(SEED, 'utf8'), 'TEXT', 'import it as TEXT');
  });
});
