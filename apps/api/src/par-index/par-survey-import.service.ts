import { Injectable } from '@nestjs/common';
import { ParAssessmentStatus, ParCycleStatus, toHundredths } from '@partrack/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { AgencyTreeRepository } from '../agencies/agency-tree.repository';
import { Agency } from '../agencies/agency.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/context/actor';
import { Caller } from '../common/context/caller';
import { badField } from '../common/errors/domain-error';
import { ExportedFile, XLSX_MIME } from '../common/graphql/exported-file.model';
import { Lang, translate } from '../common/i18n/messages';
import { ImportParSurveyPointsInput } from './dto/par-survey.input';
import { buildParSurveyXlsx } from './formats/par-survey-xlsx';
import {
  parseParSurveyXlsx,
  ParSurveyXlsxParse,
  ParSurveyXlsxProblem,
  ParSurveyXlsxRow,
} from './formats/par-survey-xlsx.reader';
import { ParAssessment } from './par-assessment.entity';
import { ParCriterion } from './par-criterion.entity';
import { ParCycle } from './par-cycle.entity';
import { ParCyclesService } from './par-cycles.service';
import { ParFrameworksService } from './par-frameworks.service';
import { ParScore } from './par-score.entity';
import { ParSurveyImportResult } from './par-survey-import.model';
import {
  matchSurveyRows,
  SurveyAgencies,
  surveyAgencyKey,
  surveyCodeKey,
  surveyLeaves,
  SurveyWrite,
} from './par-survey-match';

/** 1,000 agencies × a dozen survey items is ~300 KB of XLSX; the GraphQL body limit is lower anyway. */
export const PAR_SURVEY_IMPORT_MAX_BYTES = 2 * 1024 * 1024;
/** Rows per INSERT … ON CONFLICT, well under Postgres's 65,535 parameters. */
const UPSERT_CHUNK = 1000;

/**
 * Survey points (điểm điều tra xã hội học): a template listing every assessment's SURVEY items, and its
 * all-or-nothing import, which sets each item's appraised points to maximum × satisfaction rate. A
 * coordinator's work while the cycle is OPEN; finalised assessments keep their points.
 */
@Injectable()
export class ParSurveyImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cycles: ParCyclesService,
    private readonly frameworks: ParFrameworksService,
    private readonly tree: AgencyTreeRepository,
    private readonly audit: AuditService,
  ) {}

  async template(actor: Actor, cycleId: string): Promise<ExportedFile> {
    const cycle = await this.cycles.findOne(actor, cycleId);
    const assessments = await this.assessmentsOf(this.dataSource.manager, cycle.id);
    const items = await this.surveyItemsOf(assessments.map((a) => a.frameworkId));
    const rows = assessments.flatMap((a) =>
      [...(items.get(a.frameworkId)?.values() ?? [])].map((c) => ({
        agencyCode: a.agency?.code ?? '',
        agencyName: a.agency?.name ?? '',
        itemCode: c.code,
        itemTitle: c.title,
        maxPoints: c.maxPoints,
      })),
    );
    const buffer = await buildParSurveyXlsx(cycle.name, rows);
    return {
      filename: `diem-khao-sat-chi-so-cchc-${cycle.year}.xlsx`,
      mimeType: XLSX_MIME,
      contentBase64: buffer.toString('base64'),
    };
  }

  async import(
    caller: Caller,
    input: ImportParSurveyPointsInput,
    lang: Lang,
  ): Promise<ParSurveyImportResult> {
    // Out of the caller's province is NOT_FOUND before anything about the file is said.
    await this.cycles.findOne(caller.actor, input.cycleId);
    const bytes = Buffer.from(input.fileBase64.replace(/\s+/g, ''), 'base64');
    if (!bytes.length) throw badField('fileBase64', 'import.empty');
    if (bytes.length > PAR_SURVEY_IMPORT_MAX_BYTES)
      throw badField('fileBase64', 'import.tooLarge', {
        size: bytes.length,
        max: PAR_SURVEY_IMPORT_MAX_BYTES,
      });
    const parse = await parseParSurveyXlsx(bytes);
    return this.dataSource.transaction(async (em) => {
      // FOR SHARE: the cycle cannot be published while the points are written.
      const cycle = await em.findOneOrFail(ParCycle, {
        where: { id: input.cycleId },
        lock: { mode: 'pessimistic_read' },
      });
      if (cycle.status !== ParCycleStatus.OPEN) throw badField('cycleId', 'parSurvey.cycleClosed');
      const problems = [...parse.problems];
      // Rows that read cleanly are matched even when others did not, so one pass names every problem.
      const writes = parse.rows.length ? await this.resolve(em, cycle, parse, problems) : [];
      problems.sort(
        (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? '').localeCompare(b.column ?? ''),
      );
      const changed = writes.filter(
        (w) => w.before === null || toHundredths(w.before) !== toHundredths(w.points),
      );
      if (!input.dryRun && !problems.length) await this.lockUnfinalised(em, changed, problems);
      const result = {
        dryRun: input.dryRun,
        applied: false,
        rows: parse.rows.length,
        changed: changed.length,
        unchanged: writes.length - changed.length,
        skipped: parse.skipped,
        problems: problems.map((p) => ({
          line: p.line,
          column: p.column,
          code: p.key,
          message: translate(p.key, lang, p.params),
        })),
      };
      if (input.dryRun || problems.length) return result;
      await this.write(em, changed);
      await this.audit.record(em, caller, {
        action: 'parSurvey.import',
        entityType: 'ParCycle',
        entityId: cycle.id,
        after: {
          changed: changed.map((w) => ({
            agencyId: w.assessment.agencyId,
            code: w.criterion.code,
            percent: w.percent,
            before: w.before,
            points: w.points,
          })),
        },
      });
      return { ...result, applied: true };
    });
  }

  /** The cycle's assessments with their agencies, by agency name. */
  private assessmentsOf(em: EntityManager, cycleId: string): Promise<ParAssessment[]> {
    return em
      .getRepository(ParAssessment)
      .createQueryBuilder('x')
      .innerJoinAndSelect('x.agency', 'agency')
      .where('x.cycle_id = :cycleId', { cycleId })
      .orderBy('agency.name')
      .addOrderBy('x.id')
      .getMany();
  }

  /** Each framework's SURVEY leaves by code key. */
  private async surveyItemsOf(frameworkIds: string[]): Promise<Map<string, Map<string, ParCriterion>>> {
    const byFramework = await this.frameworks.criteriaOf([...new Set(frameworkIds)]);
    return new Map([...byFramework].map(([id, criteria]) => [id, surveyLeaves(criteria)]));
  }

  /** Each row's assessment and item (see matchSurveyRows), from one read of each table concerned. */
  private async resolve(
    em: EntityManager,
    cycle: ParCycle,
    parse: ParSurveyXlsxParse,
    problems: ParSurveyXlsxProblem[],
  ): Promise<SurveyWrite[]> {
    const assessments = await this.assessmentsOf(em, cycle.id);
    const items = await this.surveyItemsOf(assessments.map((a) => a.frameworkId));
    const agencies = new SurveyAgencies(assessments);
    const missing = parse.rows.filter((r) => agencies.find(r).length === 0);
    // One after the other: a transaction's statements share one connection.
    const outsideCycle = await this.agenciesOutsideCycle(em, cycle, missing);
    const existing = await this.existingPoints(em, assessments, items);
    const matched = matchSurveyRows(parse, { agencies, items, outsideCycle, existing });
    problems.push(...matched.problems);
    return matched.writes;
  }

  /**
   * surveyAgencyKey of the agencies named by rows that match no assessment but exist in the cycle's province,
   * so that "not in this cycle" is told apart from "no such agency". One lookup for all such rows.
   */
  private async agenciesOutsideCycle(
    em: EntityManager,
    cycle: ParCycle,
    rows: readonly ParSurveyXlsxRow[],
  ): Promise<Set<string>> {
    const codes = [
      ...new Set(rows.flatMap((r) => (r.agencyCode !== null ? [surveyCodeKey(r.agencyCode)] : []))),
    ];
    const names = [
      ...new Set(rows.flatMap((r) => (r.agencyCode === null && r.agencyName ? [r.agencyName] : []))),
    ];
    if (!codes.length && !names.length) return new Set();
    const agencies = await em.find(Agency, {
      where: [...(codes.length ? [{ code: In(codes) }] : []), ...(names.length ? [{ name: In(names) }] : [])],
    });
    const province = await this.tree.subtreeIds(cycle.provinceId, {}, em);
    const inProvince = new Set(province);
    return new Set(
      agencies
        .filter((a) => inProvince.has(a.id))
        .flatMap((a) => [
          surveyAgencyKey({ agencyCode: a.code, agencyName: null }),
          surveyAgencyKey({ agencyCode: null, agencyName: a.name }),
        ]),
    );
  }

  /** Appraised points already stored on the cycle's survey items, by "assessment|criterion". */
  private async existingPoints(
    em: EntityManager,
    assessments: readonly ParAssessment[],
    items: ReadonlyMap<string, ReadonlyMap<string, ParCriterion>>,
  ): Promise<Map<string, number>> {
    const criterionIds = [...items.values()].flatMap((m) => [...m.values()].map((c) => c.id));
    if (!assessments.length || !criterionIds.length) return new Map();
    const scores = await em.find(ParScore, {
      where: { assessmentId: In(assessments.map((a) => a.id)), criterionId: In(criterionIds) },
    });
    return new Map(
      scores
        .filter((s) => s.appraisedPoints !== null)
        .map((s) => [`${s.assessmentId}|${s.criterionId}`, s.appraisedPoints ?? 0]),
    );
  }

  /** Locks the assessments about to change; one finalised meanwhile becomes a problem, and nothing is written. */
  private async lockUnfinalised(
    em: EntityManager,
    writes: readonly SurveyWrite[],
    problems: ParSurveyXlsxProblem[],
  ) {
    const ids = [...new Set(writes.map((w) => w.assessment.id))];
    if (!ids.length) return;
    const locked = await em.find(ParAssessment, {
      where: { id: In(ids) },
      lock: { mode: 'pessimistic_write' },
    });
    const finalised = new Set(
      locked.filter((a) => a.status === ParAssessmentStatus.FINALISED).map((a) => a.id),
    );
    for (const w of writes.filter((x) => finalised.has(x.assessment.id)))
      problems.push({
        line: w.line,
        column: null,
        key: 'parSurvey.assessmentFinalised',
        params: { agency: w.assessment.agency?.code ?? '' },
      });
  }

  /** The points, and a new version for each assessment changed: its version covers its scores. */
  private async write(em: EntityManager, writes: readonly SurveyWrite[]): Promise<void> {
    for (let i = 0; i < writes.length; i += UPSERT_CHUNK) {
      const chunk = writes.slice(i, i + UPSERT_CHUNK).map((w) => ({
        assessmentId: w.assessment.id,
        criterionId: w.criterion.id,
        appraisedPoints: w.points,
      }));
      await em.upsert(ParScore, chunk, ['assessmentId', 'criterionId']);
    }
    const ids = [...new Set(writes.map((w) => w.assessment.id))];
    if (ids.length)
      await em
        .createQueryBuilder()
        .update(ParAssessment)
        .set({ version: () => 'version + 1' })
        .where('id IN (:...ids)', { ids })
        .execute();
  }
}
