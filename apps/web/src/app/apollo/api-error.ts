import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { ERROR_CODES, type ErrorCodeName } from '@partrack/shared';

/** The API's codes (shared contract), plus what only the client can see: no network, an unknown answer. */
export type ApiErrorCode = ErrorCodeName | 'NETWORK' | 'UNKNOWN';

export interface FieldError {
  /** As the API names it, e.g. "input.email". */
  field: string;
  message: string;
}

export interface ApiError {
  code: ApiErrorCode;
  /** Already localised by the API (it honours Accept-Language); empty for transport failures. */
  message: string;
  /** The raw extensions.code, kept for codes the contract does not list. */
  rawCode: string | null;
  fieldErrors: FieldError[];
  /** extensions.reason, e.g. ACCOUNT_LOCKED or RATE_LIMITED on a refused login (AuthErrorReason). */
  reason?: string | null;
  /** extensions.requestId: quoted to support, matches the server log. */
  requestId?: string | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function parseFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  const result: FieldError[] = [];
  for (const item of value as unknown[]) {
    if (isRecord(item) && typeof item['field'] === 'string' && typeof item['message'] === 'string') {
      result.push({ field: item['field'], message: item['message'] });
    }
  }
  return result;
}

export function errorCodeOf(extensions: Readonly<Record<string, unknown>> | undefined): string | null {
  const code = extensions?.['code'];
  return typeof code === 'string' ? code : null;
}

function normaliseCode(raw: string | null): ApiErrorCode {
  if (raw === null) return 'UNKNOWN';
  return ERROR_CODES.find((code) => code === raw) ?? 'UNKNOWN';
}

interface FormattedError {
  message?: unknown;
  extensions?: Record<string, unknown>;
}

function fromGraphQLErrors(errors: readonly FormattedError[], statusCode?: number): ApiError | null {
  const first = errors[0];
  if (!first) return null;
  const rawCode = errorCodeOf(first.extensions);
  let code = normaliseCode(rawCode);
  if (code === 'UNKNOWN' && statusCode === 503) code = 'SERVICE_UNAVAILABLE';
  const fieldErrors = errors.flatMap((e) => parseFieldErrors(e.extensions?.['fields']));
  const text = (key: string) => {
    const value = first.extensions?.[key];
    return typeof value === 'string' ? value : null;
  };
  return {
    code,
    rawCode,
    message: typeof first.message === 'string' ? first.message : '',
    fieldErrors,
    reason: text('reason'),
    requestId: text('requestId'),
  };
}

/** A non-2xx response (e.g. 503 while the database restarts) may still carry a GraphQL error body with a localised message. */
function fromServerBody(bodyText: string, statusCode: number): ApiError | null {
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    return null;
  }
  if (!isRecord(body) || !Array.isArray(body['errors'])) return null;
  const errors = (body['errors'] as unknown[]).filter(isRecord).map((e): FormattedError => ({
    message: e['message'],
    extensions: isRecord(e['extensions']) ? e['extensions'] : undefined,
  }));
  return fromGraphQLErrors(errors, statusCode);
}

/** One shape for every failure a screen can meet, so screens never poke at Apollo's error classes. */
export function toApiError(error: unknown): ApiError {
  if (CombinedGraphQLErrors.is(error)) {
    return (
      fromGraphQLErrors(error.errors) ?? { code: 'UNKNOWN', rawCode: null, message: '', fieldErrors: [] }
    );
  }
  if (ServerError.is(error)) {
    const parsed = fromServerBody(error.bodyText, error.statusCode);
    if (parsed) return parsed;
    let code: ApiErrorCode = 'UNKNOWN';
    if (error.statusCode === 503) code = 'SERVICE_UNAVAILABLE';
    else if (error.statusCode === 401) code = 'UNAUTHENTICATED';
    else if (error.statusCode === 403) code = 'FORBIDDEN';
    else if (error.statusCode >= 500) code = 'INTERNAL_SERVER_ERROR';
    return { code, rawCode: null, message: '', fieldErrors: [] };
  }
  if (ServerParseError.is(error)) {
    return { code: 'INTERNAL_SERVER_ERROR', rawCode: null, message: '', fieldErrors: [] };
  }
  // fetch() rejects with a TypeError when the server is unreachable.
  if (error instanceof TypeError) {
    return { code: 'NETWORK', rawCode: null, message: '', fieldErrors: [] };
  }
  return { code: 'UNKNOWN', rawCode: null, message: '', fieldErrors: [] };
}
