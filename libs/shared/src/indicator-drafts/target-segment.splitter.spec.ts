import { foldKeepingOffsets } from './offset-fold';
import { recognizeTargetPhrases } from './target-phrase.recognizer';
import { groupByLevel, isLevelGroup, segmentClause } from './target-segment.splitter';

function segments(text: string): string[] {
  const folded = foldKeepingOffsets(text);
  const clause = { start: 0, end: text.length };
  return segmentClause(folded, clause, recognizeTargetPhrases(text)).map((s) => text.slice(s.start, s.end));
}

function groups(text: string) {
  const folded = foldKeepingOffsets(text);
  const found = segmentClause(folded, { start: 0, end: text.length }, recognizeTargetPhrases(text));
  return groupByLevel(folded, found);
}

describe('segmentClause', () => {
  it('cuts a list of leading targets at the separator before each target', () => {
    expect(
      segments('100% văn bản được ký số, 80% hồ sơ tại tỉnh và 40% hồ sơ tại cấp xã được xử lý'),
    ).toEqual(['100% văn bản được ký số', '80% hồ sơ tại tỉnh', '40% hồ sơ tại cấp xã được xử lý']);
  });

  it('cuts after each trailing target', () => {
    expect(segments('hài lòng về thủ tục đạt 85% trở lên, hài lòng về y tế đạt 80% trở lên')).toEqual([
      'hài lòng về thủ tục đạt 85% trở lên',
      'hài lòng về y tế đạt 80% trở lên',
    ]);
  });

  it('cuts a leading target followed by a trailing one at the list separator', () => {
    expect(segments('80% hồ sơ được số hóa, tỷ lệ hài lòng đạt 70%')).toEqual([
      '80% hồ sơ được số hóa',
      'tỷ lệ hài lòng đạt 70%',
    ]);
  });

  it('cuts ranks after each phrase and keeps the topic after the last one', () => {
    expect(
      segments('PAPI thuộc nhóm 20 tỉnh, thành phố đứng đầu, Quảng Nam thuộc nhóm 15 tỉnh dẫn đầu về DTI'),
    ).toEqual(['PAPI thuộc nhóm 20 tỉnh, thành phố đứng đầu', 'Quảng Nam thuộc nhóm 15 tỉnh dẫn đầu về DTI']);
  });
});

describe('groupByLevel', () => {
  it('groups a run of targets that each name one level', () => {
    const result = groups(
      '100% văn bản được ký số, 80% hồ sơ tại tỉnh, 70% hồ sơ cấp huyện và 40% hồ sơ cấp xã',
    );
    expect(result.map((item) => (isLevelGroup(item) ? item.segments.map((s) => s.level) : null))).toEqual([
      null,
      ['PROVINCE', 'DISTRICT', 'COMMUNE'],
    ]);
  });

  it('leaves a single target naming several levels alone', () => {
    expect(
      groups('100% danh mục tại Ủy ban nhân dân cấp huyện, cấp xã được công bố').some(isLevelGroup),
    ).toBe(false);
  });

  it('does not take "của tỉnh" for the province level', () => {
    expect(groups('80% hồ sơ của tỉnh, 70% hồ sơ cấp huyện').some(isLevelGroup)).toBe(false);
  });

  it('starts a new group when a level repeats', () => {
    const result = groups(
      '80% hồ sơ tại tỉnh, 70% hồ sơ cấp huyện, 60% văn bản tại tỉnh, 50% văn bản cấp huyện',
    );
    expect(result.filter(isLevelGroup)).toHaveLength(2);
  });
});
