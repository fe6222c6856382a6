import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { paragraphs } from '../../src/reports/formats/report-docx.xml.fixture';
import { agencyId, demoToken } from '../support/plan-fixtures';
import { createTestApp, TestApp } from '../support/test-app';
import { errorFields } from '../support/indicator-fixtures';

const REPORT = `id status version late dueDate frozen agency { code }
  narrative { direction assessment areas { areaCode text } }
  data { period asOf areas { areaCode total done inProgress notStarted overdue tasks { code status } }
         indicators { code value target status } contributions { code notes } }
  events { action status comment }`;

type Area = {
  areaCode: string | null;
  total: number;
  done: number;
  inProgress: number;
  notStarted: number;
  overdue: number;
  tasks: { code: string; status: string }[];
};
type Report = {
  id: string;
  status: string;
  version: number;
  late: boolean;
  dueDate: string;
  frozen: boolean;
  agency: { code: string };
  narrative: { direction: string | null; areas: { areaCode: string; text: string }[] | null };
  data: {
    period: string;
    asOf: string;
    areas: Area[];
    indicators: { code: string; value: number | null }[];
    contributions: { code: string }[];
  };
  events: { action: string; status: string; comment: string | null }[];
};

describe('periodic reports: rounds, agency reports, review, consolidation', () => {
  let t: TestApp;
  let coordinator: string;
  let officer: string; // Sở Thông tin và Truyền thông
  let manager: string; // Tam Kỳ
  let viewer: string;
  let roundId: string;
  let report: Report;

  const get = async (id: string, token = officer) => {
    const res = await t.gql<{ agencyReport: Report }>(
      `query($id: ID!) { agencyReport(id: $id) { ${REPORT} } }`,
      { id },
      { token },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.agencyReport;
  };
  const reportOf = async (code: string) => {
    const [{ id }] = await t.dataSource.query(
      'SELECT r.id FROM agency_report r JOIN agency a ON a.id = r.agency_id WHERE a.code = $1 AND r.round_id = $2',
      [code, roundId],
    );
    return get(id as string, coordinator);
  };

  beforeAll(async () => {
    t = await createTestApp({ SEED_DEMO_DATA: 'true' });
    coordinator = await demoToken(t, 'coordinator');
    officer = await demoToken(t, 'officer');
    manager = await demoToken(t, 'manager');
    viewer = await demoToken(t, 'viewer');
  });
  afterAll(() => t.close());

  it('exposes the calendar of a year', async () => {
    const res = await t.gql<{ reportingPeriods: Record<string, string>[] }>(
      '{ reportingPeriods(year: 2022) { kind period dataFrom dataTo dueDate dueProvince dueDistrict dueCommune } }',
      {},
      { token: viewer },
    );
    expect(res.data!.reportingPeriods[0]).toEqual({
      kind: 'Q1',
      period: '2022-Q1',
      dataFrom: '2021-12-15',
      dataTo: '2022-03-14',
      dueDate: '2022-03-20',
      dueProvince: '2022-03-18',
      dueDistrict: '2022-03-11',
      dueCommune: '2022-03-04',
    });
  });

  it('opens a periodic round once and gives every reporting agency a report with its level’s due date', async () => {
    const open = () =>
      t.gql<{ openReportingRound: { id: string; title: string } }>(
        'mutation { openReportingRound(input: { kind: H1, year: 2022 }) { id title } }',
        {},
        { token: coordinator },
      );
    const first = await open();
    const h1 = first.data!.openReportingRound.id;
    expect(first.data!.openReportingRound.title).toBe('Báo cáo cải cách hành chính 6 tháng đầu năm 2022');
    expect((await open()).data!.openReportingRound.id).toBe(h1);
    const rows: { level: string; due: string; n: number }[] = await t.dataSource.query(
      `SELECT a.level::text AS level, to_char(r.due_date, 'YYYY-MM-DD') AS due, count(*)::int AS n
         FROM agency_report r JOIN agency a ON a.id = r.agency_id WHERE r.round_id = $1 GROUP BY 1, 2 ORDER BY 1`,
      [h1],
    );
    const [{ n: agencies }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM agency WHERE code <> 'QNA' AND valid_to IS NULL`,
    );
    expect(rows.reduce((sum, r) => sum + r.n, 0)).toBe(agencies);
    // 20/6/2022 is a Monday: province 20/6, districts 15/6, communes 10/6.
    expect(rows.map((r) => `${r.level}:${r.due}`)).toEqual([
      'COMMUNE:2022-06-10',
      'DISTRICT:2022-06-15',
      'PROVINCE:2022-06-20',
    ]);
    expect(
      errorFields(
        await t.gql(
          'mutation { openReportingRound(input: { kind: Q1, year: 2022 }) { id } }',
          {},
          { token: officer },
        ),
      ),
    ).toEqual(['FORBIDDEN']);
  });

  it('opens an ad hoc round with its own dates, refusing incomplete ones', async () => {
    const open = (extra: Record<string, unknown>) =>
      t.gql<{ openReportingRound: { id: string } }>(
        'mutation($i: OpenReportingRoundInput!) { openReportingRound(input: $i) { id } }',
        {
          i: {
            kind: 'AD_HOC',
            year: 2022,
            title: 'Báo cáo đột xuất 6 tháng',
            period: '2022-H1',
            dataFrom: '2021-12-15',
            ...extra,
          },
        },
        { token: coordinator },
      );
    expect(errorFields(await open({ dataTo: '2022-06-14' }))).toEqual(['dueDate']);
    expect(errorFields(await open({ dataTo: '2021-01-01', dueDate: '2022-06-20' }))).toEqual(['dataTo']);
    roundId = (await open({ dataTo: '2022-06-14', dueDate: '2022-06-20' })).data!.openReportingRound.id;
    expect(roundId).toBeTruthy();
  });

  it("drafts itself from the agency's tasks and indicators", async () => {
    report = await reportOf('QNA-STTTT');
    expect(report).toMatchObject({
      status: 'DRAFT',
      frozen: false,
      dueDate: '2022-06-20',
      agency: { code: 'QNA-STTTT' },
    });
    const led: { code: string; area: string | null; status: string }[] = await t.dataSource.query(
      `SELECT DISTINCT i.code, i.area_code AS area, i.status::text AS status, i.sort_order FROM plan_item i
         JOIN plan p ON p.id = i.plan_id JOIN plan_item_agency pia ON pia.item_id = i.id AND pia.role = 'LEAD'
         LEFT JOIN agency_group_member gm ON gm.group_id = pia.group_id
        WHERE p.code = 'KH-CCHC-2022' AND i.kind IN ('TASK', 'PROJECT') AND (pia.agency_id = $1 OR gm.agency_id = $1)
        ORDER BY i.sort_order`,
      [await agencyId(t, 'QNA-STTTT')],
    );
    expect(led.length).toBeGreaterThan(0);
    const listed = report.data.areas.flatMap((a) => a.tasks.map((task) => task.code));
    expect(listed.sort()).toEqual(led.map((l) => l.code).sort());
    for (const area of report.data.areas) {
      expect(area.total).toBe(led.filter((l) => l.area === area.areaCode).length);
      expect(area.done).toBe(led.filter((l) => l.area === area.areaCode && l.status === 'DONE').length);
    }
    expect(report.data).toMatchObject({ period: '2022-H1', asOf: '2022-06-14' });
    expect(report.data.indicators.length).toBeGreaterThan(5);
  });

  it('takes attachments over HTTP while the report is with the agency', async () => {
    const upload = (token: string, name: string, body: Buffer) => {
      const form = new FormData();
      form.append('file', new Blob([body], { type: 'application/pdf' }), name);
      return fetch(`${t.url}/files/report-attachments/${report.id}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: form,
      });
    };
    const pdf = Buffer.from('%PDF-1.4 biên bản họp');
    const res = await upload(officer, 'Biên bản họp.pdf', pdf);
    expect(res.status).toBe(201);
    const saved = (await res.json()) as { id: string; filename: string; size: number; url: string };
    expect(saved).toMatchObject({ filename: 'Biên bản họp.pdf', size: pdf.length });
    expect((await upload(manager, 'x.pdf', pdf)).status).toBe(403);
    expect((await fetch(`${t.url}${saved.url}`)).status).toBe(401);
    const back = await fetch(`${t.url}${saved.url}`, { headers: { authorization: `Bearer ${viewer}` } });
    expect(back.status).toBe(200);
    expect(back.headers.get('content-disposition')).toContain(encodeURIComponent('Biên bản họp.pdf'));
    expect(Buffer.from(await back.arrayBuffer())).toEqual(pdf);
    const listed = await t.gql<{ agencyReport: { attachments: { filename: string }[] } }>(
      'query($id: ID!) { agencyReport(id: $id) { attachments { filename } } }',
      { id: report.id },
      { token: viewer },
    );
    expect(listed.data!.agencyReport.attachments).toEqual([{ filename: 'Biên bản họp.pdf' }]);
    const second = (await (await upload(officer, 'extra.txt', Buffer.from('x'))).json()) as { id: string };
    const removed = await t.gql(
      'mutation($id: ID!) { deleteReportAttachment(id: $id) }',
      { id: second.id },
      { token: officer },
    );
    expect(removed.data).toEqual({ deleteReportAttachment: true });
    report = await get(report.id);
  });

  it('only the agency’s staff write it; the data freezes on submission; late after the due date', async () => {
    const update = (id: string, version: number, token: string) =>
      t.gql<{ updateAgencyReport: Report }>(
        `mutation($i: UpdateAgencyReportInput!) { updateAgencyReport(input: $i) { ${REPORT} } }`,
        {
          i: {
            id,
            version,
            narrative: {
              direction: 'Ban hành **kế hoạch** chuyển đổi số.\n- Họp 2 lần',
              areas: [{ areaCode: 'VI', text: 'Hoàn thành nền tảng dữ liệu.' }],
            },
          },
        },
        { token },
      );
    expect(errorFields(await update(report.id, report.version, manager))).toEqual(['FORBIDDEN']);
    expect(errorFields(await update(report.id, report.version, viewer))).toEqual(['FORBIDDEN']);
    const written = (await update(report.id, report.version, officer)).data!.updateAgencyReport;
    expect(written.narrative.areas).toEqual([{ areaCode: 'VI', text: 'Hoàn thành nền tảng dữ liệu.' }]);
    expect(errorFields(await update(report.id, report.version, officer))).toEqual(['CONFLICT']);

    const accept = await t.gql(
      `mutation($i: ReviewAgencyReportInput!) { reviewAgencyReport(input: $i) { id } }`,
      { i: { id: report.id, version: written.version, decision: 'ACCEPT' } },
      { token: coordinator },
    );
    expect(accept.errors![0].message).toMatch(/ACCEPT.*DRAFT/);

    const submitted = (
      await t.gql<{ submitAgencyReport: Report }>(
        `mutation($id: ID!, $v: Int!) { submitAgencyReport(id: $id, version: $v) { ${REPORT} } }`,
        { id: report.id, v: written.version },
        { token: officer },
      )
    ).data!.submitAgencyReport;
    expect(submitted).toMatchObject({ status: 'SUBMITTED', frozen: true, late: true });
    const before = submitted.data.areas;
    // A task of the agency changes after submission: the submitted report does not.
    const open = before.flatMap((a) => a.tasks).find((task) => task.status !== 'DONE');
    if (open)
      await t.dataSource.query(`UPDATE plan_item SET status = 'DONE', progress = 100 WHERE code = $1`, [
        open.code,
      ]);
    expect((await get(report.id)).data.areas).toEqual(before);
    expect(errorFields(await update(report.id, submitted.version, officer))).toEqual(['status']);
    report = submitted;
  });

  it('returned with a comment, resubmitted, accepted; every transition recorded', async () => {
    const review = (decision: string, version: number, comment?: string, token = coordinator) =>
      t.gql<{ reviewAgencyReport: Report }>(
        `mutation($i: ReviewAgencyReportInput!) { reviewAgencyReport(input: $i) { ${REPORT} } }`,
        { i: { id: report.id, version, decision, comment } },
        { token },
      );
    expect(errorFields(await review('RETURN', report.version))).toEqual(['comment']);
    expect(errorFields(await review('ACCEPT', report.version, undefined, officer))).toEqual(['FORBIDDEN']);
    const returned = (await review('RETURN', report.version, 'Bổ sung số liệu lĩnh vực VI')).data!
      .reviewAgencyReport;
    expect(returned).toMatchObject({ status: 'RETURNED', frozen: false });
    const again = await t.gql<{ submitAgencyReport: { status: string } }>(
      'mutation($id: ID!, $v: Int!) { submitAgencyReport(id: $id, version: $v) { status } }',
      { id: report.id, v: returned.version },
      { token: officer },
    );
    expect(again.data!.submitAgencyReport.status).toBe('SUBMITTED');
    const current = await get(report.id);
    const accepted = (await review('ACCEPT', current.version)).data!.reviewAgencyReport;
    expect(accepted.status).toBe('ACCEPTED');
    expect(accepted.events.map((e) => `${e.action}:${e.status}`).reverse()).toEqual([
      'SUBMIT:SUBMITTED',
      'RETURN:RETURNED',
      'SUBMIT:SUBMITTED',
      'ACCEPT:ACCEPTED',
    ]);
    expect(accepted.events.find((e) => e.action === 'RETURN')!.comment).toBe('Bổ sung số liệu lĩnh vực VI');
    const notified: { email: string; kind: string }[] = await t.dataSource.query(
      `SELECT u.email, n.kind::text AS kind FROM notification n JOIN app_user u ON u.id = n.user_id
        WHERE n.entity_id = $1 ORDER BY n.created_at`,
      [report.id],
    );
    expect(notified).toEqual(
      expect.arrayContaining([
        { email: 'coordinator@demo.partrack.vn', kind: 'REPORT_SUBMITTED' },
        { email: 'officer@demo.partrack.vn', kind: 'REPORT_RETURNED' },
        { email: 'officer@demo.partrack.vn', kind: 'REPORT_ACCEPTED' },
      ]),
    );
    const lateForm = new FormData();
    lateForm.append('file', new Blob(['x'], { type: 'text/plain' }), 'x.txt');
    const late = await fetch(`${t.url}/files/report-attachments/${report.id}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${officer}` },
      body: lateForm,
    });
    expect(late.status).toBe(400);
    const lateBody = (await late.json()) as { errors: { extensions: { fields: { field: string }[] } }[] };
    expect(lateBody.errors[0].extensions.fields[0].field).toBe('status');
    const audit: { action: string }[] = await t.dataSource.query(
      `SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY created_at`,
      [report.id],
    );
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'agencyReport.update',
        'agencyReport.submit',
        'agencyReport.return',
        'agencyReport.accept',
      ]),
    );
  });

  it('exports the accepted report as a Decree 30 Word document and its appendices as Excel', async () => {
    const file = async (format: string) => {
      const res = await t.gql<{
        exportAgencyReport: { filename: string; mimeType: string; contentBase64: string };
      }>(
        'query($id: ID!, $f: ReportFileFormat!) { exportAgencyReport(id: $id, format: $f) { filename mimeType contentBase64 } }',
        { id: report.id, f: format },
        { token: viewer },
      );
      if (!res.data) throw new Error(JSON.stringify(res.errors));
      return res.data.exportAgencyReport;
    };
    const docx = await file('DOCX');
    expect(docx.filename).toBe('Bao-cao-2022-H1-QNA-STTTT.docx');
    const zip = await JSZip.loadAsync(Buffer.from(docx.contentBase64, 'base64'));
    const text = paragraphs(await zip.file('word/document.xml')!.async('string')).map((p) => p.text);
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
      'BÁO CÁO',
      'đột xuất 6 tháng',
      'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH',
      'II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH',
      'Bảng 1. Kết quả thực hiện nhiệm vụ theo lĩnh vực',
      'V. ĐỀ XUẤT, KIẾN NGHỊ',
      'Nơi nhận:',
    ]) {
      expect(text).toContainEqual(expect.stringContaining(expected));
    }
    expect(text.join('\n')).toContain('Hoàn thành nền tảng dữ liệu.');
    const xlsx = await file('XLSX');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(Buffer.from(xlsx.contentBase64, 'base64')).buffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Nhiệm vụ', 'Chỉ tiêu']);
    const codes = report.data.areas.flatMap((a) => a.tasks.map((task) => task.code));
    const sheetCodes: string[] = [];
    book.getWorksheet('Nhiệm vụ')!.eachRow((row) => sheetCodes.push(row.getCell(2).text));
    expect(sheetCodes).toEqual(expect.arrayContaining(codes));
  });

  it('the consolidated report adds up the parts and draws the narrative from accepted reports', async () => {
    const gen = await t.gql<{
      generateConsolidatedReport: {
        id: string;
        version: number;
        narrative: { direction: string; areas: { areaCode: string; text: string }[] };
        completeness: Record<string, number>;
        data: { areas: Area[] };
      };
    }>(
      `mutation($r: ID!) { generateConsolidatedReport(roundId: $r) { id version narrative { direction areas { areaCode text } }
         completeness { expected submitted accepted returned missing onTime late }
         data { areas { areaCode total done inProgress notStarted overdue } } } }`,
      { r: roundId },
      { token: coordinator },
    );
    const c = gen.data!.generateConsolidatedReport;
    expect(c.narrative.direction).toContain('Ban hành **kế hoạch** chuyển đổi số.');
    expect(c.narrative.areas.find((a) => a.areaCode === 'VI')!.text).toMatch(
      /^- \*\*.+\*\*: Hoàn thành nền tảng dữ liệu\.$/,
    );
    const { expected, submitted, returned, missing, onTime, late, accepted } = c.completeness;
    expect(submitted + returned + missing).toBe(expected);
    expect(accepted).toBe(1);
    expect(onTime + late).toBe(1);
    const plan: { area: string | null; n: number; done: number }[] = await t.dataSource.query(
      `SELECT i.area_code AS area, count(*)::int AS n, count(*) FILTER (WHERE i.status = 'DONE')::int AS done
         FROM plan_item i JOIN plan p ON p.id = i.plan_id WHERE p.code = 'KH-CCHC-2022' AND i.kind IN ('TASK', 'PROJECT') GROUP BY 1`,
    );
    for (const area of c.data.areas) {
      const row = plan.find((p) => p.area === area.areaCode) ?? { n: 0, done: 0 };
      expect([area.total, area.done]).toEqual([row.n, row.done]);
      expect(area.done + area.inProgress + area.notStarted).toBeLessThanOrEqual(area.total);
    }
    const fin = await t.gql<{ finaliseConsolidatedReport: { status: string } }>(
      'mutation($id: ID!, $v: Int!) { finaliseConsolidatedReport(id: $id, version: $v) { status } }',
      { id: c.id, v: c.version },
      { token: coordinator },
    );
    expect(fin.data!.finaliseConsolidatedReport.status).toBe('FINAL');
    const redraw = await t.gql(
      'mutation($r: ID!) { generateConsolidatedReport(roundId: $r, redraw: true) { id } }',
      { r: roundId },
      { token: coordinator },
    );
    expect(errorFields(redraw)).toEqual(['status']);
  });
});
