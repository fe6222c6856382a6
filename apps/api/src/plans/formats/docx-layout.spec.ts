import { parsePlanText } from '@partrack/shared';
import {
  Document,
  InsertedTextRun,
  DeletedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  Tab,
  TextRun,
  VerticalMergeType,
} from 'docx';
import JSZip from 'jszip';
import { docxToPlanText } from './plan-docx.reader';
import { UnreadableDocumentError } from './unreadable-document.error';

type Block = Paragraph | Table;

const docxOf = (children: Block[], numbering = false) =>
  Packer.toBuffer(
    new Document({
      numbering: {
        config: numbering
          ? [{ reference: 'roman', levels: [{ level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.' }] }]
          : [],
      },
      sections: [{ children }],
    }),
  );

const p = (...lines: string[]) =>
  new Paragraph({ children: lines.map((text, i) => new TextRun({ text, break: i > 0 ? 1 : undefined })) });
const td = (
  text: string | string[],
  options: Partial<{ span: number; merge: 'restart' | 'continue' }> = {},
) =>
  new TableCell({
    children: (Array.isArray(text) ? text : [text]).map((t) => p(t)),
    columnSpan: options.span,
    verticalMerge:
      options.merge === undefined
        ? undefined
        : VerticalMergeType[options.merge === 'restart' ? 'RESTART' : 'CONTINUE'],
  });
const tr = (...cells: TableCell[]) => new TableRow({ children: cells });
const visible = (text: string) => text.replace(/\t/g, '→').replace(/\u00a0/g, '·');

const TASK = ['Quyết định', 'Sở Nội vụ', 'Các Sở, ban, ngành', 'Quý II', 'Kinh phí chi thường xuyên'];
const HEADER = [
  'TT',
  'Nội dung',
  'Sản phẩm',
  'Cơ quan chủ trì',
  'Cơ quan phối hợp',
  'Thời gian hoàn thành',
  'Kinh phí',
];

describe('docxToPlanText: layout', () => {
  it('writes paragraphs as lines, a manual line break as a new line and a tab as a space', async () => {
    const text = await docxToPlanText(
      await docxOf([
        p('QUYẾT ĐỊNH'),
        p('Dòng một', 'Dòng hai'),
        new Paragraph({ children: [new TextRun('A\tB'), new TextRun({ children: [' C', new Tab(), 'D'] })] }),
      ]),
    );
    expect(text).toBe('QUYẾT ĐỊNH\nDòng một\nDòng hai\nA B C D\n');
  });

  it('reads inserted text and leaves deleted text out', async () => {
    const change = { author: 'CV', date: '2021-12-20T08:00:00Z' };
    const paragraph = new Paragraph({
      children: [
        new TextRun('Sở '),
        new DeletedTextRun({ ...change, id: 1, text: 'Tư pháp' }),
        new InsertedTextRun({ ...change, id: 2, text: 'Nội vụ' }),
      ],
    });
    expect(await docxToPlanText(await docxOf([paragraph]))).toBe('Sở Nội vụ\n');
  });

  it('joins a code and a title typed in two columns, and reads "1." in a TT column as 1', async () => {
    const table = new Table({
      rows: [
        tr(...HEADER.map((h) => td(h))),
        tr(td('3.6'), td('Rà soát TTHC'), ...TASK.map((c) => td(c))),
        tr(td('1.'), td('Đề án A'), ...TASK.map((c) => td(c))),
      ],
    });
    const lines = (await docxToPlanText(await docxOf([table]))).split('\n');
    expect(lines).toContain('\t3.6: Rà soát TTHC');
    expect(lines).toContain('\t1');
  });

  it('gives a merged data cell to every row it spans, and numbers area rows from Word lists', async () => {
    const area = new TableCell({
      children: [new Paragraph({ numbering: { reference: 'roman', level: 0 }, children: [] })],
    });
    const table = new Table({
      rows: [
        tr(td(HEADER[1]), ...HEADER.slice(2).map((h) => td(h))),
        tr(area, td('Cải cách thể chế', { span: 5 })),
        tr(td('1.8: Nâng cao chất lượng', { span: 6 })),
        tr(td('2.12: Đẩy mạnh phân cấp', { span: 6 })),
        tr(
          td('3.13: Kế hoạch phân cấp'),
          td('Kế hoạch'),
          td('Sở Nội vụ', { merge: 'restart' }),
          td('Các Sở'),
          td('2022'),
          td(''),
        ),
        tr(
          td('3.14: Báo cáo kết quả'),
          td('Báo cáo'),
          td('', { merge: 'continue' }),
          td('Các Sở'),
          td('2022'),
          td(''),
        ),
      ],
    });
    const text = await docxToPlanText(await docxOf([p('PHỤ LỤC I'), table], true));
    expect(visible(text)).toContain('→I.\n→Cải cách thể chế\n');
    const items = parsePlanText(text).items;
    expect(items.map((i) => [i.code, i.areaCode, i.parentCode, i.leadText])).toEqual([
      ['1.8', 'I', null, null],
      ['2.12', 'I', '1.8', null],
      ['3.13', 'I', '2.12', 'Sở Nội vụ'],
      ['3.14', 'I', '2.12', 'Sở Nội vụ'],
    ]);
  });

  it('keeps the line breaks of a cell, joining a line that would open a row to the one before', async () => {
    const table = new Table({
      rows: [
        tr(
          td('3.1: Báo cáo'),
          td(['- Báo cáo quý', '- Báo cáo năm']),
          td('Sở Nội vụ'),
          td('Các Sở'),
          td('2022'),
          td(['Kinh phí', '1.5 tỷ đồng']),
        ),
      ],
    });
    const text = await docxToPlanText(await docxOf([table]));
    expect(visible(text)).toBe(
      '→3.1: Báo cáo\n→- Báo cáo quý\n- Báo cáo năm\n→Sở Nội vụ\n→Các Sở\n→2022\n→Kinh phí 1.5 tỷ đồng\n\n',
    );
  });

  it('leaves out the column titles repeated by a table continued on the next page', async () => {
    const head = () => tr(...HEADER.slice(1).map((h) => td(h)));
    const row = (code: string) => tr(td(`${code}: Nhiệm vụ`), ...TASK.map((c) => td(c)));
    const text = await docxToPlanText(
      await docxOf([new Table({ rows: [head(), row('3.1')] }), new Table({ rows: [head(), row('3.2')] })]),
    );
    expect(text.split('\n').filter((l) => l === '\tSản phẩm')).toHaveLength(1);
  });

  it('refuses a Word document whose text part is damaged', async () => {
    const zip = await JSZip.loadAsync(await docxOf([p('QUYẾT ĐỊNH')]));
    zip.file(
      'word/document.xml',
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>',
    );
    const error: unknown = await docxToPlanText(await zip.generateAsync({ type: 'nodebuffer' })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UnreadableDocumentError);
    expect((error as Error).message).toBe('This Word document cannot be read: its text cannot be read.');
  });
});
