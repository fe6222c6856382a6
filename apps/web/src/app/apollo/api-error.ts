import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INTERNAL_SERVER_ERROR'
  | 'TOO_MANY_REQUESTS'
  | 'NETWORK'
  | 'UNKNOWN';

export interface FieldError {
  /** As the API names it, e.g. "input.email". */
  field: string;
  message: string;
}

export interface ApiError {
  code: ApiErrorCode;
  /** Already localised by the API (it honours Accept-Language); empty for transport failures. */
  message: string;
  /** The raw extensions.code, kept for codes the contract does not list yet (e.g. rate limiting). */
  rawCode: string | null;
  fieldErrors: FieldError[];
}

const KNOWN_CODES: readonly ApiErrorCode[] = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'INTERNAL_SERVER_ERROR',
  'TOO_MANY_REQUESTS',
];

// Rate limiting is not in the draft contract; accept the spellings an API is likely to use.
const CODE_ALIASES: Readonly<Record<string, ApiErrorCode>> = {
  RATE_LIMITED: 'TOO_MANY_REQUESTS',
  TOO_MANY_ATTEMPTS: 'TOO_MANY_REQUESTS',
  THROTTLED: 'TOO_MANY_REQUESTS',
};

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
  return KNOWN_CODES.find((code) => code === raw) ?? CODE_ALIASES[raw] ?? 'UNKNOWN';
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
  if (code === 'UNKNOWN' && statusCode === 429) code = 'TOO_MANY_REQUESTS';
  const fieldErrors = errors.flatMap((e) => parseFieldErrors(e.extensions?.['fields']));
  return { code, rawCode, message: typeof first.message === 'string' ? first.message : '', fieldErrors };
}

/** A non-2xx response (e.g. 429 from a rate limiter) may still carry a GraphQL error body with a localised message. */
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
    if (error.statusCode === 429) code = 'TOO_MANY_REQUESTS';
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
