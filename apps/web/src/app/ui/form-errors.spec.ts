import { describe, expect, it, vi } from 'vitest';
import type { FormInstance } from 'antd';
import { applyFieldErrors, formFieldOf } from './form-errors';

describe('form field errors', () => {
  it('maps API field paths to form fields', () => {
    expect(formFieldOf('input.email')).toBe('email');
    expect(formFieldOf('input.aliases.2')).toBe('aliases');
    expect(formFieldOf('input.aliases[2]')).toBe('aliases');
    expect(formFieldOf('refreshToken')).toBe('refreshToken');
  });

  it('sets known fields and returns the messages it could not place', () => {
    const setFields = vi.fn();
    const form = { setFields } as unknown as FormInstance<unknown>;
    const unplaced = applyFieldErrors(
      form,
      {
        code: 'BAD_USER_INPUT',
        rawCode: 'BAD_USER_INPUT',
        message: '',
        fieldErrors: [
          { field: 'input.code', message: 'Mã đã tồn tại' },
          { field: 'input.code', message: 'Mã quá dài' },
          { field: 'input.parentId', message: 'Cơ quan cấp trên không tồn tại' },
        ],
      },
      ['code', 'name'],
    );
    expect(setFields).toHaveBeenCalledWith([{ name: 'code', errors: ['Mã đã tồn tại', 'Mã quá dài'] }]);
    expect(unplaced).toEqual(['Cơ quan cấp trên không tồn tại']);
  });
});
