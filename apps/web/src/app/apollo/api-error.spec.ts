import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { toApiError } from './api-error';

function serverError(status: number, body: string) {
  return new ServerError('HTTP error', { response: new Response(body, { status }), bodyText: body });
}

describe('toApiError', () => {
  it('reads code, localised message and field errors from GraphQL errors', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Dữ liệu không hợp lệ',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [{ field: 'input.code', message: 'Mã đã tồn tại' }, { bogus: 1 }],
          },
        },
      ],
    });
    expect(toApiError(error)).toEqual({
      code: 'BAD_USER_INPUT',
      rawCode: 'BAD_USER_INPUT',
      message: 'Dữ liệu không hợp lệ',
      fieldErrors: [{ field: 'input.code', message: 'Mã đã tồn tại' }],
    });
  });

  it('keeps unknown codes raw and maps rate-limit spellings', () => {
    expect(
      toApiError(new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions: { code: 'WEIRD' } }] })),
    ).toMatchObject({
      code: 'UNKNOWN',
      rawCode: 'WEIRD',
    });
    expect(
      toApiError(
        new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions: { code: 'RATE_LIMITED' } }] }),
      ).code,
    ).toBe('TOO_MANY_REQUESTS');
  });

  it('extracts the GraphQL body of a non-2xx response', () => {
    const body = JSON.stringify({
      errors: [{ message: 'Thử lại sau 30 giây', extensions: { code: 'TOO_MANY_REQUESTS' } }],
    });
    expect(toApiError(serverError(429, body))).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      message: 'Thử lại sau 30 giây',
    });
    expect(toApiError(serverError(429, 'Too Many Requests')).code).toBe('TOO_MANY_REQUESTS');
    expect(toApiError(serverError(502, '<html>Bad gateway</html>')).code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('treats fetch failures as network errors', () => {
    expect(toApiError(new TypeError('Failed to fetch')).code).toBe('NETWORK');
    expect(toApiError('something odd').code).toBe('UNKNOWN');
  });
});
