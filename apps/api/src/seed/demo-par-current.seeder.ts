import { Injectable, Logger } from '@nestjs/common';
import { addDays, isSelfScored, ParAssessmentStatus, ParEvidenceKind } from '@partrack/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { Caller } from '../common/context/caller';
import { todayInVietnam } from '../common/time/vietnam-time';
import { ParCriterion } from '../par-index/par-criterion.entity';
import { ParCycle } from '../par-index/par-cycle.entity';
import { ParCyclesService } from '../par-index/par-cycles.service';
import { ParFrameworkBuilder } from '../par-index/par-framework.builder';
import { ParFramework } from '../par-index/par-framework.entity';
import { DEMO_LABEL, DEMO_TITLE_SUFFIX, demoCoordinator, vietnamTime } from './demo-common';
import { DemoCurrentPlanSeeder } from './demo-current-plan.seeder';
import { demoCouncilIds, demoCycleName, demoLeaves } from './demo-par-cycle.seeder';
import { demoSelfPoints, demoTiers } from './demo-par-scores';

/** Agencies part-way through their self-assessment (share of their self-scored items done). */
const DRAFTS: Record<string, number> = {
  'QNA-SNV': 0.9,
  'QNA-TAMKY': 0.75,
  'QNA-STTTT': 0.6,
  'QNA-HOIAN': 0.5,
  'QNA-SKHDT': 0.35,
  'QNA-DIENBAN': 0.25,
};
/** The one agency that has already sent its self-assessment. */
const SUBMITTED = 'QNA-STP';

interface AssessmentRow {
  id: string;
  framework_id: string;
  code: string;
}

/**
 * DEMO DATA ONLY: the current year's PAR Index cycle, open — this year's copies of the sample frameworks
 * (their DATA items carry data rules, so points at risk read the year's tasks), self-assessment due on
 * 31 December, a few agencies part-way through scoring themselves and one submitted. The year follows today
 * in Vietnam, so the demo always has a live cycle next to the published one.
 */
@Injectable()
export class DemoParCurrentSeeder {
  private readonly logger = new Logger('Seed');

  constructor(
    private readonly dataSource: DataSource,
    private readonly cycles: ParCyclesService,
    private readonly builder: ParFrameworkBuilder,
    private readonly plan: DemoCurrentPlanSeeder,
  ) {}

  async seed(provinceId: string, sampleYear: number, today = todayInVietnam()): Promise<void> {
    const year = Number(today.slice(0, 4));
    // In the demo year itself the published cycle is the year's one.
    if (year <= sampleYear) return;
    const name = demoCycleName(year);
    let cycle = await this.dataSource.manager.findOneBy(ParCycle, { provinceId, year });
    if (cycle && (cycle.name !== name || (await this.hasScores(cycle)))) return;
    await this.plan.ensure(provinceId, year, today);
    if (!cycle) {
      const caller = await demoCoordinator(this.dataSource);
      cycle = await this.cycles.open(caller, {
        provinceId,
        year,
        name,
        frameworkIds: await this.frameworksFor(caller, provinceId, year, sampleYear),
        selfAssessmentDue: `${year}-12-31`,
        explanationDays: 5,
        councilUserIds: await demoCouncilIds(this.dataSource.manager),
      });
    }
    const open = cycle;
    const scores = await this.dataSource.transaction((em) => this.drafts(em, open, today));
    this.logger.log(`demo PAR Index ${year}: open, ${scores} draft self-scores`);
  }

  private async hasScores(cycle: ParCycle): Promise<boolean> {
    const [row] = await this.dataSource.query<{ found: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM par_score s JOIN par_assessment x ON x.id = s.assessment_id
                       WHERE x.cycle_id = $1) AS found`,
      [cycle.id],
    );
    return row.found;
  }

  /** This year's framework of each sample's group: a copy made earlier, else a new copy (locked on opening). */
  private async frameworksFor(caller: Caller, provinceId: string, year: number, sampleYear: number) {
    const samples = await this.dataSource.manager.find(ParFramework, {
      where: { provinceId, year: sampleYear, isSample: true },
      order: { revision: 'DESC' },
    });
    const ids: string[] = [];
    for (const sample of new Map(samples.map((s) => [s.targetGroup, s])).values()) {
      const copy = await this.dataSource.manager.findOne(ParFramework, {
        where: { provinceId, year, copiedFromId: sample.id },
        order: { revision: 'DESC' },
      });
      // Named for its year and as demo data, never like the sample itself: lists show both side by side.
      const name = `${sample.name.replace('Bộ tiêu chí mẫu', `Bộ tiêu chí năm ${year}`)} ${DEMO_TITLE_SUFFIX}`;
      ids.push(copy?.id ?? (await this.builder.copy(caller, { id: sample.id, year, name })).id);
    }
    return ids;
  }

  /** Draft self-scores, and one submitted self-assessment with a link as evidence for each item needing one. */
  private async drafts(em: EntityManager, cycle: ParCycle, today: string): Promise<number> {
    const assessments = await em.query<AssessmentRow[]>(
      `SELECT x.id, x.framework_id, a.code FROM par_assessment x JOIN agency a ON a.id = x.agency_id
        WHERE x.cycle_id = $1 AND a.code = ANY($2::text[])`,
      [cycle.id, [...Object.keys(DRAFTS), SUBMITTED]],
    );
    const criteria = await em.find(ParCriterion, { where: { frameworkId: In(cycle.frameworkIds) } });
    const tiers = demoTiers(assessments.map((a) => `${cycle.year}:${a.code}`));
    const scores = [];
    const evidence = [];
    for (const assessment of assessments) {
      const key = `${cycle.year}:${assessment.code}`;
      const own = criteria.filter((c) => c.frameworkId === assessment.framework_id);
      const leaves = demoLeaves(own).filter((l) => isSelfScored(l.method));
      const share = assessment.code === SUBMITTED ? 1 : DRAFTS[assessment.code];
      for (const leaf of leaves.slice(0, Math.ceil(leaves.length * share))) {
        scores.push({
          assessmentId: assessment.id,
          criterionId: leaf.id,
          selfPoints: demoSelfPoints(leaf, key, tiers.get(key)!),
        });
        if (assessment.code === SUBMITTED && own.find((c) => c.id === leaf.id)?.evidenceRequired)
          evidence.push({
            assessmentId: assessment.id,
            criterionId: leaf.id,
            label: `Tài liệu kiểm chứng mục ${leaf.code} ${DEMO_TITLE_SUFFIX}`,
            url: `https://example.com/minh-chung/${cycle.year}/${assessment.code}/${leaf.code}`,
          });
      }
    }
    await em.query(
      `INSERT INTO par_score (assessment_id, criterion_id, self_points)
       SELECT s."assessmentId", s."criterionId", s."selfPoints"
         FROM jsonb_to_recordset($1::jsonb) AS s("assessmentId" uuid, "criterionId" uuid, "selfPoints" numeric)`,
      [JSON.stringify(scores)],
    );
    await em.query(
      `INSERT INTO par_evidence (assessment_id, criterion_id, kind, label, url, added_by)
       SELECT e."assessmentId", e."criterionId", $2::par_evidence_kind, e.label, e.url, $3
         FROM jsonb_to_recordset($1::jsonb) AS e("assessmentId" uuid, "criterionId" uuid, label text, url text)`,
      [JSON.stringify(evidence), ParEvidenceKind.URL, DEMO_LABEL],
    );
    const submitted = assessments.find((a) => a.code === SUBMITTED);
    if (submitted) {
      const first = `${cycle.year}-01-01`;
      const day = addDays(today, -2) < first ? first : addDays(today, -2);
      await em.query(
        `UPDATE par_assessment SET status = $2, submitted_at = $3, submitted_by_label = $4,
                version = version + 1, updated_at = now() WHERE id = $1`,
        [submitted.id, ParAssessmentStatus.SUBMITTED, vietnamTime(day, '10:00'), DEMO_LABEL],
      );
    }
    return scores.length;
  }
}
