import { DomainError } from '../errors/domain-error';
import { cleanFilename } from './filename.util';

function refusal(name: string): DomainError | undefined {
  try {
    cleanFilename(name);
    return undefined;
  } catch (error) {
    return error as DomainError;
  }
}

describe('cleanFilename', () => {
  it('keeps Vietnamese names and drops paths and reserved characters', () => {
    expect(cleanFilename('Biên bản họp.pdf')).toBe('Biên bản họp.pdf');
    expect(cleanFilename('C:\\Users\\a\\Quyết định.docx')).toBe('Quyết định.docx');
    expect(cleanFilename('../../etc/passwd')).toBe('passwd');
    expect(cleanFilename('a"b<c>d.txt')).toBe('a_b_c_d.txt');
  });

  it('refuses empty, dot, control and direction-override names, naming the field', () => {
    for (const name of [
      '   ',
      '.',
      '..',
      'a/..',
      'a\nb.txt',
      'x\u0000.pdf',
      'hoa-don\u202Efdp.exe',
      'a\u2066b',
      '\uD800.txt',
    ]) {
      const error = refusal(name);
      expect(error).toBeInstanceOf(DomainError);
      expect(error?.fields).toEqual([{ field: 'filename', key: 'upload.badFilename', params: {} }]);
    }
  });

  it('never returns an overlong name, and does not split a character', () => {
    expect(cleanFilename(`${'x'.repeat(300)}.pdf`)).toHaveLength(255);
    expect([...cleanFilename('😀'.repeat(300))]).toHaveLength(255);
  });
});
