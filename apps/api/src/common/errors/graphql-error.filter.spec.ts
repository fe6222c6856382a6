import { Logger } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { badField, notFound } from './domain-error';
import { ErrorCode } from './error-code';
import { toGraphqlError } from './graphql-error.filter';

const logger = new Logger('test');

function pgError(code: string, detail: string): QueryFailedError {
  return new QueryFailedError('INSERT …', [], Object.assign(new Error('pg'), { code, detail }));
}

describe('toGraphqlError', () => {
  it('turns a domain field error into a message naming the field, in the caller’s language', () => {
    const error = toGraphqlError(badField('title', 'validation.required'), 'en', logger);
    expect(error.message).toBe('title: This field is required.');
    expect(error.extensions).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      fields: [{ field: 'title', message: 'This field is required.' }],
    });
    expect(toGraphqlError(notFound('Plan', 'p1'), 'vi', logger).extensions.code).toBe(ErrorCode.NOT_FOUND);
  });

  it('reports a reference to a missing row as an input error on that field, not an internal error', () => {
    const detail =
      'Key (owner_agency_id)=(00000000-0000-4000-8000-000000000000) is not present in table "agency".';
    const error = toGraphqlError(pgError('23503', detail), 'en', logger);
    expect(error.extensions).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      fields: [
        {
          field: 'ownerAgencyId',
          message: 'The referenced record "00000000-0000-4000-8000-000000000000" does not exist.',
        },
      ],
    });
    expect(toGraphqlError(pgError('23503', detail), 'vi', logger).message).toBe(
      'ownerAgencyId: Không tìm thấy bản ghi "00000000-0000-4000-8000-000000000000" được tham chiếu.',
    );
  });

  it('reports deleting a row still in use as a conflict', () => {
    const detail = 'Key (id)=(abc) is still referenced from table "plan_item".';
    const error = toGraphqlError(pgError('23503', detail), 'en', logger);
    expect(error.extensions.code).toBe(ErrorCode.CONFLICT);
    expect(error.message).toBe('Cannot delete: the record is still in use (plan_item).');
  });

  it('reports a value the database refused (malformed uuid, too long) as input, never SQL text', () => {
    const quiet = new Logger('quiet');
    jest.spyOn(quiet, 'warn').mockImplementation(() => undefined);
    for (const code of ['22P02', '22001']) {
      const error = toGraphqlError(pgError(code, 'invalid input syntax for type uuid'), 'en', quiet);
      expect(error.extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
      expect(error.message).toBe('Invalid input.');
    }
    expect(quiet.warn).toHaveBeenCalledTimes(2);
  });

  it('hides anything unexpected behind an internal error with the request id', () => {
    const quiet = new Logger('quiet');
    jest.spyOn(quiet, 'error').mockImplementation(() => undefined);
    const error = toGraphqlError(new Error('boom'), 'en', quiet, 'req-1');
    expect(error.message).toBe('Internal server error.');
    expect(error.extensions).toEqual({ code: ErrorCode.INTERNAL_SERVER_ERROR, requestId: 'req-1' });
    expect(quiet.error).toHaveBeenCalledTimes(1);
  });
});
