import { Injectable } from '@nestjs/common';
import { ParCycleStatus, surveyPoints } from '@partrack/shared';
import { DataSource } from 'typeorm';
import { Caller } from '../common/context/caller';
import { badField } from '../common/errors/domain-error';
import { Lang, translate } from '../common/i18n/messages';
import { SurveyResultsService } from '../surveys/survey-results.service';
import { ApplyParSurveyResultsInput } from './dto/par-survey.input';
import { ParCycle } from './par-cycle.entity';
import { ParCyclesService } from './par-cycles.service';
import { ParSurveyImportResult } from './par-survey-import.model';
import { surveyCodeKey, SurveyWrite } from './par-survey-match';
import { ParSurveyPointsWriter } from './par-survey-points.writer';

/**
 * Survey items' points from satisfaction surveys held in partrack (docs/surveys.md): each named item of every
 * assessment takes maximum × the agency's satisfaction in the named survey, the same arithmetic as the XLSX
 * import. An agency without results in the survey keeps what it has (counted as skipped). All or nothing,
 * dry run by default, while the cycle is open; finalised assessments keep their points.
 */
@Injectable()
export class ParSurveyFeedService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cycles: ParCyclesService,
    private readonly results: SurveyResultsService,
    private readonly points: ParSurveyPointsWriter,
  ) {}

  async apply(caller: Caller, input: ApplyParSurveyResultsInput, lang: Lang): Promise<ParSurveyImportResult> {
    // Out of the caller's province (the cycle or a survey) is NOT_FOUND, before anything is read for it.
    await this.cycles.findOne(caller.actor, input.cycleId);
    const seen = new Set<string>();
    input.sources.forEach((s, i) => {
      const key = surveyCodeKey(s.criterionCode);
      if (seen.has(key))
        throw badField(`sources.${i}.criterionCode`, 'parSurvey.sourceDuplicate', { code: s.criterionCode });
      seen.add(key);
    });
    const shares: Map<string, number>[] = [];
    // One after the other: each reads three statements, and the pool is shared with other requests.
    for (const source of input.sources) {
      const result = await this.results.results(caller.actor, source.surveyId);
      shares.push(
        new Map(result.agencies.flatMap((a) => (a.share === null ? [] : [[a.agencyId, a.share] as const]))),
      );
    }
    return this.dataSource.transaction(async (em) => {
      // FOR SHARE: the cycle cannot be published while the points are written.
      const cycle = await em.findOneOrFail(ParCycle, {
        where: { id: input.cycleId },
        lock: { mode: 'pessimistic_read' },
      });
      if (cycle.status !== ParCycleStatus.OPEN) throw badField('cycleId', 'parSurvey.cycleClosed');
      const assessments = await this.points.assessmentsOf(em, cycle.id);
      const items = await this.points.surveyItemsOf(assessments.map((a) => a.frameworkId));
      input.sources.forEach((s, i) => {
        const key = surveyCodeKey(s.criterionCode);
        if (![...items.values()].some((m) => m.has(key)))
          throw badField(`sources.${i}.criterionCode`, 'parSurvey.sourceNotASurveyItem', {
            code: s.criterionCode,
          });
      });
      const existing = await this.points.existingPoints(em, assessments, items);
      const writes: SurveyWrite[] = [];
      let skipped = 0;
      for (const assessment of assessments)
        input.sources.forEach((source, i) => {
          const criterion = items.get(assessment.frameworkId)?.get(surveyCodeKey(source.criterionCode));
          if (!criterion) return;
          const percent = shares[i].get(assessment.agencyId);
          if (percent === undefined) {
            skipped += 1;
            return;
          }
          writes.push({
            line: i + 1,
            assessment,
            criterion,
            percent,
            points: surveyPoints(criterion.maxPoints, percent),
            before: existing.get(`${assessment.id}|${criterion.id}`) ?? null,
          });
        });
      const changed = this.points.changed(writes);
      const refused = input.dryRun ? [] : await this.points.lockUnfinalised(em, changed);
      const result = {
        dryRun: input.dryRun,
        applied: false,
        rows: writes.length,
        changed: changed.length,
        unchanged: writes.length - changed.length,
        skipped,
        // `line` is the source's position in the input (1-based).
        problems: refused.map(({ write, agencyCode }) => ({
          line: write.line,
          column: null,
          code: 'parSurvey.assessmentFinalised',
          message: translate('parSurvey.assessmentFinalised', lang, { agency: agencyCode }),
        })),
      };
      if (input.dryRun || refused.length) return result;
      await this.points.write(em, caller, cycle, changed, 'parSurvey.applyResults', {
        sources: input.sources,
      });
      return { ...result, applied: true };
    });
  }
}
