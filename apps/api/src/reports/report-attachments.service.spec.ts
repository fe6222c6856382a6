import { cleanFilename } from './report-attachments.service';

describe('cleanFilename', () => {
  it('keeps Vietnamese names and drops paths, control and reserved characters', () => {
    expect(cleanFilename('Biên bản họp.pdf')).toBe('Biên bản họp.pdf');
    expect(cleanFilename('C:\\Users\\a\\Quyết định.docx')).toBe('Quyết định.docx');
    expect(cleanFilename('../../etc/passwd')).toBe('passwd');
    expect(cleanFilename('a"b<c>\nd.txt')).toBe('a_b_c__d.txt');
  });

  it('never returns an empty or overlong name', () => {
    expect(cleanFilename('   ')).toBe('tep-dinh-kem');
    expect(cleanFilename(`${'x'.repeat(300)}.pdf`)).toHaveLength(255);
  });
});
