/**
 * The API's error contract (docs/api.md "Errors"), shared so that the SPA handles exactly what the API
 * answers: every error carries one of these codes, and authentication errors a reason.
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;

export type ErrorCodeName = (typeof ERROR_CODES)[number];

/** `extensions.reason` of UNAUTHENTICATED answers to `login` and `refreshToken`. */
export const AuthErrorReason = {
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  ACCOUNT_LOCKED: 'ACCOUNT_LOCKED',
  RATE_LIMITED: 'RATE_LIMITED',
  REFRESH_INVALID: 'REFRESH_INVALID',
} as const;

export type AuthErrorReason = (typeof AuthErrorReason)[keyof typeof AuthErrorReason];
