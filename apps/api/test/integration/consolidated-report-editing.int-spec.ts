import { Role } from '@partrack/shared';
import { graphql } from '../gql';
import type {
  GenerateConsolidatedReportForEditingMutation,
  UpdateConsolidatedReportInput,
} from '../gql/graphql';
import { makeProvince, tokensByRole } from '../support/fixtures';
import { auditActions, codeOf, fieldsOf, leakIn, race, tally } from '../support/gql-checks';
import { openAdHocRound } from '../support/report-fixtures';
import { createTestApp, GqlResponse, TestApp } from '../support/test-app';

const RACERS = 20;
const GENERATE = graphql(`
  mutation GenerateConsolidatedReportForEditing($r: ID!) {
    generateConsolidatedReport(roundId: $r) {
      id
      status
      version
      documentNumber
      signerName
      narrative {
        direction
        assessment
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation UpdateConsolidatedReportForEditing($i: UpdateConsolidatedReportInput!) {
    updateConsolidatedReport(input: $i) {
      id
      status
      version
      documentNumber
      signerName
      narrative {
        direction
        assessment
      }
    }
  }
`);
const READ = graphql(`
  query ConsolidatedReportForEditing($r: ID!) {
    consolidatedReport(roundId: $r) {
      id
      status
      version
      documentNumber
      signerName
      narrative {
        direction
        assessment
      }
    }
  }
`);
const FINALISE = graphql(`
  mutation FinaliseConsolidatedReportForEditing($id: ID!, $v: Int!) {
    finaliseConsolidatedReport(id: $id, version: $v) {
      id
      status
      version
      documentNumber
      signerName
      narrative {
        direction
        assessment
      }
    }
  }
`);
type Consolidated = GenerateConsolidatedReportForEditingMutation['generateConsolidatedReport'];

/** The province's consolidated report while it is a draft: edits with a version, then locked once final. */
describe('consolidated report editing', () => {
  let t: TestApp;
  let tokens: Record<Role, string>;
  let outsider: string;
  let roundId: string;

  beforeAll(async () => {
    t = await createTestApp();
    tokens = await tokensByRole(t, await makeProvince(t, 'CR'), 'cr');
    outsider = (await tokensByRole(t, await makeProvince(t, 'CX'), 'cx')).COORDINATOR;
    roundId = await openAdHocRound(t, tokens.COORDINATOR);
  });
  afterAll(() => t.close());

  describe('updateConsolidatedReport', () => {
    const update = (
      c: { id: string; version: number },
      patch: Omit<UpdateConsolidatedReportInput, 'id' | 'version'>,
      token = tokens.COORDINATOR,
    ) => t.gql(UPDATE, { i: { id: c.id, version: c.version, ...patch } }, { token });
    const stored = async (id: string) => ({
      row: await t.dataSource.query('SELECT * FROM consolidated_report WHERE id = $1', [id]),
      audit: await auditActions(t, id),
    });
    let report: Consolidated;

    beforeAll(async () => {
      const res = await t.gql(GENERATE, { r: roundId }, { token: tokens.COORDINATOR });
      if (!res.data) throw new Error(JSON.stringify(res.errors));
      report = res.data.generateConsolidatedReport;
    });

    it('edits the narrative and number, keeps the other sections, audits, and shows in later reads', async () => {
      const res = await update(report, {
        documentNumber: '125/BC-SNV',
        narrative: { direction: 'UBND tỉnh ban hành **kế hoạch**.' },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data!.updateConsolidatedReport).toEqual({
        ...report,
        documentNumber: '125/BC-SNV',
        narrative: { ...report.narrative, direction: 'UBND tỉnh ban hành **kế hoạch**.' },
        version: report.version + 1,
      });
      const read = await t.gql(READ, { r: roundId }, { token: tokens.VIEWER });
      expect(read.data!.consolidatedReport).toEqual(res.data!.updateConsolidatedReport);
      expect(await auditActions(t, report.id)).toEqual([
        'consolidatedReport.generate',
        'consolidatedReport.update',
      ]);
      report = res.data!.updateConsolidatedReport;
    });

    it('refuses a stale version, a bad field and callers without the right, changing nothing', async () => {
      const before = await stored(report.id);
      const cases: [GqlResponse<unknown>, string, string[]][] = [
        [await update({ ...report, version: report.version - 1 }, { signerName: 'X' }), 'CONFLICT', []],
        [await update(report, { documentNumber: 'x'.repeat(65) }), 'BAD_USER_INPUT', ['documentNumber']],
        [await update(report, { signerName: 'X' }, tokens.AGENCY_MANAGER), 'FORBIDDEN', []],
        [await update(report, { signerName: 'X' }, outsider), 'NOT_FOUND', []],
      ];
      for (const [res, code, fields] of cases) {
        expect({ code: codeOf(res), fields: fieldsOf(res) }).toEqual({ code, fields });
        expect(leakIn(res)).toBeNull();
      }
      expect(await stored(report.id)).toEqual(before);
    });

    it(`${RACERS} edits at once with one version: exactly one is stored`, async () => {
      const answers = await race(RACERS, (i) => update(report, { signerName: `Người ký ${i}` }));
      expect(tally(answers)).toEqual({ OK: 1, CONFLICT: RACERS - 1 });
      const winner = answers.find((a) => !a.errors)!.data!.updateConsolidatedReport;
      const [row] = await t.dataSource.query(
        'SELECT signer_name, version FROM consolidated_report WHERE id = $1',
        [report.id],
      );
      expect(row).toEqual({ signer_name: winner.signerName, version: report.version + 1 });
      expect(
        (await auditActions(t, report.id)).filter((a) => a === 'consolidatedReport.update'),
      ).toHaveLength(2);
      report = winner;
    });

    it('is locked once finalised', async () => {
      const fin = await t.gql(FINALISE, { id: report.id, v: report.version }, { token: tokens.COORDINATOR });
      const final = fin.data!.finaliseConsolidatedReport;
      expect(final.status).toBe('FINAL');
      const before = await stored(report.id);
      const res = await update(final, { narrative: { direction: 'Sửa sau khi hoàn thành' } });
      expect({ code: codeOf(res), fields: fieldsOf(res) }).toEqual({
        code: 'BAD_USER_INPUT',
        fields: ['status'],
      });
      expect(await stored(report.id)).toEqual(before);
    });
  });
});
