import { Injectable } from '@nestjs/common';
import { ParAssessmentStatus } from '@partrack/shared';
import { DataSource } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { AgencyScopeService } from '../agencies/agency-scope.service';
import { Actor } from '../common/context/actor';
import { Caller } from '../common/context/caller';
import { badField, notFound } from '../common/errors/domain-error';
import { ExportedFile, XLSX_MIME } from '../common/graphql/exported-file.model';
import { Lang, translate } from '../common/i18n/messages';
import { placeName } from '../reports/formats/report-labels';
import { ImportParNationalPointsInput } from './dto/par-national-import.input';
import { buildParNationalXlsx } from './formats/par-national-xlsx';
import { parseParNationalXlsx } from './formats/par-national-xlsx.reader';
import { ParAssessment } from './par-assessment.entity';
import { ParAssessmentsService } from './par-assessments.service';
import { ParCriterion } from './par-criterion.entity';
import { ParCycle } from './par-cycle.entity';
import { ParFramework } from './par-framework.entity';
import { ParFrameworksService } from './par-frameworks.service';
import { ParNationalImportResult } from './par-national-import.model';
import { nationalFramework } from './par-national-read';
import { ParNationalService } from './par-national.service';
import { leavesOf } from './par-score-items';
import { decodeBase64File } from '../common/http/base64-file';

/** A framework of 500 items is ~40 KB of XLSX; the GraphQL body limit (100 KB) is lower anyway. */
export const PAR_NATIONAL_IMPORT_MAX_BYTES = 2 * 1024 * 1024;

/** The items of a framework, in tree order, each marked scored (a leaf with a method) or not. */
interface NationalItems {
  framework: ParFramework;
  criteria: ParCriterion[];
  scored: Set<string>;
}

/**
 * The Ministry's points of the province's national self-assessment from a workbook: a template listing every
 * item with its maximum and the province's own score, and its all-or-nothing import, which records the points
 * through ParNationalService.recordAppraisal (and so finalises the assessment) once the file reads cleanly.
 */
@Injectable()
export class ParNationalImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: AgencyScopeService,
    private readonly assessments: ParAssessmentsService,
    private readonly frameworks: ParFrameworksService,
    private readonly national: ParNationalService,
  ) {}

  async template(actor: Actor, assessmentId: string): Promise<ExportedFile> {
    const assessment = await this.assessments.findOne(actor, assessmentId);
    const { framework, criteria, scored } = await this.itemsOf(assessment);
    const em = this.dataSource.manager;
    const [cycle, province, scores] = await Promise.all([
      em.findOneByOrFail(ParCycle, { id: assessment.cycleId }),
      em.findOneByOrFail(Agency, { id: assessment.agencyId }),
      this.assessments.scoresOf([assessment.id]),
    ]);
    const selfOf = new Map((scores.get(assessment.id) ?? []).map((s) => [s.criterionId, s.selfPoints]));
    const buffer = await buildParNationalXlsx(
      { year: cycle.year, place: placeName(province.name), frameworkName: framework.name },
      criteria.map((c) => ({
        code: c.code,
        title: c.title,
        maxPoints: c.maxPoints,
        selfPoints: selfOf.get(c.id) ?? null,
        scored: scored.has(c.id),
      })),
    );
    return {
      filename: `chi-so-cchc-${cycle.year}-diem-bo-noi-vu-tham-dinh.xlsx`,
      mimeType: XLSX_MIME,
      contentBase64: buffer.toString('base64'),
    };
  }

  /**
   * Checks the whole file first (nothing is written while there is a problem, and never on a dry run), then
   * records every scored item's points exactly as recordParNationalAppraisal does, in its one transaction.
   */
  async import(
    caller: Caller,
    input: ImportParNationalPointsInput,
    lang: Lang,
  ): Promise<ParNationalImportResult> {
    // Out of the caller's scope is NOT_FOUND before anything about the file is said.
    const assessment = await this.assessments.findOne(caller.actor, input.assessmentId);
    await this.scope.assertCanWrite(caller.actor, assessment.agencyId, undefined, () =>
      notFound('ParAssessment', input.assessmentId),
    );
    const { criteria, scored } = await this.itemsOf(assessment);
    if (assessment.status !== ParAssessmentStatus.SUBMITTED)
      throw badField('assessmentId', 'parIndex.wrongStatus');
    const bytes = decodeBase64File(input.fileBase64, PAR_NATIONAL_IMPORT_MAX_BYTES);
    const parse = await parseParNationalXlsx(
      bytes,
      criteria.map((c) => ({ code: c.code, maxPoints: c.maxPoints, scored: scored.has(c.id) })),
    );
    const byCode = new Map(criteria.map((c) => [c.code, c]));
    const scores = await this.assessments.scoresOf([assessment.id]);
    const selfOf = new Map((scores.get(assessment.id) ?? []).map((s) => [s.criterionId, s.selfPoints]));
    const rows = parse.rows.flatMap((r) => {
      const criterion = byCode.get(r.code);
      return criterion ? [{ ...r, criterion }] : [];
    });
    const result: ParNationalImportResult = {
      dryRun: input.dryRun,
      applied: false,
      rows: rows.map(({ criterion, ...r }) => ({
        ...r,
        title: criterion.title,
        maxPoints: criterion.maxPoints,
        selfPoints: selfOf.get(criterion.id) ?? null,
      })),
      problems: parse.problems.map((p) => ({
        line: p.line,
        column: p.column,
        code: p.key,
        message: translate(p.key, lang, p.params),
      })),
      assessment: null,
    };
    if (input.dryRun || parse.problems.length) return result;
    const after = await this.national.recordAppraisal(caller, {
      id: assessment.id,
      version: input.version,
      scores: rows.map((r) => ({ criterionId: r.criterion.id, points: r.points, reason: r.reason })),
    });
    return { ...result, applied: true, assessment: after };
  }

  /** The assessment's framework (refused unless the province's own national one) and its items. */
  private async itemsOf(assessment: ParAssessment): Promise<NationalItems> {
    const framework = await nationalFramework(
      this.dataSource.manager,
      assessment,
      'assessmentId',
      'parIndex.national.notProvince',
    );
    const criteria = (await this.frameworks.criteriaOf([framework.id])).get(framework.id) ?? [];
    const scored = new Set(
      leavesOf(criteria)
        .filter((c) => c.method !== null)
        .map((c) => c.id),
    );
    return { framework, criteria, scored };
  }
}
