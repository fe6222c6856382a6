import { SurveySector } from './survey.enums';
import {
  compareSurveyPeriods,
  pointsChange,
  satisfactionTarget,
  shareOf,
  trendPoints,
} from './survey-trends';

describe('satisfactionTarget', () => {
  it('is 80 % for the five named sectors and 85 % otherwise', () => {
    for (const s of [
      SurveySector.LAND,
      SurveySector.CONSTRUCTION,
      SurveySector.INVESTMENT,
      SurveySector.HEALTH,
      SurveySector.EDUCATION,
    ])
      expect(satisfactionTarget(s)).toBe(80);
    expect(satisfactionTarget(SurveySector.OTHER)).toBe(85);
    expect(satisfactionTarget(null)).toBe(85);
  });
});

describe('shareOf and pointsChange', () => {
  it('rounds on whole numbers like the satisfaction rule and has no share without answers', () => {
    expect(shareOf(1, 8)).toBe(12.5);
    expect(shareOf(2, 3)).toBe(66.67);
    expect(shareOf(0, 0)).toBeNull();
  });

  it('gives the change in points with two decimals', () => {
    expect(pointsChange(90.1, 87.05)).toBe(3.05);
    expect(pointsChange(80, 85)).toBe(-5);
    expect(pointsChange(null, 85)).toBeNull();
    expect(pointsChange(85, null)).toBeNull();
  });
});

describe('trendPoints', () => {
  it('orders periods by start, shorter first, and measures each change from the last known share', () => {
    const points = trendPoints(
      new Map([
        ['2023', { valid: 100, satisfied: 90 }],
        ['2022-H2', { valid: 0, satisfied: 0 }],
        ['2022-H1', { valid: 200, satisfied: 160 }],
        ['2022-Q1', { valid: 10, satisfied: 7 }],
      ]),
    );
    expect(points.map((p) => p.period)).toEqual(['2022-Q1', '2022-H1', '2022-H2', '2023']);
    expect(points.map((p) => p.share)).toEqual([70, 80, null, 90]);
    expect(points.map((p) => p.change)).toEqual([null, 10, null, 10]);
  });

  it('sorts text that is no period last', () => {
    expect(['x', '2022', '2021-Q4'].sort(compareSurveyPeriods)).toEqual(['2021-Q4', '2022', 'x']);
  });
});
