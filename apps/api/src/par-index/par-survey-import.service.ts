import { Injectable } from '@nestjs/common';
import { ParCycleStatus } from '@partrack/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { AgencyTreeRepository } from '../agencies/agency-tree.repository';
import { Agency } from '../agencies/agency.entity';
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
import { ParCycle } from './par-cycle.entity';
import { ParCyclesService } from './par-cycles.service';
import { ParSurveyImportResult } from './par-survey-import.model';
import { ParSurveyPointsWriter } from './par-survey-points.writer';
import {
  matchSurveyRows,
  SurveyAgencies,
  surveyAgencyKey,
  surveyCodeKey,
  SurveyWrite,
} from './par-survey-match';
import { decodeBase64File } from '../common/http/base64-file';

/** 1,000 agencies × a dozen survey items is ~300 KB of XLSX; the GraphQL body limit is lower anyway. */
export const PAR_SURVEY_IMPORT_MAX_BYTES = 2 * 1024 * 1024;

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
    private readonly tree: AgencyTreeRepository,
    private readonly points: ParSurveyPointsWriter,
  ) {}

  async template(actor: Actor, cycleId: string): Promise<ExportedFile> {
    const cycle = await this.cycles.findOne(actor, cycleId);
    const assessments = await this.points.assessmentsOf(this.dataSource.manager, cycle.id);
    const items = await this.points.surveyItemsOf(assessments.map((a) => a.frameworkId));
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
    const bytes = decodeBase64File(input.fileBase64, PAR_SURVEY_IMPORT_MAX_BYTES);
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
      const changed = this.points.changed(writes);
      if (!input.dryRun && !problems.length)
        for (const { write, agencyCode } of await this.points.lockUnfinalised(em, changed))
          problems.push({
            line: write.line,
            column: null,
            key: 'parSurvey.assessmentFinalised',
            params: { agency: agencyCode },
          });
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
      await this.points.write(em, caller, cycle, changed, 'parSurvey.import');
      return { ...result, applied: true };
    });
  }

  /** Each row's assessment and item (see matchSurveyRows), from one read of each table concerned. */
  private async resolve(
    em: EntityManager,
    cycle: ParCycle,
    parse: ParSurveyXlsxParse,
    problems: ParSurveyXlsxProblem[],
  ): Promise<SurveyWrite[]> {
    const assessments = await this.points.assessmentsOf(em, cycle.id);
    const items = await this.points.surveyItemsOf(assessments.map((a) => a.frameworkId));
    const agencies = new SurveyAgencies(assessments);
    const missing = parse.rows.filter((r) => agencies.find(r).length === 0);
    // One after the other: a transaction's statements share one connection.
    const outsideCycle = await this.agenciesOutsideCycle(em, cycle, missing);
    const existing = await this.points.existingPoints(em, assessments, items);
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
}
