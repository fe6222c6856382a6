import { Injectable } from '@nestjs/common';
import {
  foldVietnamese,
  SurveyImportShape,
  SurveyResultSource,
  SurveyScope,
  SurveyStatus,
} from '@partrack/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { AgencyScopeService } from '../agencies/agency-scope.service';
import { AgencyTreeRepository } from '../agencies/agency-tree.repository';
import { Agency } from '../agencies/agency.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/context/actor';
import { Caller } from '../common/context/caller';
import { badField, notFound } from '../common/errors/domain-error';
import { decodeBase64File } from '../common/http/base64-file';
import { ExportedFile, XLSX_MIME } from '../common/graphql/exported-file.model';
import { Lang, translate } from '../common/i18n/messages';
import { ImportSurveyResultsInput } from './dto/survey-import.input';
import { buildCountsXlsx, buildRespondentsXlsx } from './formats/survey-results-xlsx';
import {
  parseCountsXlsx,
  parseRespondentsXlsx,
  SurveyXlsxAgency,
  SurveyXlsxProblem,
} from './formats/survey-results-xlsx.reader';
import { AgencyCounts, SurveyCountsWriter } from './survey-counts.writer';
import { SurveyImportResult } from './survey-import.model';
import { SurveyQuestion } from './survey-question.entity';
import { Survey } from './survey.entity';
import { SurveysService } from './surveys.service';

/** 20,000 respondents × 20 questions is ~1 MB of XLSX; the GraphQL body limit is lower anyway. */
export const SURVEY_IMPORT_MAX_BYTES = 2 * 1024 * 1024;

const SOURCE_OF: Record<SurveyImportShape, SurveyResultSource> = {
  [SurveyImportShape.RESPONDENTS]: SurveyResultSource.RESPONDENTS,
  [SurveyImportShape.COUNTS]: SurveyResultSource.COUNTS,
};

/**
 * Results of a survey from XLSX, in either shape (formats/survey-results-xlsx.ts): a dry run by default, every
 * problem named by line and column, and all or nothing. The agencies a file names get their counts replaced;
 * the others keep theirs. A coordinator's work while the survey is OPEN.
 */
@Injectable()
export class SurveyImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly surveys: SurveysService,
    private readonly scope: AgencyScopeService,
    private readonly tree: AgencyTreeRepository,
    private readonly writer: SurveyCountsWriter,
    private readonly audit: AuditService,
  ) {}

  async template(actor: Actor, surveyId: string, shape: SurveyImportShape): Promise<ExportedFile> {
    const survey = await this.surveys.findOne(actor, surveyId);
    const questions = (await this.surveys.questionsOf([survey.id])).get(survey.id) ?? [];
    const agency = survey.agencyId
      ? await this.dataSource.getRepository(Agency).findOneBy({ id: survey.agencyId })
      : null;
    const target = agency ? { code: agency.code, name: agency.name } : null;
    const buffer =
      shape === SurveyImportShape.RESPONDENTS
        ? await buildRespondentsXlsx(survey.title, questions, target)
        : await buildCountsXlsx(survey.title, questions, target ? [target] : []);
    return {
      filename: `ket-qua-khao-sat-${shape === SurveyImportShape.RESPONDENTS ? 'phieu' : 'so-luot'}-${survey.year}.xlsx`,
      mimeType: XLSX_MIME,
      contentBase64: buffer.toString('base64'),
    };
  }

  async import(caller: Caller, input: ImportSurveyResultsInput, lang: Lang): Promise<SurveyImportResult> {
    // Out of the caller's reach is NOT_FOUND before anything about the file is said.
    const found = await this.surveys.findOne(caller.actor, input.surveyId);
    await this.scope.assertCanWrite(caller.actor, found.provinceId, undefined, () =>
      notFound('Survey', input.surveyId),
    );
    const bytes = decodeBase64File(input.fileBase64, SURVEY_IMPORT_MAX_BYTES);
    const questions = (await this.surveys.questionsOf([found.id])).get(found.id) ?? [];
    const codes = questions.map((q) => q.code);
    const parse =
      input.shape === SurveyImportShape.RESPONDENTS
        ? await parseRespondentsXlsx(bytes, codes)
        : await parseCountsXlsx(bytes, codes);
    return this.dataSource.transaction(async (em) => {
      // FOR UPDATE: imports of one survey run one after another (each replaces whole agencies), and the survey
      // cannot be closed meanwhile.
      const survey = await em.findOneOrFail(Survey, {
        where: { id: found.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (survey.status !== SurveyStatus.OPEN) throw badField('surveyId', 'survey.notOpen');
      const problems = [...parse.problems];
      const ids = parse.agencies.length
        ? await this.resolveAgencies(em, survey, parse.agencies, problems)
        : [];
      problems.sort(
        (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? '').localeCompare(b.column ?? ''),
      );
      const writes = problems.length ? [] : this.countsOf(parse.agencies, ids, questions);
      const result = {
        dryRun: input.dryRun,
        applied: false,
        rows: parse.rows,
        agencies: parse.agencies.length,
        respondents: parse.agencies.reduce((sum, a) => sum + a.respondents, 0),
        problems: problems.map((p) => ({
          line: p.line,
          column: p.column,
          code: p.key,
          message: translate(p.key, lang, p.params),
        })),
      };
      if (input.dryRun || problems.length) return result;
      await this.writer.replace(em, survey.id, writes, SOURCE_OF[input.shape]);
      await this.audit.record(em, caller, {
        action: 'survey.importResults',
        entityType: 'Survey',
        entityId: survey.id,
        after: {
          shape: input.shape,
          agencies: writes.map((w) => ({ agencyId: w.agencyId, respondents: w.respondents })),
        },
      });
      return { ...result, applied: true };
    });
  }

  /**
   * The agency id of each block, in order, from one read: by code, else by name, inside the survey's province
   * (and only the survey's agency for an AGENCY survey). A name two agencies of the province share is unknown.
   */
  private async resolveAgencies(
    em: EntityManager,
    survey: Survey,
    blocks: readonly SurveyXlsxAgency[],
    problems: SurveyXlsxProblem[],
  ): Promise<(string | null)[]> {
    const codes = [...new Set(blocks.flatMap((b) => (b.agencyCode ? [b.agencyCode.toUpperCase()] : [])))];
    const names = [...new Set(blocks.flatMap((b) => (b.agencyCode ? [] : [b.agencyName ?? ''])))];
    const province = new Set(await this.tree.subtreeIds(survey.provinceId, {}, em));
    const found = (
      await em.find(Agency, {
        where: [
          ...(codes.length ? [{ code: In(codes) }] : []),
          ...(names.length ? [{ name: In(names) }] : []),
        ],
      })
    ).filter((a) => province.has(a.id));
    const byCode = new Map(found.map((a) => [a.code.toUpperCase(), a]));
    const byName = new Map<string, Agency[]>();
    for (const a of found)
      byName.set(foldVietnamese(a.name), [...(byName.get(foldVietnamese(a.name)) ?? []), a]);
    const expected =
      survey.scope === SurveyScope.AGENCY ? found.find((a) => a.id === survey.agencyId) : undefined;
    return blocks.map((b) => {
      const named = b.agencyCode ?? b.agencyName ?? '';
      const matches = b.agencyCode
        ? [byCode.get(b.agencyCode.toUpperCase())].filter((a): a is Agency => a !== undefined)
        : (byName.get(foldVietnamese(b.agencyName ?? '')) ?? []);
      if (matches.length !== 1) {
        problems.push({
          line: b.line,
          column: b.column,
          key: 'surveyXlsx.unknownAgency',
          params: { agency: named },
        });
        return null;
      }
      if (survey.scope === SurveyScope.AGENCY && matches[0].id !== survey.agencyId) {
        problems.push({
          line: b.line,
          column: b.column,
          key: 'surveyXlsx.otherAgency',
          params: { agency: named, expected: expected?.name ?? survey.agencyId ?? '' },
        });
        return null;
      }
      return matches[0].id;
    });
  }

  /** The blocks as counts by question id; two blocks naming one agency (by code and by name) are added up. */
  private countsOf(
    blocks: readonly SurveyXlsxAgency[],
    ids: readonly (string | null)[],
    questions: readonly SurveyQuestion[],
  ): AgencyCounts[] {
    const idOf = new Map(questions.map((q) => [q.code, q.id]));
    const byAgency = new Map<string, { respondents: number; byQuestion: Map<string, number[]> }>();
    blocks.forEach((block, i) => {
      const agencyId = ids[i];
      if (!agencyId) return;
      const entry = byAgency.get(agencyId) ?? { respondents: 0, byQuestion: new Map<string, number[]>() };
      entry.respondents += block.respondents;
      for (const [code, counts] of block.byQuestion) {
        const id = idOf.get(code);
        if (!id) continue;
        const sum = entry.byQuestion.get(id);
        entry.byQuestion.set(id, sum ? sum.map((n, level) => n + (counts[level] ?? 0)) : [...counts]);
      }
      byAgency.set(agencyId, entry);
    });
    return [...byAgency].map(([agencyId, e]) => ({ agencyId, ...e }));
  }
}
