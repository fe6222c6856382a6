import { ParAssessmentStatus, ParTargetGroup, Role } from '@partrack/shared';
import { Actor } from '../../src/common/context/actor';
import { ParAssessmentsService } from '../../src/par-index/par-assessments.service';
import { graphql } from '../gql';
import { login, makeProvince, makeUser, Province } from '../support/fixtures';
import { statementsDuring } from '../support/sql-counter';
import { createTestApp, TestApp } from '../support/test-app';
import { OPEN_CYCLE } from './par-assessments.documents';
import { lockedFramework, smallDefinition } from './par-index.setup';

const CYCLES_WITH_COUNTS = graphql(`
  query ParCyclesWithStatusCountsForTest($first: Int) {
    parCycles(first: $first) {
      edges {
        node {
          id
          year
          statusCounts {
            targetGroup
            status
            count
          }
        }
      }
    }
  }
`);

const ASSESSMENTS_BY_STATUS = graphql(`
  query ParAssessmentsByStatusForTest($cycleId: ID!, $status: [ParAssessmentStatus!]) {
    parAssessments(cycleId: $cycleId, status: $status) {
      totalCount
      edges {
        node {
          id
          status
          agency {
            code
          }
        }
      }
    }
  }
`);

const STATUSES = Object.values(ParAssessmentStatus);

describe('PAR Index cycle status counts and the status filter', () => {
  let t: TestApp;
  let p: Province;
  let token: Record<'coordinator' | 'viewer' | 'other', string>;
  let otherActor: Actor;
  const cycleIds: string[] = [];

  /** Sets an assessment's step straight in the table: the flow itself is what other specs test. */
  const setStatus = (cycleId: string, agencyId: string, status: ParAssessmentStatus) =>
    t.dataSource.query('UPDATE par_assessment SET status = $1 WHERE cycle_id = $2 AND agency_id = $3', [
      status,
      cycleId,
      agencyId,
    ]);
  const countsOf = async (who: string, first = 10) => {
    const res = await t.gql(CYCLES_WITH_COUNTS, { first }, { token: who });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return new Map(res.data.parCycles.edges.map((e) => [e.node.id, e.node.statusCounts]));
  };
  const assessments = async (cycleId: string, status?: ParAssessmentStatus[]) =>
    (await t.gql(ASSESSMENTS_BY_STATUS, { cycleId, status }, { token: token.coordinator })).data!
      .parAssessments;

  beforeAll(async () => {
    t = await createTestApp();
    p = await makeProvince(t, 'SC');
    const q = await makeProvince(t, 'SQ');
    const [, , otherId] = await Promise.all([
      makeUser(t, 'coord@sc.vn', Role.COORDINATOR, p.dept),
      makeUser(t, 'viewer@sc.vn', Role.VIEWER, p.district),
      makeUser(t, 'coord@sq.vn', Role.COORDINATOR, q.dept),
    ]);
    otherActor = {
      kind: 'USER',
      id: otherId,
      label: 'coord@sq.vn',
      role: Role.COORDINATOR,
      agencyId: q.dept.id,
      provinceRootId: q.root.id,
    };
    const [coordinator, viewer, other] = await Promise.all(
      ['coord@sc.vn', 'viewer@sc.vn', 'coord@sq.vn'].map(async (e) => (await login(t, e)).accessToken),
    );
    token = { coordinator, viewer, other };
    // Three cycles of the province (three years), so a page of one and a page of three can be compared.
    for (const year of [2030, 2031, 2032]) {
      const frameworks = await Promise.all(
        [ParTargetGroup.DEPARTMENT, ParTargetGroup.DISTRICT].map((g) =>
          lockedFramework(t, p.root.id, year, smallDefinition(g)),
        ),
      );
      const opened = await t.gql(
        OPEN_CYCLE,
        {
          i: {
            year,
            name: `Chỉ số CCHC năm ${year}`,
            frameworkIds: frameworks.map((f) => f.id),
            selfAssessmentDue: `${year}-12-31`,
          },
        },
        { token: coordinator },
      );
      if (!opened.data) throw new Error(JSON.stringify(opened.errors));
      cycleIds.push(opened.data.openParCycle.id);
    }
    await setStatus(cycleIds[0], p.district.id, ParAssessmentStatus.SUBMITTED);
    await setStatus(cycleIds[0], p.dept.id, ParAssessmentStatus.FINALISED);
    await setStatus(cycleIds[1], p.dept.id, ParAssessmentStatus.APPRAISED);
  });
  afterAll(() => t.close());

  it('counts every step of each cycle, equal to its assessments, for whoever reads the province', async () => {
    for (const who of [token.coordinator, token.viewer]) {
      const counts = await countsOf(who);
      expect(counts.size).toBe(3);
      for (const cycleId of cycleIds) {
        const rows = (await assessments(cycleId)).edges.map((e) => e.node);
        const sums = STATUSES.map((status) => ({
          status,
          count: counts
            .get(cycleId)!
            .filter((c) => c.status === status)
            .reduce((sum, c) => sum + c.count, 0),
        }));
        expect(sums).toEqual(
          STATUSES.map((status) => ({ status, count: rows.filter((r) => r.status === status).length })),
        );
      }
    }
    // Per target group, every step listed: what publication waits for is all but PROVINCE.
    const first = (await countsOf(token.coordinator)).get(cycleIds[0])!;
    expect(first.filter((c) => c.count > 0).map((c) => [c.targetGroup, c.status, c.count])).toEqual([
      [ParTargetGroup.DEPARTMENT, ParAssessmentStatus.FINALISED, 1],
      [ParTargetGroup.DISTRICT, ParAssessmentStatus.SUBMITTED, 1],
    ]);
    const groups = [...new Set(first.map((c) => c.targetGroup))];
    expect(first.length).toBe(groups.length * STATUSES.length);
  });

  it("counts nothing of another province's cycles", async () => {
    expect((await countsOf(token.other)).size).toBe(0);
    const other = await t.gql(ASSESSMENTS_BY_STATUS, { cycleId: cycleIds[0] }, { token: token.other });
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // The counts are scoped by themselves, not only by the cycle their parent field let through.
    const byCycle = await t.app.get(ParAssessmentsService).statusCountsOf(otherActor, cycleIds);
    expect([...byCycle.values()].flat().every((c) => c.count === 0)).toBe(true);
  });

  it('filters assessments by status on the server, paged and counted', async () => {
    const submitted = await assessments(cycleIds[0], [ParAssessmentStatus.SUBMITTED]);
    expect(submitted.totalCount).toBe(1);
    expect(submitted.edges.map((e) => e.node.agency?.code)).toEqual(['SC-D1']);
    const two = await assessments(cycleIds[0], [
      ParAssessmentStatus.SUBMITTED,
      ParAssessmentStatus.FINALISED,
    ]);
    expect(two.edges.map((e) => e.node.status).sort()).toEqual(['FINALISED', 'SUBMITTED']);
    expect((await assessments(cycleIds[0], [])).totalCount).toBe(2);
    expect((await assessments(cycleIds[0], [ParAssessmentStatus.DRAFT])).totalCount).toBe(0);
    expect((await assessments(cycleIds[2], [ParAssessmentStatus.FINALISED])).totalCount).toBe(0);
  });

  it('counts the statuses of a page of cycles in a constant number of statements', async () => {
    const statements = async (first: number) =>
      (await statementsDuring(t, () => countsOf(token.coordinator, first))).length;
    expect(await statements(3)).toBe(await statements(1));
  });
});
