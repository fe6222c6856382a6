import { DomainError } from '../../common/errors/domain-error';
import { PLAN_IMPORT_MAX_BYTES, readPlanDocument } from './plan-document.reader';
import { PlanDocumentFormat } from './plan-import.input';

describe('readPlanDocument', () => {
  const fieldsOf = async (format: PlanDocumentFormat, content: string) => {
    try {
      await readPlanDocument(format, content, { year: 2022 });
    } catch (error) {
      if (error instanceof DomainError) return error.fields.map((f) => `${f.field}:${f.key}`);
      throw error;
    }
    return [];
  };

  it('refuses documents over the 10 MB limit, measured on the decoded bytes', async () => {
    expect(await fieldsOf(PlanDocumentFormat.TEXT, 'x'.repeat(PLAN_IMPORT_MAX_BYTES + 1))).toEqual([
      'content:import.tooLarge',
    ]);
    const big = Buffer.alloc(PLAN_IMPORT_MAX_BYTES + 3).toString('base64');
    expect(await fieldsOf(PlanDocumentFormat.XLSX, big)).toEqual(['content:import.tooLarge']);
  });

  it('refuses empty content and content that is not base64 for binary formats', async () => {
    expect(await fieldsOf(PlanDocumentFormat.TEXT, '   ')).toEqual(['content:import.empty']);
    expect(await fieldsOf(PlanDocumentFormat.DOCX, 'not base64!')).toEqual(['content:import.notBase64']);
  });
});
