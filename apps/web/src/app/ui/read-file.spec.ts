import { describe, expect, it } from 'vitest';
import { base64Length, readFileAsBase64 } from './read-file';

describe('readFileAsBase64', () => {
  it('gives the base64 content without the data-URL prefix', async () => {
    const file = new File([new Uint8Array([0x50, 0x4b, 3, 4, 0xff])], 'ke-hoach.docx', {
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    const base64 = await readFileAsBase64(file);
    expect(base64).toBe('UEsDBP8=');
    expect(base64).toHaveLength(base64Length(file.size));
  });

  it('gives an empty string for an empty file', async () => {
    await expect(readFileAsBase64(new File([], 'empty.xlsx'))).resolves.toBe('');
  });
});

describe('base64Length', () => {
  it('counts 4 characters per started group of 3 bytes', () => {
    expect(base64Length(0)).toBe(0);
    expect(base64Length(1)).toBe(4);
    expect(base64Length(3)).toBe(4);
    expect(base64Length(4)).toBe(8);
    expect(base64Length(70 * 1024)).toBe(95_576);
  });
});
