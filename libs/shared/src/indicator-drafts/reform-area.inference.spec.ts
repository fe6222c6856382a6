import { foldKeepingOffsets } from './offset-fold';
import { inferReformArea } from './reform-area.inference';

const infer = (text: string, unit: 'PERCENT' | 'RANK' = 'PERCENT') =>
  inferReformArea(foldKeepingOffsets(text), unit);

describe('inferReformArea', () => {
  it.each([
    ['văn bản quy phạm pháp luật được rà soát', 'I'],
    ['thủ tục hành chính được công bố', 'II'],
    ['đơn vị sự nghiệp được sắp xếp, giảm đầu mối', 'III'],
    ['cán bộ, công chức được bồi dưỡng', 'IV'],
    ['đơn vị thực hiện kiến nghị về tài chính, ngân sách', 'V'],
    ['hồ sơ được xử lý trên môi trường điện tử', 'VI'],
    ['nhiệm vụ được Ủy ban nhân dân tỉnh giao được hoàn thành', 'VII'],
  ] as const)('"%s" → %s', (text, area) => {
    expect(infer(text).areaCode).toBe(area);
  });

  it('prefers digital wording over procedures and notes the other area', () => {
    expect(infer('thủ tục hành chính được cung cấp trực tuyến')).toEqual({
      areaCode: 'VI',
      notes: ['Wording also fits area II (Administrative procedure reform)'],
    });
  });

  it('puts ranked indices under direction and management, the digital ranking under VI', () => {
    expect(infer('Chỉ số năng lực cạnh tranh', 'RANK').areaCode).toBe('VII');
    expect(infer('Quảng Nam về chính quyền số', 'RANK').areaCode).toBe('VI');
  });

  it('is not fired by boilerplate such as "theo quy định của pháp luật"', () => {
    expect(infer('người dân hài lòng theo quy định của pháp luật').areaCode).toBe('II');
    expect(infer('người dân biết theo quy định của pháp luật').areaCode).toBeNull();
  });
});
