import { applyDecorators } from '@nestjs/common';
import {
  IsEmail,
  IsNotEmpty,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateBy,
  ValidateIf,
} from 'class-validator';
import { isAcceptedLocalDate, isValidLocalDate, LOCAL_DATE_RANGE } from '../graphql/scalars';
import { msg } from './validation-messages';

export const CODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]*$/;

export function IsCode() {
  return applyDecorators(
    IsString(),
    IsNotEmpty(msg('validation.required')),
    MaxLength(
      64,
      msg('validation.maxLength', () => ({ max: 64 })),
    ),
    Matches(CODE_PATTERN, msg('validation.code')),
  );
}

export function IsText(max: number, min = 1) {
  return applyDecorators(
    IsString(),
    MinLength(
      min,
      msg(min === 1 ? 'validation.required' : 'validation.minLength', () => ({ min })),
    ),
    MaxLength(
      max,
      msg('validation.maxLength', () => ({ max })),
    ),
  );
}

export function IsEmailAddress() {
  return applyDecorators(
    IsEmail({}, msg('validation.email')),
    MaxLength(
      254,
      msg('validation.maxLength', () => ({ max: 254 })),
    ),
  );
}

/** A real calendar date "YYYY-MM-DD" inside the range the LocalDate scalar accepts. */
export function IsLocalDate() {
  return ValidateBy(
    {
      name: 'isLocalDate',
      validator: { validate: (value) => typeof value === 'string' && isAcceptedLocalDate(value) },
    },
    {
      message: ({ value }) =>
        typeof value === 'string' && isValidLocalDate(value)
          ? JSON.stringify({ key: 'validation.dateRange', params: LOCAL_DATE_RANGE })
          : JSON.stringify({ key: 'validation.date', params: {} }),
    },
  );
}

/**
 * For update inputs: the field may be left out (unchanged) but not set to null, because the column is NOT
 * NULL. Replaces @IsOptional(), which lets null through to the service and the database.
 */
export function IsOmittable() {
  return applyDecorators(
    ValidateIf((_object, value) => value !== undefined),
    ValidateBy(
      { name: 'isNotNull', validator: { validate: (value) => value !== null } },
      msg('validation.required'),
    ),
  );
}
