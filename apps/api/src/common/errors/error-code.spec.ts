import { ERROR_CODES } from '@partrack/shared';
import { ErrorCode, HTTP_STATUS } from './error-code';

describe('ErrorCode', () => {
  it('is exactly the contract shared with the SPA, each with an HTTP status', () => {
    expect(Object.values(ErrorCode).sort()).toEqual([...ERROR_CODES].sort());
    for (const code of ERROR_CODES) expect(HTTP_STATUS[code as ErrorCode]).toBeGreaterThanOrEqual(400);
  });
});
