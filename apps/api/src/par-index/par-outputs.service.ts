import { Injectable } from '@nestjs/common';
import { ParCycleStatus } from '@partrack/shared';
import { DataSource, In } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { Actor } from '../common/context/actor';
import { badField } from '../common/errors/domain-error';
import { ExportedFile, XLSX_MIME } from '../common/graphql/exported-file.model';
import { dateInVietnam } from '../common/time/vietnam-time';
import { buildParDecisionDocx, publishedGroups } from './formats/par-decision-docx';
import { buildParRankingXlsx, ParOutputGroup, ParOutputRow } from './formats/par-ranking-xlsx';
import { buildParScorecardXlsx } from './formats/par-scorecard-xlsx';
import { ParAssessmentsService } from './par-assessments.service';
import { ParCycle } from './par-cycle.entity';
import { ParCyclesService } from './par-cycles.service';
import { ParFramework } from './par-framework.entity';
import { ParFrameworksService } from './par-frameworks.service';
import { ParRankingRow } from './par-ranking.model';
import { ParRankingService } from './par-ranking.service';

/** The reports' DOCX media type (private to reports/report-export.service.ts, so repeated here). */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** ASCII file name parts: "QNA-SNV" → "qna-snv", "Sở Nội vụ" → "so-noi-vu". */
export function fileSlug(text: string): string {
  const ascii = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ascii.slice(0, 60) || 'co-quan';
}

/** The publication day in Vietnam; null while the cycle is OPEN, so the documents say "provisional". */
const publishedOn = (cycle: ParCycle): string | null =>
  cycle.status === ParCycleStatus.PUBLISHED ? dateInVietnam(cycle.publishedAt) : null;

/**
 * The PAR Index outputs: the ranking workbook, the publication decision and one agency's scorecard. Each reads
 * the ranking computed by ParRankingService (one statement for the whole cycle), so the files and the parRanking
 * query agree to the hundredth; agency names come in one more statement, whatever the number of rows.
 */
@Injectable()
export class ParOutputsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cycles: ParCyclesService,
    private readonly ranking: ParRankingService,
    private readonly assessments: ParAssessmentsService,
    private readonly frameworks: ParFrameworksService,
  ) {}

  async rankingXlsx(actor: Actor, cycleId: string): Promise<ExportedFile> {
    const cycle = await this.cycles.findOne(actor, cycleId);
    const rows = await this.ranking.ranking(actor, cycle.id);
    const names = await this.agencyNames(rows.map((r) => r.agencyId));
    const buffer = await buildParRankingXlsx({
      year: cycle.year,
      publishedOn: publishedOn(cycle),
      groups: groupsOf(rows, names),
    });
    return file(`chi-so-cchc-${cycle.year}-xep-hang.xlsx`, XLSX_MIME, buffer);
  }

  async decisionDocx(actor: Actor, cycleId: string): Promise<ExportedFile> {
    const cycle = await this.cycles.findOne(actor, cycleId);
    const rows = await this.ranking.ranking(actor, cycle.id);
    const names = await this.agencyNames([cycle.provinceId, ...rows.map((r) => r.agencyId)]);
    const model = {
      year: cycle.year,
      provinceName: names.get(cycle.provinceId) ?? '',
      publishedOn: publishedOn(cycle),
      groups: groupsOf(rows, names),
    };
    // Only the province's own self-assessment (or nobody) is scored: a decision would publish nothing.
    if (publishedGroups(model).length === 0) throw badField('cycleId', 'parOutput.nothingToPublish');
    return file(
      `chi-so-cchc-${cycle.year}-quyet-dinh-cong-bo.docx`,
      DOCX_MIME,
      await buildParDecisionDocx(model),
    );
  }

  async scorecardXlsx(actor: Actor, assessmentId: string): Promise<ExportedFile> {
    // Out of the caller's scope is NOT_FOUND, like an id that names nothing.
    const assessment = await this.assessments.findOne(actor, assessmentId);
    const cycle = await this.cycles.findOne(actor, assessment.cycleId);
    const framework = await this.dataSource.manager.findOneByOrFail(ParFramework, {
      id: assessment.frameworkId,
    });
    const [rows, criteria, scores, agency] = await Promise.all([
      this.ranking.ranking(actor, cycle.id, framework.targetGroup),
      this.frameworks.criteriaOf([framework.id]),
      this.assessments.scoresOf([assessment.id]),
      this.dataSource.manager.findOneByOrFail(Agency, { id: assessment.agencyId }),
    ]);
    const row = rows.find((r) => r.assessmentId === assessment.id);
    const scoreOf = new Map((scores.get(assessment.id) ?? []).map((s) => [s.criterionId, s]));
    const buffer = await buildParScorecardXlsx({
      year: cycle.year,
      agencyName: agency.name,
      targetGroup: framework.targetGroup,
      frameworkName: framework.name,
      publishedOn: publishedOn(cycle),
      items: (criteria.get(framework.id) ?? []).map((c) => ({
        id: c.id,
        parentId: c.parentId,
        code: c.code,
        title: c.title,
        level: c.level,
        maxPoints: c.maxPoints,
        method: c.method,
        score: scoreOf.get(c.id) ?? null,
      })),
      totals: {
        points: row?.points ?? 0,
        bonus: row?.bonus ?? 0,
        penalty: row?.penalty ?? 0,
        maxPoints: row?.maxPoints ?? 0,
        index: row?.index ?? 0,
        band: row?.band?.label ?? null,
        rank: row?.rank ?? null,
        ranked: rows.length,
      },
    });
    return file(`chi-so-cchc-${cycle.year}-phieu-diem-${fileSlug(agency.code)}.xlsx`, XLSX_MIME, buffer);
  }

  /**
   * Names by agency id, in one statement. AgenciesService reads one agency at a time, so the entity is read
   * here as par-index already does when opening a cycle.
   */
  private async agencyNames(ids: string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    const agencies = unique.length
      ? await this.dataSource.manager.find(Agency, {
          where: { id: In(unique) },
          select: { id: true, name: true },
        })
      : [];
    return new Map(agencies.map((a) => [a.id, a.name]));
  }
}

/** The ranking's rows by target group, in its order (rank, then agency name), with names and band labels. */
function groupsOf(rows: readonly ParRankingRow[], names: ReadonlyMap<string, string>): ParOutputGroup[] {
  const groups = new Map<ParRankingRow['targetGroup'], ParOutputRow[]>();
  for (const r of rows) {
    const list = groups.get(r.targetGroup) ?? [];
    list.push({
      rank: r.rank,
      agencyName: names.get(r.agencyId) ?? '',
      index: r.index,
      points: r.points,
      bonus: r.bonus,
      penalty: r.penalty,
      band: r.band?.label ?? null,
      previousIndex: r.previousIndex,
      areas: r.areas.map((a) => ({ code: a.code, name: a.name, index: a.index })),
    });
    groups.set(r.targetGroup, list);
  }
  return [...groups].map(([targetGroup, list]) => ({ targetGroup, rows: list }));
}

function file(filename: string, mimeType: string, buffer: Buffer): ExportedFile {
  return { filename, mimeType, contentBase64: buffer.toString('base64') };
}
