import { randomUUID } from 'node:crypto';
import { editWorkbook } from '../../src/indicators/formats/measurement-xlsx.fixture';
import { RECORD, REOPEN, REVIEW, SUBMIT } from '../support/indicator-fixtures';
import { buildScopeWorld, data, ScopeWorld, shape, snapshot, WATCHED } from '../support/scope-fixtures';
import { createTestApp, TestApp } from '../support/test-app';

interface Probe {
  name: string;
  token: string;
  query: string;
  vars: (named: string) => Record<string, unknown>;
  /** Province B's id (or agency code), which A's caller cannot read. */
  foreign: string;
  /** The error code both answers must carry; null = both answer data (an import reporting problems). */
  code: 'NOT_FOUND' | 'BAD_USER_INPUT' | null;
  /** What stands in for a name that exists nowhere; a fresh random uuid unless given. */
  missing?: string;
}

/** Every query and mutation that names one record of another province, as A's users would send it. */
function probesOf(w: ScopeWorld): Probe[] {
  const { a, b, ta, own, theirs } = w;
  const officer = ta.AGENCY_OFFICER;
  const coordinator = ta.COORDINATOR;
  const byId = (field: string, token: string, foreign: string, rest = '{ id }'): Probe => ({
    name: field,
    token,
    query: `query($id: ID!) { ${field}(id: $id) ${rest} }`,
    vars: (id) => ({ id }),
    foreign,
    code: 'NOT_FOUND',
  });
  const withInput = (
    name: string,
    token: string,
    type: string,
    foreign: string,
    input: (id: string) => Record<string, unknown>,
    code: Probe['code'] = 'NOT_FOUND',
  ): Probe => ({
    name,
    token,
    query: `mutation($i: ${type}Input!) { ${name.replace(/\(.*$/, '')}(input: $i) { id } }`,
    vars: (id) => ({ i: input(id) }),
    foreign,
    code,
  });
  const withArgs = (
    name: string,
    token: string,
    query: string,
    foreign: string,
    vars: Probe['vars'],
  ): Probe => ({
    name,
    token,
    query,
    vars,
    foreign,
    code: 'NOT_FOUND',
  });
  const figure = { period: '2022-Q2', numerator: 1, denominator: 2 };
  const { report, consolidated, submitted, approved } = theirs;
  // One probe a line, read as a table.
  // prettier-ignore
  return [
    byId('agency', ta.VIEWER, b.district.id),
    byId('plan', ta.VIEWER, theirs.planId),
    byId('planItem', ta.VIEWER, theirs.itemId),
    byId('indicator', ta.VIEWER, theirs.indicatorId),
    byId('measurement', officer, theirs.draft.id),
    byId('agencyGroup', coordinator, theirs.group.id, '{ id members { code } }'),
    byId('reportingRound', ta.VIEWER, theirs.roundId),
    byId('agencyReport', officer, report.id),
    withArgs('exportConsolidatedReport', coordinator, 'query($id: ID!) { exportConsolidatedReport(id: $id, format: DOCX) { filename } }', consolidated.id, (id) => ({ id })),
    withArgs('resolveAgencyNames(rootId)', coordinator, 'query($id: ID!) { resolveAgencyNames(text: "Sở Nội vụ", rootId: $id) { unresolved } }', b.root.id, (id) => ({ id })),
    withArgs('measurementTemplate(rootAgencyId)', coordinator, 'query($i: MeasurementTemplateInput!) { measurementTemplate(input: $i) { filename } }', b.root.id, (id) => ({ i: { planId: own.planId, rootAgencyId: id, period: '2022-Q1' } })),
    withArgs('submitMeasurements', officer, SUBMIT, theirs.draft.id, (id) => ({ ids: [id] })),
    withArgs('reviewMeasurement APPROVE', coordinator, REVIEW, submitted.id, (id) => ({ i: { id, version: submitted.version, decision: 'APPROVE' } })),
    withArgs('reviewMeasurement RETURN', coordinator, REVIEW, submitted.id, (id) => ({ i: { id, version: submitted.version, decision: 'RETURN', comment: 'x' } })),
    withArgs('reopenMeasurement', coordinator, REOPEN, approved.id, (id) => ({ i: { id, version: approved.version, reason: 'x' } })),
    withArgs('recordMeasurement(agencyId)', officer, RECORD, b.district.id, (id) => ({ i: { ...figure, indicatorId: own.indicatorId, agencyId: id } })),
    withArgs('recordMeasurement(indicatorId)', officer, RECORD, theirs.indicatorId, (id) => ({ i: { ...figure, indicatorId: id, agencyId: a.district.id } })),
    withInput('setIndicatorTargets(agencyId)', coordinator, 'SetIndicatorTargets', b.district.id, (id) => ({ id: own.indicatorId, version: own.indicatorVersion, targets: [{ agencyId: id, value: 10 }] })),
    withInput('updateAgencyGroup', coordinator, 'UpdateAgencyGroup', theirs.group.id, (id) => ({ id, version: theirs.group.version, name: 'x' })),
    withInput('updateAgencyGroup(memberIds)', coordinator, 'UpdateAgencyGroup', b.dept.id, (id) => ({ id: own.group.id, version: own.group.version, memberIds: [a.dept.id, id] }), 'BAD_USER_INPUT'),
    withInput('createAgencyGroup(memberIds)', coordinator, 'CreateAgencyGroup', b.district.id, (id) => ({ code: 'NEW', name: 'x', memberIds: [id] }), 'BAD_USER_INPUT'),
    withInput('createAgencyGroup(provinceId)', coordinator, 'CreateAgencyGroup', b.root.id, (id) => ({ code: 'NEW', name: 'x', memberIds: [], provinceId: id }), 'BAD_USER_INPUT'),
    withArgs('deleteAgencyGroup', coordinator, 'mutation($id: ID!) { deleteAgencyGroup(id: $id) }', theirs.group.id, (id) => ({ id })),
    withInput('mergeAgencies(sourceIds)', coordinator, 'MergeAgencies', b.commune.id, (id) => ({ targetId: a.district.id, sourceIds: [id], effectiveDate: '2023-01-01' })),
    withInput('moveAgency(newParentId)', coordinator, 'MoveAgency', b.district.id, (id) => ({ id: a.commune.id, newParentId: id })),
    withInput('postTaskUpdate(agencyId)', coordinator, 'PostTaskUpdate', b.district.id, (id) => ({ itemId: own.itemId, agencyId: id, note: 'x' })),
    withInput('updateAgencyReport', officer, 'UpdateAgencyReport', report.id, (id) => ({ id, version: report.version, signerName: 'x' })),
    withArgs('submitAgencyReport', officer, 'mutation($id: ID!, $v: Int!) { submitAgencyReport(id: $id, version: $v) { id } }', report.id, (id) => ({ id, v: report.version })),
    withInput('reviewAgencyReport', coordinator, 'ReviewAgencyReport', report.id, (id) => ({ id, version: report.version, decision: 'ACCEPT' })),
    withArgs('reopenAgencyReport', coordinator, 'mutation($id: ID!, $v: Int!) { reopenAgencyReport(id: $id, version: $v, comment: "x") { id } }', report.id, (id) => ({ id, v: report.version })),
    withInput('updateConsolidatedReport', coordinator, 'UpdateConsolidatedReport', consolidated.id, (id) => ({ id, version: consolidated.version, signerName: 'x' })),
    withArgs('finaliseConsolidatedReport', coordinator, 'mutation($id: ID!, $v: Int!) { finaliseConsolidatedReport(id: $id, version: $v) { id } }', consolidated.id, (id) => ({ id, v: consolidated.version })),
    withArgs('generateConsolidatedReport', coordinator, 'mutation($id: ID!) { generateConsolidatedReport(roundId: $id, redraw: true) { id } }', theirs.roundId, (id) => ({ id })),
    withArgs('deleteReportAttachment', officer, 'mutation($id: ID!) { deleteReportAttachment(id: $id) }', theirs.attachmentId, (id) => ({ id })),
  ];
}

describe('out of scope answers exactly like missing', () => {
  let t: TestApp;
  let w: ScopeWorld;
  let probes: Probe[];

  /** An import row naming B's district by its code is reported exactly like a code that names nothing. */
  const importProbe = async (): Promise<Probe> => {
    const { a, b, ta, own } = w;
    const { measurementTemplate } = await data<{ measurementTemplate: { contentBase64: string } }>(
      t,
      'query($i: MeasurementTemplateInput!) { measurementTemplate(input: $i) { contentBase64 } }',
      { i: { planId: own.planId, period: '2022-Q4', rootAgencyId: a.root.id, level: 'DISTRICT' } },
      ta.COORDINATOR,
    );
    const blank = Buffer.from(measurementTemplate.contentBase64, 'base64');
    const files = new Map<string, string>();
    for (const code of [b.district.code, 'ZZ-NOWHERE']) {
      const file = await editWorkbook(blank, (sheet) =>
        sheet.eachRow((row) => {
          if (row.getCell(1).text !== a.district.code) return;
          row.getCell(1).value = code;
          row.getCell(4).value = 1;
          row.getCell(5).value = 2;
        }),
      );
      files.set(code, file.toString('base64'));
    }
    return {
      name: 'importMeasurements(agency code)',
      token: ta.COORDINATOR,
      query:
        'mutation($i: ImportMeasurementsInput!) { importMeasurements(input: $i) { applied created problems { line field code message } } }',
      vars: (code) => ({ i: { planId: own.planId, contentBase64: files.get(code), dryRun: false } }),
      foreign: b.district.code,
      missing: 'ZZ-NOWHERE',
      code: null,
    };
  };

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildScopeWorld(t);
    probes = [...probesOf(w), await importProbe()];
  });
  afterAll(() => t.close());

  it('answers for another province’s record as for an id that names nothing, and writes nothing', async () => {
    const before = await snapshot(t);
    const leaks: string[] = [];
    for (const probe of probes) {
      const missing = probe.missing ?? randomUUID();
      const foreign = await t.gql(probe.query, probe.vars(probe.foreign), { token: probe.token });
      const random = await t.gql(probe.query, probe.vars(missing), { token: probe.token });
      const code = probe.code ? foreign.errors?.[0]?.extensions?.code : foreign.data ? null : 'error';
      if (code !== probe.code) leaks.push(`${probe.name}: answered ${String(code)}`);
      const [seen, unseen] = [shape(foreign, probe.foreign), shape(random, missing)];
      if (seen !== unseen) leaks.push(`${probe.name}: ${seen} differs from ${unseen}`);
      const after = await snapshot(t);
      const written = WATCHED.filter((table) => after[table] !== before[table]);
      if (written.length) leaks.push(`${probe.name}: wrote ${written.join(', ')}`);
    }
    expect(leaks).toEqual([]);
    expect(probes).toHaveLength(35);
    const imported = await t.gql<{ importMeasurements: { applied: boolean; problems: { code: string }[] } }>(
      probes[34].query,
      probes[34].vars(w.b.district.code),
      { token: w.ta.COORDINATOR },
    );
    expect(imported.data?.importMeasurements).toMatchObject({
      applied: false,
      problems: [{ code: 'UNKNOWN_AGENCY' }],
    });
  });

  it('keeps FORBIDDEN for what the caller can read but may not change', async () => {
    const { ownDeptFigure, ta } = w;
    const read = await t.gql(
      'query($id: ID!) { measurement(id: $id) { id } }',
      { id: ownDeptFigure.id },
      { token: ta.AGENCY_OFFICER },
    );
    expect(read.errors).toBeUndefined();
    const before = await snapshot(t);
    const submit = await t.gql(SUBMIT, { ids: [ownDeptFigure.id] }, { token: ta.AGENCY_OFFICER });
    expect(submit.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await snapshot(t)).toEqual(before);
  });
});
