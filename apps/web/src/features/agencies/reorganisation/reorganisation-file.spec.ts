import { describe, expect, it } from 'vitest';
import { ReorganisationFileFormat } from '../../../gql/graphql';
import { formatFromFileName, readReorganisationFile } from './reorganisation-file';

describe('reorganisation file', () => {
  it('takes the format from the extension, whatever its case', () => {
    expect(formatFromFileName('phuong-an.YML')).toBe(ReorganisationFileFormat.Yaml);
    expect(formatFromFileName('phuong-an.csv')).toBe(ReorganisationFileFormat.Csv);
    expect(formatFromFileName('phuong-an.json')).toBe(ReorganisationFileFormat.Json);
    expect(formatFromFileName('Phương án.xlsx')).toBe(ReorganisationFileFormat.Xlsx);
    expect(formatFromFileName('phuong-an.docx')).toBeNull();
  });

  it('reads text as UTF-8 and XLSX as base64, and refuses other files', async () => {
    const text = await readReorganisationFile(new File(['code: XÃ-A'], 'a.yaml'));
    expect(text).toEqual({
      ok: true,
      source: { fileName: 'a.yaml', format: ReorganisationFileFormat.Yaml, content: 'code: XÃ-A' },
    });
    const binary = await readReorganisationFile(new File([new Uint8Array([0x50, 0x4b, 0x03])], 'b.xlsx'));
    expect(binary).toEqual({
      ok: true,
      source: { fileName: 'b.xlsx', format: ReorganisationFileFormat.Xlsx, content: 'UEsD' },
    });
    expect(await readReorganisationFile(new File(['x'], 'c.txt'))).toEqual({ ok: false, reason: 'format' });
  });
});
