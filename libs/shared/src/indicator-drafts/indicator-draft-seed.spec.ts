import { readFileSync } from 'fs';
import { join } from 'path';
import { extractIndicatorDrafts } from './indicator-draft.extractor';
import type { IndicatorDraft } from './indicator-draft.types';
import { SKIP_REASON } from './skip-reason.constants';

const SEED = readFileSync(
  join(__dirname, '..', 'plan-document', '__fixtures__', 'ke-hoach-cchc-2022-quang-nam.txt'),
  'utf8',
);

interface Expected extends Omit<IndicatorDraft, 'sourceText' | 'name' | 'notes'> {
  /** The source text starts and ends with these, so a clause split in the wrong place shows. */
  starts: string;
  ends: string;
  /** One fragment per expected note. */
  notes: string[];
}

function pct(
  key: string,
  line: number,
  target: number,
  areaCode: Expected['areaCode'],
  [starts, ends]: [string, string],
  notes: string[] = [],
): Expected {
  const base = { unit: 'PERCENT', direction: 'AT_LEAST', levelTargets: null, aggregation: 'RATIO' } as const;
  return { ...base, key, line, target, areaCode, starts, ends, notes };
}

function rank(
  key: string,
  target: number,
  areaCode: Expected['areaCode'],
  [starts, ends]: [string, string],
  notes: string[] = [],
): Expected {
  const base = {
    line: 27,
    unit: 'RANK',
    direction: 'AT_MOST',
    levelTargets: null,
    aggregation: 'NONE',
  } as const;
  return { ...base, key, target, areaCode, starts, ends, notes };
}

/* Written by hand from "2. Các chỉ tiêu chủ yếu" (lines 17–27) before the extractor existed. */
const EXPECTED: Expected[] = [
  pct('guidance-documents-reviewed', 18, 100, 'I', [
    '100% các văn bản hướng dẫn',
    'phát triển kinh tế - xã hội của tỉnh',
  ]),
  pct(
    'procedures-online-level-4',
    19,
    100,
    'VI',
    ['100% thủ tục hành chính đủ điều kiện', 'trực tuyến mức độ 4'],
    ['area II'],
  ),
  pct('online-dossiers-level-3-4', 19, 50, 'VI', ['tỷ lệ hồ sơ giải quyết', 'đạt từ 50% trở lên']),
  pct(
    'procedure-satisfaction',
    20,
    85,
    'II',
    ['Mức độ hài lòng của người dân', 'đạt 85% trở lên'],
    ['AVERAGE'],
  ),
  pct(
    'key-sector-satisfaction',
    20,
    80,
    'II',
    ['trong đó phấn đấu mức độ hài lòng', 'đạt 80% trở lên'],
    ['AVERAGE', 'per sector'],
  ),
  pct('officials-meeting-job-standards', 22, 90, 'IV', [
    'Phấn đấu tối thiểu 90%',
    'khung năng lực theo quy định',
  ]),
  pct('signed-electronic-documents', 23, 100, 'VI', ['100% văn bản trao đổi', '(trừ văn bản mật)']),
  {
    ...pct(
      'electronic-work-records',
      23,
      80,
      'VI',
      ['80% hồ sơ công việc tại tỉnh', 'phạm vi bí mật nhà nước)'],
      ['province-level'],
    ),
    levelTargets: { PROVINCE: 80, DISTRICT: 70, COMMUNE: 40 },
  },
  pct('authenticated-online-transactions', 24, 80, 'VI', ['80% giao dịch', 'được xác thực điện tử']),
  pct('identified-online-service-users', 24, 70, 'VI', [
    '70% người dân và doanh nghiệp',
    'chính quyền thuộc tỉnh',
  ]),
  pct('procedure-lists-published', 25, 100, 'II', ['100% danh mục thủ tục hành chính', 'giám sát thực hiện']),
  pct('government-tasks-completed', 26, 100, 'VII', ['Hoàn thành 100% nhiệm vụ', 'được Chính phủ giao']),
  rank('par-index-rank', 25, 'VII', [
    'Phấn đấu Chỉ số cải cách hành chính',
    'nhóm 25 tỉnh, thành phố đứng đầu cả nước',
  ]),
  rank('sipas-rank', 25, 'VII', ['Phấn đấu Chỉ số cải cách hành chính', 'đứng đầu cả nước'], ['area II']),
  rank('papi-rank', 20, 'VII', ['Chỉ số Hiệu quả quản trị', 'nhóm 20 tỉnh, thành phố đứng đầu cả nước']),
  rank('pci-rank', 10, 'VII', ['Chỉ số năng lực cạnh tranh trong nhóm 10', 'đứng đầu cả nước']),
  rank(
    'digital-government-rank',
    20,
    'VI',
    ['Quảng Nam thuộc nhóm 20', 'Chính quyền điện tử, chính quyền số'],
    ['DTI', 'area VII'],
  ),
];

describe('extractIndicatorDrafts on the 2022 Quảng Nam plan', () => {
  const { drafts, skipped } = extractIndicatorDrafts(SEED);

  it('extracts exactly the 17 quantified targets of Part I, in document order', () => {
    expect(drafts.map((d) => d.key)).toEqual(EXPECTED.map((e) => e.key));
  });

  it.each(EXPECTED.map((e) => [e.key, e] as const))('%s', (key, expected) => {
    const draft = drafts.find((d) => d.key === key)!;
    const { starts, ends, notes, ...fields } = expected;
    expect(draft).toMatchObject(fields);
    expect(draft.levelTargets).toEqual(expected.levelTargets);
    expect(draft.sourceText.startsWith(starts)).toBe(true);
    expect(draft.sourceText.endsWith(ends)).toBe(true);
    expect(draft.name.length).toBeGreaterThan(10);
    expect(draft.notes).toHaveLength(notes.length);
    notes.forEach((fragment) => expect(draft.notes.some((n) => n.includes(fragment))).toBe(true));
  });

  it('keeps each target of a multi-target bullet in its own clause', () => {
    const byKey = new Map(drafts.map((d) => [d.key, d.sourceText]));
    expect(byKey.get('signed-electronic-documents')).not.toContain('80%');
    expect(byKey.get('electronic-work-records')).not.toContain('100%');
    expect(byKey.get('procedures-online-level-4')).not.toContain('50%');
    expect(byKey.get('papi-rank')).not.toContain('nhóm 25');
    expect(byKey.get('pci-rank')).not.toContain('Quảng Nam');
  });

  it('takes each source text from its line as written', () => {
    const lines = SEED.split('\n');
    drafts.forEach((d) => expect(lines[d.line - 1]).toContain(d.sourceText));
  });

  it('names the drafts in Vietnamese', () => {
    const name = (key: string) => drafts.find((d) => d.key === key)?.name;
    expect(name('online-dossiers-level-3-4')).toBe(
      'Tỷ lệ hồ sơ giải quyết theo dịch vụ công trực tuyến mức độ 3, 4',
    );
    expect(name('pci-rank')).toBe('Xếp hạng Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)');
  });

  it('skips the general objectives and every clause without a target, with a reason', () => {
    expect(skipped.map((s) => [s.line, s.reason])).toEqual([
      [15, SKIP_REASON.GENERAL_OBJECTIVE],
      [16, SKIP_REASON.GENERAL_OBJECTIVE],
      [19, SKIP_REASON.QUALITATIVE],
      [21, SKIP_REASON.QUALITATIVE],
      [24, SKIP_REASON.QUALITATIVE],
      [26, SKIP_REASON.QUALITATIVE],
    ]);
    expect(skipped[2].text).toMatch(/^thực hiện số hóa kết quả giải quyết thủ tục hành chính.*quy định$/);
    expect(skipped[3].text).toMatch(/^Hoàn thành việc sắp xếp cơ cấu tổ chức bộ máy.*đơn vị sự nghiệp$/);
    expect(skipped[4].text).toMatch(/^Cổng Dịch vụ công, Hệ thống thông tin một cửa điện tử.*quốc gia$/);
    expect(skipped[5].text).toBe(
      'Thực hiện tốt các kiến nghị sau thanh tra, kiểm tra, kiểm toán nhà nước về tài chính, ngân sách',
    );
  });

  it('reads nothing outside Part I (Appendix I repeats targets and has its own 30% one)', () => {
    expect(Math.max(...drafts.map((d) => d.line), ...skipped.map((s) => s.line))).toBeLessThan(28);
  });
});
