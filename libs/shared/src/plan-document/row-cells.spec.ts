import { looksLikeAgencyCell } from './agency-cell.heuristic';
import { assignProjectCells, assignTaskCells } from './row-cells';
import type { CellDraft } from './row-collector';

/** Cells on consecutive lines from 10; null stands for a cell shown empty. */
function cells(...texts: Array<string | null>): CellDraft[] {
  return texts.map((text, i) => ({ text, line: 10 + i }));
}

function texts(assigned: ReturnType<typeof assignTaskCells>) {
  const { title, product, lead, coordinator, due, funding } = assigned;
  return [title, product, lead, coordinator, due, funding].map((c) => (c === null ? 'ABSENT' : c.text));
}

describe('assignTaskCells', () => {
  const assign = (...t: Array<string | null>) => assignTaskCells(cells(...t), looksLikeAgencyCell);

  it('reads the five columns by position around the completion time', () => {
    const result = assign(
      'Quyết định',
      'Sở Nội vụ',
      'Các Sở, ban, ngành',
      'Quý I',
      'Kinh phí chi thường xuyên',
    );
    expect(texts(result)).toEqual([
      'ABSENT',
      'Quyết định',
      'Sở Nội vụ',
      'Các Sở, ban, ngành',
      'Quý I',
      'Kinh phí chi thường xuyên',
    ]);
    expect(result.ambiguity).toBeNull();
  });

  it('keeps an empty cell where it stands, with its line', () => {
    const result = assign('Báo cáo', null, 'Các Sở, ban, ngành', 'Quý IV');
    expect(result.lead).toEqual({ text: null, line: 11 });
    expect(result.coordinator?.text).toBe('Các Sở, ban, ngành');
    expect(result.funding).toBeNull();
  });

  it('takes any text after the completion time as funding', () => {
    expect(assign('Kế hoạch', 'Sở Nội vụ', 'Các cơ quan', '2022', 'Theo Đề án').funding?.text).toBe(
      'Theo Đề án',
    );
  });

  it('places two cells by content: product and lead, or lead and coordinator', () => {
    expect(texts(assign('Kế hoạch', 'Sở Nội vụ', '2022'))).toEqual([
      'ABSENT',
      'Kế hoạch',
      'Sở Nội vụ',
      'ABSENT',
      '2022',
      'ABSENT',
    ]);
    expect(texts(assign('Sở Nội vụ', 'Các Sở, ban, ngành', '2022'))).toEqual([
      'ABSENT',
      'ABSENT',
      'Sở Nội vụ',
      'Các Sở, ban, ngành',
      '2022',
      'ABSENT',
    ]);
    expect(assign('Kế hoạch', 'Sở Nội vụ', '2022').ambiguity).toBe(
      '2 cell(s) where 3 columns were expected; read as 1 product and 1 agency cell(s)',
    );
  });

  it('joins leading product cells and makes the last agency cell the coordinator when there are too many', () => {
    const result = assign('Kế hoạch', 'Báo cáo', 'Sở Nội vụ', 'Sở Tư pháp', 'Các Sở, ban, ngành', '2022');
    expect(texts(result)).toEqual([
      'ABSENT',
      'Kế hoạch\nBáo cáo',
      'Sở Nội vụ\nSở Tư pháp',
      'Các Sở, ban, ngành',
      '2022',
      'ABSENT',
    ]);
    expect(result.ambiguity).not.toBeNull();
  });

  it('without a readable completion time: funding by wording, the rest by position', () => {
    expect(texts(assign('Kế hoạch', 'Sở Nội vụ', 'Các cơ quan', 'Kinh phí chi thường xuyên'))).toEqual([
      'ABSENT',
      'Kế hoạch',
      'Sở Nội vụ',
      'Các cơ quan',
      'ABSENT',
      'Kinh phí chi thường xuyên',
    ]);
    expect(texts(assign('Kế hoạch', 'Sở Nội vụ', 'Các cơ quan', 'Cuối kỳ'))).toEqual([
      'ABSENT',
      'Kế hoạch',
      'Sở Nội vụ',
      'Các cơ quan',
      'Cuối kỳ',
      'ABSENT',
    ]);
  });

  it('keeps cells beyond the fourth as funding when no completion time is readable', () => {
    const result = assign(
      'Kế hoạch',
      'Sở Nội vụ',
      'Các cơ quan',
      'Cuối kỳ',
      'Ngân sách tỉnh',
      'Kinh phí chi thường xuyên',
    );
    expect(result.funding).toEqual({ text: 'Ngân sách tỉnh\nKinh phí chi thường xuyên', line: 14 });
    expect(result.ambiguity).not.toBeNull();
  });

  it('gives all columns absent for a row without cells', () => {
    expect(texts(assign())).toEqual(['ABSENT', 'ABSENT', 'ABSENT', 'ABSENT', 'ABSENT', 'ABSENT']);
  });
});

describe('assignProjectCells', () => {
  it('reads name, product, time, lead, coordinator', () => {
    const result = assignProjectCells(
      cells('Đề án A', 'Quyết định Ủy ban nhân dân tỉnh', 'Quý I/2022', 'Sở Y tế', 'Các Sở'),
    );
    expect(texts(result)).toEqual([
      'Đề án A',
      'Quyết định Ủy ban nhân dân tỉnh',
      'Sở Y tế',
      'Các Sở',
      'Quý I/2022',
      'ABSENT',
    ]);
    expect(result.ambiguity).toBeNull();
  });

  it('never takes the name for the completion time, and reads a short row by position', () => {
    const result = assignProjectCells(cells('2022', 'Quyết định'));
    expect(texts(result)).toEqual(['2022', 'Quyết định', 'ABSENT', 'ABSENT', 'ABSENT', 'ABSENT']);
  });

  it('anchors on the completion time when the product is missing', () => {
    const result = assignProjectCells(cells('Đề án A', 'Quý II/2022', 'Sở Y tế', 'Các Sở'));
    expect(texts(result)).toEqual(['Đề án A', 'ABSENT', 'Sở Y tế', 'Các Sở', 'Quý II/2022', 'ABSENT']);
  });
});
