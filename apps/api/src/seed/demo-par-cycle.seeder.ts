import { Injectable, Logger } from '@nestjs/common';
import { addDays, ParAssessmentStatus, ParCycleStatus, pointsDiffer } from '@partrack/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { ParCriterion } from '../par-index/par-criterion.entity';
import { ParCycle } from '../par-index/par-cycle.entity';
import { ParCyclesService } from '../par-index/par-cycles.service';
import { ParFramework } from '../par-index/par-framework.entity';
import { leavesOf } from '../par-index/par-score-items';
import { User } from '../users/user.entity';
import {
  DEMO_COORDINATOR_EMAIL,
  DEMO_LABEL,
  DEMO_TITLE_SUFFIX,
  demoCoordinator,
  demoRoll,
  vietnamTime,
} from './demo-common';
import { DemoLeaf, demoFinalScores, DemoScore, demoTiers } from './demo-par-scores';

/** The demo's appraisal council: Sở Nội vụ's coordinator leads it, with Sở TT&TT's officer. */
export const DEMO_COUNCIL_EMAILS = [DEMO_COORDINATOR_EMAIL, 'officer@demo.partrack.vn'];

/**
 * Agencies scored exactly like another (same tier, same rolls), so each group's ranking shows a tie: equal
 * indices share a rank and the next rank is skipped.
 */
const DEMO_TWINS: Record<string, string> = { 'QNA-NONGSON': 'QNA-TIENPHUOC', 'QNA-CUCTK': 'QNA-KBNN' };

export const demoCycleName = (year: number) => `Chỉ số CCHC năm ${year} ${DEMO_TITLE_SUFFIX}`;

/** Days of the published cycle (the year after the one it scores): the usual January–March calendar. */
const CALENDAR = {
  selfAssessmentDue: '01-16',
  appraisalDue: '02-15',
  publicationDue: '03-15',
  published: '03-10',
};

interface AssessmentRow {
  id: string;
  framework_id: string;
  code: string;
}

/** The council users of the demo, by id; the seed stops if one is missing rather than open a partial council. */
export async function demoCouncilIds(em: EntityManager): Promise<string[]> {
  const users = await em.find(User, { where: { email: In(DEMO_COUNCIL_EMAILS) } });
  return DEMO_COUNCIL_EMAILS.map((email) => {
    const user = users.find((u) => u.email === email);
    if (!user) throw new Error(`the demo council member ${email} is missing`);
    return user.id;
  });
}

/**
 * DEMO DATA ONLY: the demo year's PAR Index cycle, published — every department and district scored with the
 * sample frameworks, self-assessed, appraised (some items cut, with reasons), some explanations answered,
 * finalised and published in early the next year. Opened through ParCyclesService like a coordinator would;
 * the scores are then written set-based (one INSERT for every score, one UPDATE for every assessment) so
 * the demo start stays fast.
 */
@Injectable()
export class DemoParCycleSeeder {
  private readonly logger = new Logger('Seed');

  constructor(
    private readonly dataSource: DataSource,
    private readonly cycles: ParCyclesService,
  ) {}

  async seedPublished(provinceId: string, year: number): Promise<void> {
    const name = demoCycleName(year);
    let cycle = await this.dataSource.manager.findOneBy(ParCycle, { provinceId, year });
    // A cycle someone opened by hand is theirs; a demo cycle left open by an interrupted start is finished.
    if (cycle && (cycle.name !== name || cycle.status === ParCycleStatus.PUBLISHED)) return;
    const next = year + 1;
    if (!cycle) {
      const frameworks = await this.dataSource.manager.find(ParFramework, {
        where: { provinceId, year, isSample: true },
        order: { revision: 'DESC' },
      });
      const latest = [...new Map(frameworks.map((f) => [f.targetGroup, f])).values()];
      if (!latest.length) return;
      cycle = await this.cycles.open(await demoCoordinator(this.dataSource), {
        provinceId,
        year,
        name,
        frameworkIds: latest.map((f) => f.id),
        selfAssessmentDue: `${next}-${CALENDAR.selfAssessmentDue}`,
        appraisalDue: `${next}-${CALENDAR.appraisalDue}`,
        publicationDue: `${next}-${CALENDAR.publicationDue}`,
        explanationDays: 5,
        councilUserIds: await demoCouncilIds(this.dataSource.manager),
      });
    }
    const open = cycle;
    const counts = await this.dataSource.transaction((em) => this.finalise(em, open));
    this.logger.log(
      `demo PAR Index ${year}: ${counts.assessments} assessments finalised, ${counts.scores} scores, published`,
    );
  }

  private async finalise(em: EntityManager, cycle: ParCycle) {
    const assessments = await em.query<AssessmentRow[]>(
      `SELECT x.id, x.framework_id, a.code FROM par_assessment x JOIN agency a ON a.id = x.agency_id
        WHERE x.cycle_id = $1 ORDER BY a.code`,
      [cycle.id],
    );
    const criteria = await em.find(ParCriterion, { where: { frameworkId: In(cycle.frameworkIds) } });
    const scores: (DemoScore & { assessmentId: string })[] = [];
    const updates: ({ id: string; late: boolean } & ReturnType<typeof timeline>)[] = [];
    const coordinator = await demoCoordinator(em);
    for (const frameworkId of cycle.frameworkIds) {
      const leaves = demoLeaves(criteria.filter((c) => c.frameworkId === frameworkId));
      const group = assessments.filter((a) => a.framework_id === frameworkId);
      const keyOf = (code: string) => DEMO_TWINS[code] ?? code;
      const tiers = demoTiers(group.map((a) => keyOf(a.code)));
      for (const assessment of group) {
        const key = keyOf(assessment.code);
        const late = demoRoll(key, 'late') < 0.06;
        const rows = demoFinalScores(leaves, key, tiers.get(key)!, { late, year: cycle.year });
        scores.push(...rows.map((row) => ({ ...row, assessmentId: assessment.id })));
        const differs = rows.some(
          (r) => r.selfPoints !== null && pointsDiffer(r.selfPoints, r.appraisedPoints),
        );
        updates.push({ id: assessment.id, late, ...timeline(key, cycle.year + 1, late, differs) });
      }
    }
    await em.query(
      `INSERT INTO par_score (assessment_id, criterion_id, self_points, appraised_points, appraisal_reason,
                              explanation, reappraised_points, reappraisal_answer)
       SELECT s."assessmentId", s."criterionId", s."selfPoints", s."appraisedPoints", s."appraisalReason",
              s.explanation, s."reappraisedPoints", s."reappraisalAnswer"
         FROM jsonb_to_recordset($1::jsonb) AS s("assessmentId" uuid, "criterionId" uuid, "selfPoints" numeric,
              "appraisedPoints" numeric, "appraisalReason" text, explanation text, "reappraisedPoints" numeric,
              "reappraisalAnswer" text)`,
      [JSON.stringify(scores)],
    );
    await em.query(
      `UPDATE par_assessment x
          SET status = $2, late = v.late, submitted_at = v.submitted, submitted_by_label = $3,
              appraised_at = v.appraised, explanation_due = v.explanation_due, explained_at = v.explained,
              finalised_at = v.finalised, finalised_by_label = $4, version = x.version + 1, updated_at = now()
         FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, late boolean, submitted timestamptz,
              appraised timestamptz, explanation_due date, explained timestamptz, finalised timestamptz)
        WHERE x.id = v.id`,
      [JSON.stringify(updates), ParAssessmentStatus.FINALISED, DEMO_LABEL, coordinator.actor.label],
    );
    await em.update(
      ParCycle,
      { id: cycle.id },
      {
        status: ParCycleStatus.PUBLISHED,
        publishedAt: vietnamTime(`${cycle.year + 1}-${CALENDAR.published}`),
        publishedByLabel: coordinator.actor.label,
        version: cycle.version + 1,
      },
    );
    return { assessments: assessments.length, scores: scores.length };
  }
}

/** A framework's scored items as the generator reads them. */
export function demoLeaves(criteria: ParCriterion[]): DemoLeaf[] {
  return leavesOf(criteria).flatMap((c) =>
    c.method === null
      ? []
      : [
          {
            id: c.id,
            code: c.code,
            method: c.method,
            maxPoints: c.maxPoints,
            options: c.scale,
            dataRule: c.dataRule,
          },
        ],
  );
}

/** Sent in the first half of January (a few late), appraised early February, finalised late February. */
function timeline(key: string, year: number, late: boolean, differs: boolean) {
  const day = (from: string, span: number, salt: string) =>
    addDays(`${year}-${from}`, Math.floor(demoRoll(key, salt) * span));
  const appraised = day('02-01', 10, 'appraised');
  return {
    submitted: vietnamTime(late ? day('01-17', 3, 'submitted') : day('01-05', 12, 'submitted'), '15:30'),
    appraised: vietnamTime(appraised, '10:00'),
    explanation_due: differs ? addDays(appraised, 5) : null,
    explained: differs
      ? vietnamTime(addDays(appraised, 1 + Math.floor(demoRoll(key, 'explained') * 4)), '16:00')
      : null,
    finalised: vietnamTime(day('02-20', 9, 'finalised'), '14:00'),
  };
}
