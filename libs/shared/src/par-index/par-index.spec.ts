import { ParCriterionLevel as L, ParScoringMethod as M } from './par-index.enums';
import { checkFramework, ParFrameworkNode, scoredMaximum } from './par-framework-check';
import { computeParIndex } from './par-index-score';
import { isValidPoints, roundTwo, sumPoints } from './par-points';
import { bandOf, checkBands, rankByIndex } from './par-ranking';
import { checkScale, isScaleOption, pointsForFigure, surveyPoints } from './par-scale';

const scale = [
  { label: 'Hoàn thành 100 %', points: 1 },
  { label: 'Từ 80 % đến dưới 100 %', points: 0.5 },
  { label: 'Dưới 80 %', points: 0 },
];

/** A small framework: two areas (60 + 40 points), a survey leaf and a bonus area outside the 100. */
const nodes: ParFrameworkNode[] = [
  { code: '1', parentCode: null, level: L.AREA, maxPoints: 60, method: null },
  { code: '1.1', parentCode: '1', level: L.CRITERION, maxPoints: 30.5, method: null },
  {
    code: '1.1.1',
    parentCode: '1.1',
    level: L.SUB_CRITERION,
    maxPoints: 0.5,
    method: M.MANUAL,
    options: [
      { label: 'Có', points: 0.5 },
      { label: 'Không', points: 0 },
    ],
  },
  { code: '1.1.2', parentCode: '1.1', level: L.SUB_CRITERION, maxPoints: 30, method: M.DATA },
  { code: '1.2', parentCode: '1', level: L.CRITERION, maxPoints: 29.5, method: M.DATA },
  { code: '2', parentCode: null, level: L.AREA, maxPoints: 40, method: null },
  { code: '2.1', parentCode: '2', level: L.CRITERION, maxPoints: 40, method: M.SURVEY },
  { code: '3', parentCode: null, level: L.AREA, maxPoints: 5, method: null },
  { code: '3.1', parentCode: '3', level: L.CRITERION, maxPoints: 3, method: M.BONUS },
  { code: '3.2', parentCode: '3', level: L.CRITERION, maxPoints: 2, method: M.PENALTY },
];

describe('points', () => {
  it('adds decimals exactly and rounds like ROUND(x; 2)', () => {
    expect(sumPoints([0.1, 0.2])).toBe(0.3);
    expect(sumPoints([20.5, 10, 10, 6, 10.05, 6, 14, 9, 14])).toBe(99.55);
    expect(roundTwo(1.005)).toBe(1.01);
    expect(roundTwo(-1.005)).toBe(-1.01);
    expect(isValidPoints(0.25)).toBe(true);
    expect(isValidPoints(0.125)).toBe(false);
    expect(isValidPoints(-1)).toBe(false);
    expect(isValidPoints(Number.NaN)).toBe(false);
  });
});

describe('scales and thresholds', () => {
  it('accepts a scale reaching the maximum and names each problem', () => {
    expect(checkScale(scale, 1)).toEqual([]);
    expect(checkScale([{ label: 'x', points: 1 }], 1)).toEqual([{ kind: 'tooFewOptions' }]);
    expect(checkScale([...scale, { label: 'dưới 80 %', points: 2 }], 1)).toEqual([
      { kind: 'optionAboveMaximum', index: 3 },
      { kind: 'duplicateOptionLabel', index: 3 },
    ]);
    expect(checkScale(scale.slice(1), 1)).toEqual([{ kind: 'maximumUnreachable' }]);
    expect(isScaleOption(scale, 0.5)).toBe(true);
    expect(isScaleOption(scale, 0.75)).toBe(false);
  });

  it('maps a figure to the highest threshold reached', () => {
    const steps = [
      { atLeast: 100, points: 1 },
      { atLeast: 80, points: 0.5 },
    ];
    expect(pointsForFigure(steps, 100)).toBe(1);
    expect(pointsForFigure(steps, 99.99)).toBe(0.5);
    expect(pointsForFigure(steps, 80)).toBe(0.5);
    expect(pointsForFigure(steps, 79.9)).toBe(0);
    expect(surveyPoints(32, 85.5)).toBe(27.36);
    expect(surveyPoints(2, 150)).toBe(2);
    expect(surveyPoints(0.25, 58)).toBe(0.15);
    expect(surveyPoints(0.5, 29)).toBe(0.15);
    expect(surveyPoints(1, -5)).toBe(0);
  });
});

describe('checkFramework', () => {
  it('accepts a framework whose maxima add up', () => {
    expect(checkFramework(nodes, 100)).toEqual([]);
    expect(scoredMaximum(nodes)).toBe(100);
  });

  it('names every problem with its code', () => {
    const broken: ParFrameworkNode[] = [
      ...nodes.filter((n) => n.code !== '1.2'),
      { code: '1.2', parentCode: '1', level: L.CRITERION, maxPoints: 29, method: M.DATA },
      { code: '1.1.1', parentCode: '1.1', level: L.SUB_CRITERION, maxPoints: 1, method: M.DATA },
      { code: '4.1', parentCode: '4', level: L.CRITERION, maxPoints: 1, method: M.DATA },
      { code: '5', parentCode: null, level: L.CRITERION, maxPoints: 0, method: null },
      { code: '6', parentCode: null, level: L.AREA, maxPoints: 1, method: M.DATA },
      { code: '6.1', parentCode: '6', level: L.CRITERION, maxPoints: 1, method: M.DATA },
      { code: '2.1.1', parentCode: '2.1', level: L.AREA, maxPoints: 40, method: M.MANUAL, options: [] },
    ];
    const kinds = checkFramework(broken, 100).map((p) => `${p.kind}:${'code' in p ? p.code : ''}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'duplicateCode:1.1.1',
        'unknownParent:4.1',
        'wrongLevel:5',
        'wrongLevel:2.1.1',
        'childrenDoNotAddUp:1',
        'leafWithoutMethod:5',
        'scale:2.1.1',
        'methodOnParent:6',
        'totalDoesNotAddUp:',
      ]),
    );
  });
});

describe('computeParIndex', () => {
  const points = new Map([
    ['1.1.1', 0.5],
    ['1.1.2', 25],
    ['1.2', 20],
    ['2.1', 34.2],
    ['3.1', 1],
    ['3.2', 0.5],
  ]);

  it('adds bonus, subtracts penalty and gives component indices per area', () => {
    const result = computeParIndex(nodes, points);
    expect(result).toMatchObject({ points: 79.7, bonus: 1, penalty: 0.5, maxPoints: 100, index: 80.2 });
    expect(result.areas).toEqual([
      { code: '1', points: 45.5, maxPoints: 60, index: 75.83 },
      { code: '2', points: 34.2, maxPoints: 40, index: 85.5 },
    ]);
  });

  it('scales to 100 without a survey', () => {
    const result = computeParIndex(nodes, points, { surveyHeld: false });
    expect(result.maxPoints).toBe(60);
    expect(result.index).toBe(76.67);
  });

  it('caps points at each maximum and the index at 100', () => {
    const all = new Map(nodes.map((n) => [n.code, 1000]));
    expect(computeParIndex(nodes, all).index).toBe(100);
    expect(computeParIndex(nodes, new Map([['3.2', 2]])).index).toBe(0);
  });
});

describe('bands and ranking', () => {
  const bands = [
    { code: 'A', label: 'Tốt', minIndex: 90 },
    { code: 'B', label: 'Khá', minIndex: 80 },
    { code: 'C', label: 'Trung bình', minIndex: 70 },
    { code: 'D', label: 'Yếu', minIndex: 0 },
  ];

  it('puts each index in the band of the highest minimum it reaches', () => {
    expect(checkBands(bands)).toEqual([]);
    expect(bandOf(bands, 90)?.code).toBe('A');
    expect(bandOf(bands, 89.99)?.code).toBe('B');
    expect(bandOf(bands, 0)?.code).toBe('D');
    expect(bandOf(bands.slice(0, 3), 50)).toBeNull();
    expect(
      checkBands([
        ...bands,
        { code: 'A', label: 'x', minIndex: 90 },
        { code: 'E', label: 'y', minIndex: 101 },
      ]),
    ).toEqual([
      { kind: 'duplicateCode', index: 4 },
      { kind: 'duplicateMinimum', index: 4 },
      { kind: 'minimumOutOfRange', index: 5 },
    ]);
    expect(checkBands([])).toEqual([{ kind: 'noBands' }]);
  });

  it('shares a rank between equal indices and skips the next', () => {
    const ranked = rankByIndex(
      [
        { id: 'a', index: 80 },
        { id: 'b', index: 92.5 },
        { id: 'c', index: 80.001 },
        { id: 'd', index: 70 },
      ],
      (x) => x.index,
    );
    expect(ranked.map((r) => `${r.item.id}${r.rank}`)).toEqual(['b1', 'a2', 'c2', 'd4']);
  });
});
