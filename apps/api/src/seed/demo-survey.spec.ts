import { satisfaction } from '@partrack/shared';
import { demoCounts } from './demo-survey.seeder';
import { sampleSurveyDefinition } from './survey-sample';

describe('demo survey', () => {
  it('is a sample, labelled as such, with the five SIPAS aspects and unique codes', () => {
    const sample = sampleSurveyDefinition(2022);
    expect(sample.title).toMatch(/^Mẫu — .*\(dữ liệu mẫu\)$/);
    expect(new Set(sample.questions.map((q) => q.aspectCode))).toEqual(new Set(['1', '2', '3', '4', '5']));
    expect(new Set(sample.questions.map((q) => q.code)).size).toBe(sample.questions.length);
  });

  it('invents counts that add up to the respondents, near the desk quality, the same on every run', () => {
    for (const [n, quality] of [
      [60, 0.72],
      [179, 0.96],
      [101, 0.85],
    ]) {
      const counts = demoCounts(n, quality, 'QNA-TAMKY', '1.1');
      expect(counts.every((c) => Number.isInteger(c) && c >= 0)).toBe(true);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(n);
      expect(Math.abs((satisfaction(counts, 2).share ?? 0) - quality * 100)).toBeLessThan(7);
      expect(demoCounts(n, quality, 'QNA-TAMKY', '1.1')).toEqual(counts);
    }
  });
});
