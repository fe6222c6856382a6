import { SurveySector, SurveyStatus } from '@partrack/shared';
import { Agency } from '../../src/agencies/agency.entity';
import { TestApp } from '../support/test-app';
import { addDepartment, RankingWorld } from './par-ranking.setup';
import { plantSurvey } from './survey-plant.setup';

/** Survey and inspection figures that must never reach the public page (see SECRETS in public-summary.setup). */
export const SECTION_SECRETS = {
  draftSurveyAgency: 'Sở Khảo Sát Nháp',
  draftSurveyTitle: 'Khảo sát nháp không công khai',
  openSurveyTitle: 'Khảo sát đang mở không công khai',
  sampleSurveyTitle: 'Mẫu — khảo sát (dữ liệu mẫu) không công khai',
};

export interface SectionsWorld {
  /** The APPROVED plan of `year` and the DRAFT plan of `draftYear` */
  approvedPlanId: string;
  draftPlanId: string;
  draftSurveyAgency: Agency;
}

async function inspectionPlan(t: TestApp, provinceId: string, year: number, status: string): Promise<string> {
  const [row] = await t.dataSource.query<{ id: string }[]>(
    `INSERT INTO inspection_plan (province_id, year, status, coverage_province, coverage_district, coverage_commune)
     VALUES ($1, $2, $3, 40, 50, 30) RETURNING id`,
    [provinceId, year, status],
  );
  return row.id;
}

async function inspection(t: TestApp, planId: string, agency: Agency, status: string, team: string[]) {
  await t.dataSource.query(
    `INSERT INTO inspection (plan_id, agency_id, month, status, team_user_ids) VALUES ($1, $2, 6, $3, $4)`,
    [planId, agency.id, status, team],
  );
}

/**
 * In `year`: a CLOSED construction-sector survey answered about Sở Tài chính and Sở Xây dựng (shown), an OPEN
 * survey, a sample survey and a DRAFT survey with results (never shown; the draft names an agency nothing else
 * names), and an APPROVED inspection plan (Sở Tài chính and huyện Hai DONE, Sở Xây dựng PLANNED, a person on
 * the team). In `draftYear`: a DRAFT inspection plan with a DONE inspection (never shown, nor its year).
 */
export async function plantSections(
  t: TestApp,
  w: RankingWorld,
  year: number,
  draftYear: number,
  personId: string,
): Promise<SectionsWorld> {
  const [stc, sxd, , , d2] = w.agencies;
  const provinceId = w.p.root.id;
  await plantSurvey(t, {
    provinceId,
    year,
    period: `${year}-H1`,
    status: SurveyStatus.CLOSED,
    sector: SurveySector.CONSTRUCTION,
    aspects: ['1', '2'],
    results: [
      { agencyId: stc.id, respondents: 30, byAspect: { 1: [2, 0, 1, 2, 10, 15], 2: [0, 1, 1, 1, 12, 15] } },
      { agencyId: sxd.id, respondents: 20, byAspect: { 1: [0, 2, 2, 2, 6, 8], 2: [0, 0, 2, 4, 6, 8] } },
    ],
  });
  const never = { 1: [0, 50, 0, 0, 0, 0] };
  await plantSurvey(t, {
    provinceId,
    year,
    period: `${year}-H2`,
    status: SurveyStatus.OPEN,
    title: SECTION_SECRETS.openSurveyTitle,
    aspects: ['1'],
    results: [{ agencyId: stc.id, respondents: 50, byAspect: never }],
  });
  await plantSurvey(t, {
    provinceId,
    year,
    period: `${year}`,
    status: SurveyStatus.CLOSED,
    isSample: true,
    title: SECTION_SECRETS.sampleSurveyTitle,
    aspects: ['1'],
    results: [{ agencyId: sxd.id, respondents: 50, byAspect: never }],
  });
  const draftSurveyAgency = await addDepartment(t, w.p, 'SKN', SECTION_SECRETS.draftSurveyAgency);
  await plantSurvey(t, {
    provinceId,
    year,
    period: `${year}`,
    status: SurveyStatus.DRAFT,
    title: SECTION_SECRETS.draftSurveyTitle,
    aspects: ['1'],
    results: [{ agencyId: draftSurveyAgency.id, respondents: 50, byAspect: never }],
  });

  const approvedPlanId = await inspectionPlan(t, provinceId, year, 'APPROVED');
  await inspection(t, approvedPlanId, stc, 'DONE', [personId]);
  await inspection(t, approvedPlanId, d2, 'DONE', [personId]);
  await inspection(t, approvedPlanId, sxd, 'PLANNED', [personId]);
  const draftPlanId = await inspectionPlan(t, provinceId, draftYear, 'DRAFT');
  await inspection(t, draftPlanId, stc, 'DONE', [personId]);
  return { approvedPlanId, draftPlanId, draftSurveyAgency };
}
