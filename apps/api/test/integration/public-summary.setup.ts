import { ParAssessmentStatus, Role } from '@partrack/shared';
import { Agency } from '../../src/agencies/agency.entity';
import { UsersService } from '../../src/users/users.service';
import { PASSWORD } from '../support/fixtures';
import { TestApp } from '../support/test-app';
import { addDepartment, openYear, RankingWorld, writeScores } from './par-ranking.setup';
import { plantSections, SectionsWorld } from './public-sections.setup';

/** What must never reach the public page: each is planted somewhere the summary reads near. */
export const SECRETS = {
  draftAgency: 'Sở Dự Thảo Bí Mật',
  draftTaskTitle: 'Nhiệm vụ dự thảo không công khai',
  personName: 'Nguyễn Thị Riêng Tư',
  personEmail: 'rieng.tu@pub.vn',
  note: 'Ghi chú nội bộ không công khai',
  evidence: 'https://noi-bo.example/chung-cu',
  unpublishedAgency: 'Sở Chưa Công Bố',
};

export const YEAR = 2031;
export const UNPUBLISHED_YEAR = 2032;

async function plan(t: TestApp, owner: Agency, code: string, status: string, year: number): Promise<string> {
  const [row] = await t.dataSource.query<{ id: string }[]>(
    `INSERT INTO plan (code, title, year, owner_agency_id, status) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [code, `Kế hoạch ${code}`, year, owner.id, status],
  );
  return row.id;
}

interface TaskSpec {
  code: string;
  area: string | null;
  status: 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE' | 'CANCELLED';
  due: string;
  lead: Agency;
  title?: string;
}

async function task(t: TestApp, planId: string, s: TaskSpec, order: number): Promise<string> {
  const [row] = await t.dataSource.query<{ id: string }[]>(
    `INSERT INTO plan_item (plan_id, kind, code, title, area_code, sort_order, due_date, status, progress,
                            evidence_link)
     VALUES ($1, 'TASK', $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      planId,
      s.code,
      s.title ?? `Nhiệm vụ ${s.code}`,
      s.area,
      order,
      s.due,
      s.status,
      s.status === 'DONE' ? 100 : 0,
      SECRETS.evidence,
    ],
  );
  await t.dataSource.query(
    `INSERT INTO plan_item_agency (item_id, role, agency_id) VALUES ($1, 'LEAD', $2)`,
    [row.id, s.lead.id],
  );
  return row.id;
}

export interface PublicWorld {
  /** Task ids of the issued plan by code */
  tasks: Map<string, string>;
  draftAgency: Agency;
  /** Surveys and inspection plans (public-sections.setup) */
  sections: SectionsWorld;
}

/**
 * The province of a RankingWorld with: an ACTIVE plan of YEAR (done, in progress, overdue, not started and
 * cancelled tasks in areas I and II and one without an area, with evidence and a coordinator's note), a DRAFT
 * plan led by an agency that leads nothing else, a user with a full name, a PUBLISHED cycle of YEAR with scores
 * and an OPEN cycle of UNPUBLISHED_YEAR with scores of an agency only it ranks; then surveys and inspection plans
 * shown and not shown (public-sections.setup).
 */
export async function publicWorld(t: TestApp, w: RankingWorld): Promise<PublicWorld> {
  const [stc, sxd] = w.agencies;
  const published = await openYear(t, w, YEAR);
  for (const [code, id] of published.assessments) {
    const points = code.endsWith('STC') ? 9 : code.endsWith('SXD') ? 7 : 5;
    await writeScores(t, id, published.criteria.DEPARTMENT, { '1.2': [points] });
  }
  await t.dataSource.query(`UPDATE par_assessment SET status = $1 WHERE cycle_id = $2`, [
    ParAssessmentStatus.FINALISED,
    published.cycleId,
  ]);
  await t.dataSource.query(`UPDATE par_cycle SET status = 'PUBLISHED', published_at = now() WHERE id = $1`, [
    published.cycleId,
  ]);
  // Created after the published cycle opened, so that only the draft plan names it.
  const draftAgency = await addDepartment(t, w.p, 'SDT', SECRETS.draftAgency);
  const active = await plan(t, w.p.root, `${w.p.root.code}-KH-${YEAR}`, 'ACTIVE', YEAR);
  const specs: TaskSpec[] = [
    { code: '3.1', area: 'I', status: 'DONE', due: `${YEAR}-03-31`, lead: stc },
    { code: '3.2', area: 'I', status: 'IN_PROGRESS', due: `${YEAR}-06-30`, lead: stc },
    { code: '3.3', area: 'I', status: 'IN_PROGRESS', due: '2020-06-30', lead: sxd },
    { code: '3.4', area: 'II', status: 'NOT_STARTED', due: `${YEAR}-12-31`, lead: sxd },
    { code: '3.5', area: 'II', status: 'CANCELLED', due: '2020-06-30', lead: sxd },
    { code: '3.6', area: null, status: 'DONE', due: `${YEAR}-12-31`, lead: stc },
  ];
  const tasks = new Map<string, string>();
  for (const [i, s] of specs.entries()) tasks.set(s.code, await task(t, active, s, i));
  const draft = await plan(t, w.p.root, `${w.p.root.code}-KH-DRAFT`, 'DRAFT', YEAR);
  const draftSpec: TaskSpec = {
    code: '3.1',
    area: 'III',
    status: 'IN_PROGRESS',
    due: '2020-01-01',
    lead: draftAgency,
    title: SECRETS.draftTaskTitle,
  };
  await task(t, draft, draftSpec, 0);

  const person = await t.app.get(UsersService).create(null, {
    email: SECRETS.personEmail,
    fullName: SECRETS.personName,
    role: Role.AGENCY_OFFICER,
    agencyId: stc.id,
    password: PASSWORD,
  });
  await t.dataSource.query(
    `INSERT INTO task_update (item_id, agency_id, role, author_id, author_label, note, evidence_link)
     VALUES ($1, $2, 'LEAD', $3, $4, $5, $6)`,
    [tasks.get('3.2'), stc.id, person.id, SECRETS.personName, SECRETS.note, SECRETS.evidence],
  );

  const later = await addDepartment(t, w.p, 'SCB', SECRETS.unpublishedAgency);
  const open = await openYear(t, w, UNPUBLISHED_YEAR);
  const laterAssessment = open.assessments.get(later.code);
  if (laterAssessment) await writeScores(t, laterAssessment, open.criteria.DEPARTMENT, { '1.2': [10] });
  const sections = await plantSections(t, w, YEAR, UNPUBLISHED_YEAR, person.id);
  return { tasks, draftAgency, sections };
}
