import { QueryFailedError } from 'typeorm';
import { MessageKey } from '../i18n/messages';
import { badField, badInput, DomainError } from './domain-error';

/** Postgres error codes that only a value the client sent can cause (docs: "PostgreSQL Error Codes"). */
const KEY_BY_CODE: Record<string, MessageKey> = {
  '22007': 'validation.date', // invalid_datetime_format
  '22008': 'validation.date', // datetime_field_overflow
  '22021': 'validation.characters', // character_not_in_repertoire (bad encoding)
  '22P05': 'validation.characters', // untranslatable_character (NUL in jsonb)
  '23502': 'validation.required', // not_null_violation
};

const camelCase = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * A safety net behind validation: a statement refused for its data (class 22 data exceptions such as a
 * malformed uuid, a value too long or out of range; a NOT NULL or CHECK violation; a value too large to
 * index) is the client's input error, never an internal one. Returns null for anything else. Reaching
 * this means a DTO or service missed a check, so callers should log it.
 */
export function pgInputError(exception: unknown): DomainError | null {
  if (!(exception instanceof QueryFailedError)) return null;
  const driver = exception.driverError as { code?: unknown; column?: unknown };
  const code = typeof driver.code === 'string' ? driver.code : '';
  const inputClass = code.startsWith('22') || code === '23502' || code === '23514' || code === '54000';
  if (!inputClass) return null;
  const key = KEY_BY_CODE[code] ?? 'validation.invalid';
  const column = typeof driver.column === 'string' ? camelCase(driver.column) : null;
  return column ? badField(column, key) : badInput([]);
}
