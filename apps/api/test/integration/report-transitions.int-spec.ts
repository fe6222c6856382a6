import {
  AgencyKind,
  isReportEditable,
  nextReportStatus,
  ReportAction,
  ReportStatus,
  Role,
} from '@partrack/shared';
import { makeAgency, makeProvince, Province, tokensByRole } from '../support/fixtures';
import { auditActions, codeOf, countRows, fieldsOf, leakIn, race, tally } from '../support/gql-checks';
import { openAdHocRound } from '../support/report-fixtures';
import { createTestApp, GqlResponse, TestApp } from '../support/test-app';

type Action = ReportAction | 'UPDATE';
type Report = { id: string; status: string; version: number; frozen: boolean };

/**
 * The workflow as docs/reports.md draws it, written out here (not read from the server) so that the
 * shared table `nextReportStatus` is checked against it. UPDATE is editing the narrative.
 */
const ALLOWED: Record<ReportStatus, Partial<Record<Action, ReportStatus>>> = {
  DRAFT: { SUBMIT: ReportStatus.SUBMITTED, UPDATE: ReportStatus.DRAFT },
  SUBMITTED: { ACCEPT: ReportStatus.ACCEPTED, RETURN: ReportStatus.RETURNED },
  ACCEPTED: { REOPEN: ReportStatus.RETURNED },
  RETURNED: { SUBMIT: ReportStatus.SUBMITTED, UPDATE: ReportStatus.RETURNED },
};
const STATUSES = Object.values(ReportStatus);
const ACTIONS: Action[] = [...Object.values(ReportAction), 'UPDATE'];
const REPORT = 'id status version frozen';
const RACERS = 20;

describe('agency report transitions and reopening', () => {
  let t: TestApp;
  let p: Province;
  let tokens: Record<Role, string>;
  let outsider: string;
  let roundId: string;
  const fresh: string[] = []; // DRAFT reports not used yet
  let ownReportId: string; // the report of RT-D1, whose officer and manager get its notifications

  /** Performs one action as the role the workflow gives it (admin edits any agency's report). */
  const act = (
    report: Report,
    action: Action,
    token?: string,
  ): Promise<GqlResponse<Record<string, Report>>> => {
    switch (action) {
      case 'UPDATE':
        return t.gql(
          `mutation($i: UpdateAgencyReportInput!) { updateAgencyReport(input: $i) { ${REPORT} } }`,
          {
            i: {
              id: report.id,
              version: report.version,
              narrative: { direction: `Chỉ đạo ${Math.random()}` },
            },
          },
          { token: token ?? tokens.ADMIN },
        );
      case ReportAction.SUBMIT:
        return t.gql(
          `mutation($id: ID!, $v: Int!) { submitAgencyReport(id: $id, version: $v) { ${REPORT} } }`,
          { id: report.id, v: report.version },
          { token: token ?? tokens.ADMIN },
        );
      case ReportAction.ACCEPT:
      case ReportAction.RETURN:
        return t.gql(
          `mutation($i: ReviewAgencyReportInput!) { reviewAgencyReport(input: $i) { ${REPORT} } }`,
          { i: { id: report.id, version: report.version, decision: action, comment: 'Bổ sung số liệu' } },
          { token: token ?? tokens.COORDINATOR },
        );
      case ReportAction.REOPEN:
        return t.gql(
          `mutation($id: ID!, $v: Int!, $c: String!) { reopenAgencyReport(id: $id, version: $v, comment: $c) { ${REPORT} } }`,
          { id: report.id, v: report.version, c: 'Số liệu lĩnh vực VI chưa đúng' },
          { token: token ?? tokens.COORDINATOR },
        );
    }
  };
  const read = async (id: string): Promise<Report> => {
    const res = await t.gql<{ agencyReport: Report }>(
      `query($id: ID!) { agencyReport(id: $id) { ${REPORT} } }`,
      { id },
      { token: tokens.COORDINATOR },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.agencyReport;
  };
  /** The stored row, its events and its audit trail: what a refused or losing request must not touch. */
  const state = async (id: string) => ({
    row: await t.dataSource.query('SELECT * FROM agency_report WHERE id = $1', [id]),
    events: await t.dataSource.query('SELECT * FROM report_event WHERE report_id = $1 ORDER BY created_at', [
      id,
    ]),
    audit: await auditActions(t, id),
  });
  const PATH: Record<ReportStatus, Action[]> = {
    DRAFT: [],
    SUBMITTED: [ReportAction.SUBMIT],
    ACCEPTED: [ReportAction.SUBMIT, ReportAction.ACCEPT],
    RETURNED: [ReportAction.SUBMIT, ReportAction.RETURN],
  };
  /** A report not used by any other case, driven to `status` through the API. */
  const reportIn = async (status: ReportStatus, id = fresh.shift()): Promise<Report> => {
    if (!id) throw new Error('out of fresh reports: add agencies in beforeAll');
    let report = await read(id);
    for (const step of PATH[status]) {
      const res = await act(report, step);
      if (!res.data) throw new Error(JSON.stringify(res.errors));
      report = Object.values(res.data)[0];
    }
    expect(report.status).toBe(status);
    return report;
  };

  beforeAll(async () => {
    t = await createTestApp();
    p = await makeProvince(t, 'RT');
    for (let i = 2; i <= 14; i++)
      await makeAgency(t, `RT-D${i}`, p.root, { name: `Huyện ${i}`, kind: AgencyKind.PEOPLES_COMMITTEE });
    tokens = await tokensByRole(t, p, 'rt');
    outsider = (await tokensByRole(t, await makeProvince(t, 'RX'), 'rx')).COORDINATOR;
    roundId = await openAdHocRound(t, tokens.COORDINATOR);
    const rows: { id: string; code: string }[] = await t.dataSource.query(
      `SELECT r.id, a.code FROM agency_report r JOIN agency a ON a.id = r.agency_id
        WHERE r.round_id = $1 AND a.code <> 'RT-D1' ORDER BY a.code`,
      [roundId],
    );
    fresh.push(...rows.map((r) => r.id));
    [{ id: ownReportId }] = await t.dataSource.query(
      `SELECT r.id FROM agency_report r JOIN agency a ON a.id = r.agency_id WHERE r.round_id = $1 AND a.code = 'RT-D1'`,
      [roundId],
    );
  });
  afterAll(() => t.close());

  it('the shared table nextReportStatus is the documented workflow', () => {
    for (const status of STATUSES)
      for (const action of Object.values(ReportAction))
        expect([status, action, nextReportStatus(status, action)]).toEqual([
          status,
          action,
          ALLOWED[status][action] ?? null,
        ]);
    expect(STATUSES.filter(isReportEditable)).toEqual(
      STATUSES.filter((s) => ALLOWED[s].UPDATE !== undefined),
    );
  });

  it('refuses every other action in every status with BAD_USER_INPUT naming it, and changes nothing', async () => {
    let refusals = 0;
    for (const status of STATUSES) {
      const report = await reportIn(status);
      for (const action of ACTIONS.filter((a) => ALLOWED[status][a] === undefined)) {
        const before = await state(report.id);
        const res = await act(report, action);
        expect([status, action, codeOf(res)]).toEqual([status, action, 'BAD_USER_INPUT']);
        // Review actions name the action and the status; edits and submissions name the status field.
        if (action === 'UPDATE' || action === ReportAction.SUBMIT) expect(fieldsOf(res)).toEqual(['status']);
        else expect(res.errors![0].message).toBe(`Cannot ${action} a report whose status is ${status}.`);
        expect(res.errors![0].message).toContain(status);
        expect(leakIn(res)).toBeNull();
        expect(await state(report.id)).toEqual(before);
        refusals++;
      }
    }
    expect(refusals).toBe(STATUSES.length * ACTIONS.length - 7);
  });

  for (const status of STATUSES)
    for (const [action, next] of Object.entries(ALLOWED[status]) as [Action, ReportStatus][])
      it(`${status} --${action}--> ${next}: ${RACERS} at once with one version, exactly one wins`, async () => {
        const report = await reportIn(status);
        const before = await state(report.id);
        const answers = await race(RACERS, () => act(report, action));
        // A loser that read the row before the winner committed fails on the version (CONFLICT); one that
        // read it after sees the new status (BAD_USER_INPUT, illegal transition). Either way: refused.
        const { OK, CONFLICT = 0, BAD_USER_INPUT = 0, ...others } = tally(answers);
        expect({ OK, refused: CONFLICT + BAD_USER_INPUT, others }).toEqual({
          OK: 1,
          refused: RACERS - 1,
          others: {},
        });
        for (const a of answers) expect(leakIn(a)).toBeNull();
        const after = await read(report.id);
        expect(after).toMatchObject({ status: next, version: report.version + 1 });
        const winner = answers.find((a) => !a.errors)!;
        expect(Object.values(winner.data!)[0]).toEqual(after);
        const { events, audit } = await state(report.id);
        const audited = action === 'UPDATE' ? 'agencyReport.update' : `agencyReport.${action.toLowerCase()}`;
        expect(audit).toEqual([...before.audit, audited]);
        expect(events.length).toBe(before.events.length + (action === 'UPDATE' ? 0 : 1));
      });

  describe('reopenAgencyReport', () => {
    it('only coordinators of the province (and admins) reopen; the others are refused and nothing changes', async () => {
      const report = await reportIn(ReportStatus.ACCEPTED);
      const before = await state(report.id);
      for (const [token, code] of [
        [tokens.AGENCY_OFFICER, 'FORBIDDEN'],
        [tokens.AGENCY_MANAGER, 'FORBIDDEN'],
        [tokens.VIEWER, 'FORBIDDEN'],
        [outsider, 'NOT_FOUND'],
      ]) {
        const res = await act(report, ReportAction.REOPEN, token);
        expect(codeOf(res)).toBe(code);
        expect(await state(report.id)).toEqual(before);
      }
      const blank = await t.gql(
        'mutation($id: ID!, $v: Int!) { reopenAgencyReport(id: $id, version: $v, comment: "   ") { id } }',
        { id: report.id, v: report.version },
        { token: tokens.COORDINATOR },
      );
      expect(fieldsOf(blank)).toEqual(['comment']);
      expect(await state(report.id)).toEqual(before);
      const stale = await act({ ...report, version: report.version - 1 }, ReportAction.REOPEN);
      expect(codeOf(stale)).toBe('CONFLICT');
      expect(await state(report.id)).toEqual(before);
      expect(codeOf(await act(report, ReportAction.REOPEN, tokens.ADMIN))).toBe('OK');
    });

    it('sends an accepted report back as RETURNED, live again, with the comment in its events, audited and notified', async () => {
      const report = await reportIn(ReportStatus.ACCEPTED, ownReportId);
      const res = await act(report, ReportAction.REOPEN);
      expect(Object.values(res.data!)[0]).toMatchObject({ status: 'RETURNED', frozen: false });
      const [row] = await t.dataSource.query(
        'SELECT accepted_at, snapshot FROM agency_report WHERE id = $1',
        [report.id],
      );
      expect(row).toEqual({ accepted_at: null, snapshot: null });
      const events = await t.gql<{
        agencyReport: { events: { action: string; status: string; comment: string }[] };
      }>(
        'query($id: ID!) { agencyReport(id: $id) { events { action status comment } } }',
        { id: report.id },
        { token: tokens.VIEWER },
      );
      expect(events.data!.agencyReport.events[0]).toEqual({
        action: 'REOPEN',
        status: 'RETURNED',
        comment: 'Số liệu lĩnh vực VI chưa đúng',
      });
      expect(await auditActions(t, report.id)).toEqual([
        'agencyReport.submit',
        'agencyReport.accept',
        'agencyReport.reopen',
      ]);
      expect(
        await countRows(t, 'notification', `entity_id = $1 AND kind = 'REPORT_RETURNED'`, [report.id]),
      ).toBeGreaterThan(0);
      // Back with the agency: it can be edited and submitted again.
      const reopened = await read(report.id);
      const again = await act(reopened, ReportAction.SUBMIT);
      expect(Object.values(again.data!)[0]).toMatchObject({ status: 'SUBMITTED', frozen: true });
    });
  });
});
