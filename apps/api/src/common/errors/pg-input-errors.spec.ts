import { QueryFailedError } from 'typeorm';
import { ErrorCode } from './error-code';
import { pgInputError } from './pg-input-errors';

function pgError(code: string, extra: Record<string, unknown> = {}): QueryFailedError {
  return new QueryFailedError('SELECT …', [], Object.assign(new Error('pg'), { code, ...extra }));
}

describe('pgInputError', () => {
  it.each(['22P02', '22001', '22003', '22007', '22008', '22021', '22P05', '23514', '54000'])(
    'maps %s, which only bad input causes, to BAD_USER_INPUT',
    (code) => {
      expect(pgInputError(pgError(code))?.code).toBe(ErrorCode.BAD_USER_INPUT);
    },
  );

  it('names the column of a NOT NULL violation as a required field', () => {
    expect(pgInputError(pgError('23502', { column: 'due_date' }))?.fields).toEqual([
      { field: 'dueDate', key: 'validation.required', params: {} },
    ]);
  });

  it('leaves everything else to the error filter', () => {
    expect(pgInputError(pgError('23505'))).toBeNull();
    expect(pgInputError(pgError('40001'))).toBeNull();
    expect(pgInputError(pgError('57014'))).toBeNull();
    expect(pgInputError(new Error('22P02'))).toBeNull();
  });
});
