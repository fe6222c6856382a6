import { applyDecorators } from '@nestjs/common';
import { IsDateString, IsEmail, IsNotEmpty, IsString, Matches, MaxLength, MinLength } from 'class-validator';
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

export function IsLocalDate() {
  return IsDateString({ strict: true }, msg('validation.date'));
}
