import { DomainError } from '../errors/domain-error';
import { decodeBase64File } from './base64-file';

describe('decodeBase64File', () => {
  it('decodes, ignoring the whitespace a client wrapped the text with', () => {
    expect(decodeBase64File('aGVs\nbG8=', 10).toString()).toBe('hello');
  });

  it.each([
    ['empty', '', 'import.empty'],
    ['over the limit', Buffer.from('hello world').toString('base64'), 'import.tooLarge'],
  ])('refuses a file %s, naming the field', (_label, text, key) => {
    expect.assertions(2);
    try {
      decodeBase64File(text, 10, 'file');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).fields).toEqual([expect.objectContaining({ field: 'file', key })]);
    }
  });
});
