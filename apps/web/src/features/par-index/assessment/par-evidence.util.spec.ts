import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../../app/format/formatters';
import { fileSizeLabel, isHttpUrl } from './par-evidence.util';

describe('evidence helpers', () => {
  it('accepts only http and https addresses', () => {
    expect(isHttpUrl('https://sonoivu.gov.vn/ke-hoach')).toBe(true);
    expect(isHttpUrl(' http://10.0.0.1/a ')).toBe(true);
    expect(isHttpUrl('ftp://x.gov.vn/a')).toBe(false);
    expect(isHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpUrl('sonoivu.gov.vn')).toBe(false);
  });

  it('writes sizes with the language’s number format', () => {
    const { number } = createFormatters('vi');
    expect(fileSizeLabel(850, number)).toBe('850 B');
    expect(fileSizeLabel(20480, number)).toBe('20 KB');
    expect(fileSizeLabel(1.5 * 1024 * 1024, number)).toBe('1,5 MB');
  });
});
