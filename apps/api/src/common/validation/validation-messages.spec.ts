import 'reflect-metadata';
import { IsEmail, MinLength, ValidateNested, validateSync } from 'class-validator';
import { Type } from 'class-transformer';
import { plainToInstance } from 'class-transformer';
import { msg, toFieldProblems } from './validation-messages';

class Inner {
  @MinLength(3, msg('validation.minLength', () => ({ min: 3 })))
  name: string;
}

class Outer {
  @IsEmail()
  email: string;

  @ValidateNested()
  @Type(() => Inner)
  inner: Inner;
}

describe('toFieldProblems', () => {
  it('keeps our message keys and falls back per constraint, with nested paths', () => {
    const errors = validateSync(plainToInstance(Outer, { email: 'nope', inner: { name: 'ab' } }));
    expect(toFieldProblems(errors)).toEqual([
      { field: 'email', key: 'validation.email' },
      { field: 'inner.name', key: 'validation.minLength', params: { min: 3 } },
    ]);
  });
});
