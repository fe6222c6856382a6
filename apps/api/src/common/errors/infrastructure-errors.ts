/**
 * Failures of the infrastructure rather than of the request: the database refusing connections, shutting
 * down or restarting, the pool timing out, a statement cancelled by its timeout. Clients get 503
 * SERVICE_UNAVAILABLE with a request id, never the driver's text (docs/api.md).
 */

/** Node socket errors seen when Postgres is unreachable or goes away. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);

/** SQLSTATEs: 08 connection exception, 53 insufficient resources, 57P0x shutdown/restart, 57014 statement timeout. */
const PG_UNAVAILABLE = /^(08...|53...|57P0[1-4]|57014|58...)$/;

/** Messages of node-postgres and its pool that carry no code. */
const DRIVER_MESSAGES = [
  /^Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /^Client has encountered a connection error/i,
  /Client was closed and is not queryable/i,
  /Cannot use a pool after calling end/i,
  /the database system is (shutting down|starting up|in recovery mode)/i,
];

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  driverError?: unknown;
  cause?: unknown;
  errors?: unknown;
}

function isErrorLike(value: unknown): value is ErrorLike {
  return typeof value === 'object' && value !== null;
}

export function isInfrastructureError(error: unknown, depth = 0): boolean {
  if (!isErrorLike(error) || depth > 4) return false;
  const code = typeof error.code === 'string' ? error.code : '';
  if (SOCKET_CODES.has(code) || PG_UNAVAILABLE.test(code)) return true;
  const message = typeof error.message === 'string' ? error.message : '';
  if (DRIVER_MESSAGES.some((pattern) => pattern.test(message))) return true;
  // TypeORM wraps driver errors; AggregateError (ECONNREFUSED on ::1 and 127.0.0.1) lists them.
  if (Array.isArray(error.errors) && error.errors.some((e) => isInfrastructureError(e, depth + 1)))
    return true;
  return isInfrastructureError(error.driverError, depth + 1) || isInfrastructureError(error.cause, depth + 1);
}

/** SQLSTATEs of transient conflicts between concurrent transactions: the client may simply retry. */
export function isRetryableConflict(error: unknown): boolean {
  if (!isErrorLike(error)) return false;
  const code = isErrorLike(error.driverError) ? error.driverError.code : error.code;
  return code === '40001' || code === '40P01';
}
