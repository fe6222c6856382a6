import { readFileSync } from 'fs';
import { join } from 'path';
import { extractIndicatorDrafts } from './indicator-draft.extractor';
import { SKIP_REASON } from './skip-reason.constants';

const SEED = readFileSync(
  join(__dirname, '..', 'plan-document', '__fixtures__', 'ke-hoach-cchc-2022-quang-nam.txt'),
  'utf8',
);

function plan(...targets: string[]): string {
  return [
    'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch',
    'I. MỤC TIÊU, CHỈ TIÊU',
    '1. Mục tiêu chung',
    'Nâng cao chất lượng phục vụ người dân.',
    '2. Các chỉ tiêu chủ yếu',
    ...targets,
    'II. NHIỆM VỤ TRỌNG TÂM',
    '- 100% hồ sơ được số hóa.',
  ].join('\n');
}

describe('extractIndicatorDrafts without Part I', () => {
  it.each([
    ['a text without a Part I heading', 'QUYẾT ĐỊNH\n- 100% văn bản được ký số.\nII. NHIỆM VỤ'],
    ['an empty text', ''],
  ])('%s gives no drafts and one explanation about the whole document', (_label, content) => {
    expect(extractIndicatorDrafts(content)).toEqual({
      drafts: [],
      skipped: [{ line: 0, text: '', reason: SKIP_REASON.NO_PART_ONE }],
    });
  });
});

describe('extractIndicatorDrafts on synthetic plans', () => {
  it('reads only Part I, skips general objectives and gives 1-based lines', () => {
    const { drafts, skipped } = extractIndicatorDrafts(plan('- 100% văn bản trao đổi được ký số.'));
    expect(drafts.map((d) => [d.key, d.line])).toEqual([['signed-electronic-documents', 6]]);
    expect(skipped).toEqual([
      { line: 4, text: 'Nâng cao chất lượng phục vụ người dân', reason: SKIP_REASON.GENERAL_OBJECTIVE },
    ]);
  });

  it('stops at an appendix when Part II is missing', () => {
    const content =
      'I. MỤC TIÊU\n- 90% cán bộ đáp ứng tiêu chuẩn chức danh.\nPHỤ LỤC I\n- 100% văn bản được ký số.';
    expect(extractIndicatorDrafts(content).drafts.map((d) => d.key)).toEqual([
      'officials-meeting-job-standards',
    ]);
  });

  it('reads Windows line ends, tabs and no-break spaces', () => {
    const content = plan(
      '\t-\u00a0Phấn đấu tối thiểu 90%\u00a0cán bộ, công chức đáp ứng tiêu chuẩn.',
    ).replace(/\n/g, '\r\n');
    const [draft] = extractIndicatorDrafts(content).drafts;
    expect(draft).toMatchObject({ key: 'officials-meeting-job-standards', line: 6, target: 90 });
    expect(draft.sourceText).toBe('Phấn đấu tối thiểu 90% cán bộ, công chức đáp ứng tiêu chuẩn');
  });

  it('strips "1." numbering and "a)" markers from targets', () => {
    const { drafts } = extractIndicatorDrafts(
      plan('1. 100% văn bản được ký số.', 'a) 80% giao dịch được xác thực điện tử.'),
    );
    expect(drafts.map((d) => d.sourceText)).toEqual([
      '100% văn bản được ký số',
      '80% giao dịch được xác thực điện tử',
    ]);
  });

  it('derives key, name and area from the wording of an unknown subject, and says so', () => {
    const [draft] = extractIndicatorDrafts(
      plan('- Trên 60% cán bộ cấp xã được bồi dưỡng kỹ năng số.'),
    ).drafts;
    expect(draft).toMatchObject({
      key: 'can-bo-cap-xa-boi-duong-ky-nang', // slugs stop at eight syllables
      name: 'Tỷ lệ cán bộ cấp xã được bồi dưỡng kỹ năng số',
      unit: 'PERCENT',
      direction: 'AT_LEAST',
      target: 60,
      aggregation: 'RATIO',
      areaCode: 'IV',
      levelTargets: null,
    });
    expect(draft.notes).toEqual([
      expect.stringContaining('not in the indicator vocabulary'),
      expect.stringContaining('strictly more'),
    ]);
  });

  it('proposes no area, with a note, when the wording names none', () => {
    const [draft] = extractIndicatorDrafts(plan('- 95% người dân biết đến kế hoạch.')).drafts;
    expect(draft.areaCode).toBeNull();
    expect(draft.notes).toContain('No reform area recognised in the wording');
  });

  it('groups level targets without a province level and notes which figure became the target', () => {
    const [draft] = extractIndicatorDrafts(
      plan('- 70% hồ sơ công việc cấp huyện, 40% cấp xã được xử lý trên môi trường mạng.'),
    ).drafts;
    expect(draft).toMatchObject({
      key: 'electronic-work-records',
      target: 70,
      levelTargets: { DISTRICT: 70, COMMUNE: 40 },
    });
    expect(draft.notes).toContain('No province-wide figure is stated; target repeats the first level figure');
  });

  it('numbers a repeated key in document order', () => {
    const { drafts } = extractIndicatorDrafts(
      plan('- 100% văn bản được ký số.', '- 90% văn bản nội bộ được ký số.'),
    );
    expect(drafts.map((d) => d.key)).toEqual([
      'signed-electronic-documents',
      'signed-electronic-documents-2',
    ]);
    expect(drafts[1].notes.some((n) => n.includes('numbered'))).toBe(true);
  });

  it('tells a count left unread from a qualitative line; document numbers and years are not counts', () => {
    const { drafts, skipped } = extractIndicatorDrafts(
      plan(
        '- Giảm 30 ngày thời gian giải quyết thủ tục đầu tư.',
        '- Triển khai Nghị quyết 76/NQ-CP trong năm 2022.',
      ),
    );
    expect(drafts).toEqual([]);
    expect(skipped.slice(1).map((s) => [s.line, s.reason])).toEqual([
      [6, SKIP_REASON.UNRECOGNISED_NUMBER],
      [7, SKIP_REASON.QUALITATIVE],
    ]);
  });

  it('reads a percentage target even among the general objectives', () => {
    const content = 'I. MỤC TIÊU\n1. Mục tiêu chung\nPhấn đấu 100% văn bản được ký số.';
    expect(extractIndicatorDrafts(content).drafts.map((d) => d.key)).toEqual(['signed-electronic-documents']);
  });
});

describe('extractIndicatorDrafts determinism', () => {
  it('gives the same drafts and keys for the same text, every time', () => {
    const first = extractIndicatorDrafts(SEED);
    const second = extractIndicatorDrafts(SEED);
    expect(second).toEqual(first);
    expect(new Set(first.drafts.map((d) => d.key)).size).toBe(first.drafts.length);
  });

  it('keeps the keys when the text is re-saved in decomposed Unicode with Windows line ends', () => {
    const resaved = SEED.normalize('NFD').replace(/\n/g, '\r\n');
    const keys = (content: string) => extractIndicatorDrafts(content).drafts.map((d) => [d.key, d.line]);
    expect(keys(resaved)).toEqual(keys(SEED));
  });
});
