import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { IsIn, validateSync } from 'class-validator';
import { msg, toFieldProblems } from './validation-messages';
import { IsLocalDate, IsOmittable, IsRequired, IsRequiredIf, IsText } from './validators';

class Patch {
  @IsOmittable()
  @IsText(10)
  title?: string;

  @IsOmittable()
  @IsLocalDate()
  dueDate?: string;
}

const problems = (value: object) => toFieldProblems(validateSync(plainToInstance(Patch, value)));

describe('IsOmittable', () => {
  it('lets a field be left out', () => {
    expect(problems({})).toEqual([]);
  });

  it('refuses null with one "required" problem, not one per other constraint', () => {
    expect(problems({ title: null }).map(({ field, key }) => ({ field, key }))).toEqual([
      { field: 'title', key: 'validation.required' },
    ]);
  });

  it('still applies the other constraints to a value', () => {
    expect(problems({ title: 'x'.repeat(11) })).toEqual([
      { field: 'title', key: 'validation.maxLength', params: { max: 10 } },
    ]);
  });
});

describe('IsLocalDate', () => {
  it('accepts a real date in range', () => {
    expect(problems({ dueDate: '2024-02-29' })).toEqual([]);
  });

  it('says "not a date" for impossible dates and "out of range" for real ones too far off', () => {
    expect(problems({ dueDate: '2022-02-30' })).toEqual([
      { field: 'dueDate', key: 'validation.date', params: {} },
    ]);
    expect(problems({ dueDate: '0000-01-01' })).toEqual([
      { field: 'dueDate', key: 'validation.dateRange', params: { min: '1900-01-01', max: '2100-12-31' } },
    ]);
  });
});

class Review {
  @IsRequired()
  @IsIn(['APPROVE', 'RETURN'])
  decision: string;

  @IsRequiredIf(
    (input) => input instanceof Review && input.decision === 'RETURN',
    msg('report.commentRequired'),
  )
  @IsText(20, 0)
  comment?: string | null;
}

const reviewProblems = (value: object) =>
  toFieldProblems(validateSync(plainToInstance(Review, value))).map(({ field, key }) => ({ field, key }));

describe('IsRequired', () => {
  it('refuses a missing or null value with one "required" problem', () => {
    expect(reviewProblems({})).toEqual([{ field: 'decision', key: 'validation.required' }]);
    expect(reviewProblems({ decision: null })).toEqual([{ field: 'decision', key: 'validation.required' }]);
  });
});

describe('IsRequiredIf', () => {
  it('leaves the field optional where the rule does not apply', () => {
    expect(reviewProblems({ decision: 'APPROVE' })).toEqual([]);
    expect(reviewProblems({ decision: 'APPROVE', comment: '  ' })).toEqual([]);
  });

  it('answers a missing or blank value with its own message only', () => {
    for (const comment of [undefined, null, '   ']) {
      expect(reviewProblems({ decision: 'RETURN', comment })).toEqual([
        { field: 'comment', key: 'report.commentRequired' },
      ]);
    }
  });

  it('still applies the field’s other rules to a value', () => {
    expect(reviewProblems({ decision: 'APPROVE', comment: 'x'.repeat(21) })).toEqual([
      { field: 'comment', key: 'validation.maxLength' },
    ]);
  });
});
