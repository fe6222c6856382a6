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
  ValidationOptions,
} from 'class-validator';
import { isValidPoints } from '@partrack/shared';
import { isAcceptedLocalDate, isValidLocalDate, LOCAL_DATE_RANGE } from '../graphql/scalars';
import { msg, REQUIRED_IF } from './validation-messages';

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
 * The field must hold a value: missing or null answers "required" (and only that, see toFieldProblems).
 * Unlike @IsDefined() it yields to @IsOptional() and @ValidateIf(), so an update input built with
 * `PartialType(CreateX, { skipNullProperties: false })` reads it as "may be left out, not cleared".
 */
export function IsRequired() {
  return ValidateBy(
    { name: 'isRequired', validator: { validate: (value) => value !== undefined && value !== null } },
    msg('validation.required'),
  );
}

/**
 * For update inputs: the field may be left out (unchanged) but not set to null, because the column is NOT
 * NULL. Replaces @IsOptional(), which lets null through to the service and the database.
 */
export function IsOmittable() {
  return applyDecorators(
    ValidateIf((_object, value) => value !== undefined),
    IsRequired(),
  );
}

const isFilled = (value: unknown) =>
  value !== undefined && value !== null && (typeof value !== 'string' || value.trim() !== '');

/**
 * Required, and not blank, when `applies(input)` holds; optional otherwise: a comment when a review sends
 * something back, the dates of an ad hoc round. A missing value answers only `options`' message (default
 * "required"); the field's other rules still check any value it is given.
 */
export function IsRequiredIf(
  applies: (input: object) => boolean,
  options: ValidationOptions = msg('validation.required'),
) {
  return applyDecorators(
    ValidateIf((input: object, value: unknown) => (value !== undefined && value !== null) || applies(input)),
    ValidateBy(
      {
        name: REQUIRED_IF,
        validator: { validate: (value, args) => !args || !applies(args.object) || isFilled(value) },
      },
      options,
    ),
  );
}

/** Points of a PAR Index item or score: a number from 0 to `max` with at most two decimals (0.25, 20.5). */
export function IsPoints(max = 1000) {
  return ValidateBy(
    {
      name: 'isPoints',
      validator: { validate: (value) => typeof value === 'number' && isValidPoints(value) && value <= max },
    },
    msg('validation.points', () => ({ max })),
  );
}
