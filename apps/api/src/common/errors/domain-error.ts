import { MessageKey, MessageParams } from '../i18n/messages';
import { ErrorCode } from './error-code';

export interface FieldProblem {
  field: string;
  key: MessageKey;
  params?: MessageParams;
}

/**
 * Every error the API means to show a client. Thrown by services; turned into a GraphQL error with a
 * localised message in exactly one place (GraphqlErrorFilter).
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly key: MessageKey,
    readonly params: MessageParams = {},
    readonly extensions: Record<string, unknown> = {},
    readonly fields: FieldProblem[] = [],
  ) {
    super(key);
  }
}

export const unauthenticated = (
  key: MessageKey = 'auth.required',
  params: MessageParams = {},
  extensions: Record<string, unknown> = {},
) => new DomainError(ErrorCode.UNAUTHENTICATED, key, params, extensions);

export const forbidden = (key: MessageKey = 'auth.forbidden', params: MessageParams = {}) =>
  new DomainError(ErrorCode.FORBIDDEN, key, params);

export const notFound = (entity: string, id: string) =>
  new DomainError(ErrorCode.NOT_FOUND, 'common.notFound', { entity, id });

export const conflict = (key: MessageKey = 'common.staleVersion', params: MessageParams = {}) =>
  new DomainError(ErrorCode.CONFLICT, key, params);

export const badInput = (fields: FieldProblem[]) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, 'common.invalidInput', {}, {}, fields);

export const badField = (field: string, key: MessageKey, params: MessageParams = {}) =>
  badInput([{ field, key, params }]);
