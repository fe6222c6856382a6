import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { AuthErrorReason } from '@partrack/shared';
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
      reason: null,
      requestId: null,
    });
  });

  it('keeps unknown codes raw, and reads the reason and request id the API sends', () => {
    expect(
      toApiError(new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions: { code: 'WEIRD' } }] })),
    ).toMatchObject({
      code: 'UNKNOWN',
      rawCode: 'WEIRD',
    });
    const locked = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Đăng nhập sai quá nhiều lần.',
          extensions: { code: 'UNAUTHENTICATED', reason: AuthErrorReason.ACCOUNT_LOCKED, requestId: 'r-1' },
        },
      ],
    });
    expect(toApiError(locked)).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'ACCOUNT_LOCKED',
      requestId: 'r-1',
    });
  });

  it('extracts the error body of a non-2xx response (the API answers 503 while the database is down)', () => {
    const body = JSON.stringify({
      errors: [
        { message: 'Hệ thống tạm thời không phục vụ được.', extensions: { code: 'SERVICE_UNAVAILABLE' } },
      ],
    });
    expect(toApiError(serverError(503, body))).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      message: 'Hệ thống tạm thời không phục vụ được.',
    });
    expect(toApiError(serverError(503, 'Service Unavailable')).code).toBe('SERVICE_UNAVAILABLE');
    expect(toApiError(serverError(502, '<html>Bad gateway</html>')).code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('treats fetch failures as network errors', () => {
    expect(toApiError(new TypeError('Failed to fetch')).code).toBe('NETWORK');
    expect(toApiError('something odd').code).toBe('UNKNOWN');
  });
});
