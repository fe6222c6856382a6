import { Injectable } from '@nestjs/common';
import { ParAssessmentStatus } from '@partrack/shared';
import { DataSource, In } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { Actor } from '../common/context/actor';
import { ExportedFile } from '../common/graphql/exported-file.model';
import { dateInVietnam } from '../common/time/vietnam-time';
import { buildParNationalReportDocx } from './formats/par-national-report-docx';
import { ParAssessmentsService } from './par-assessments.service';
import { ParCycle } from './par-cycle.entity';
import { ParEvidence } from './par-evidence.entity';
import { ParEvidenceService } from './par-evidence.service';
import { ParFrameworksService } from './par-frameworks.service';
import { nationalFramework } from './par-national-read';
import { DOCX_MIME, fileSlug } from './par-outputs.service';
import { responsibleAgencies } from './par-responsibilities';

/**
 * The province's national self-assessment report (3.34): Sở Nội vụ compiles the items, the province's own
 * points, the agency answering for each item, its explanation and evidence, into the report the province sends
 * the Ministry of Home Affairs. A constant handful of statements, whatever the number of items and evidence.
 */
@Injectable()
export class ParNationalReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly assessments: ParAssessmentsService,
    private readonly frameworks: ParFrameworksService,
    private readonly evidence: ParEvidenceService,
  ) {}

  async reportDocx(actor: Actor, assessmentId: string): Promise<ExportedFile> {
    const em = this.dataSource.manager;
    // Out of the caller's scope is NOT_FOUND, like an id that names nothing.
    const assessment = await this.assessments.findOne(actor, assessmentId);
    const framework = await nationalFramework(
      em,
      assessment,
      'assessmentId',
      'parNational.reportNotProvince',
    );
    const [cycle, criteria, scores, evidence] = await Promise.all([
      em.findOneByOrFail(ParCycle, { id: assessment.cycleId }),
      this.frameworks.criteriaOf([framework.id]),
      this.assessments.scoresOf([assessment.id]),
      this.evidence.evidenceOf([assessment.id]),
    ]);
    const items = criteria.get(framework.id) ?? [];
    const responsible = await responsibleAgencies(
      em,
      assessment,
      items.map((c) => c.id),
    );
    const agencyIds = [
      assessment.agencyId,
      ...[...responsible.values()].filter((id): id is string => id !== null),
    ];
    const agencies = new Map(
      (await em.find(Agency, { where: { id: In([...new Set(agencyIds)]) } })).map((a) => [a.id, a]),
    );
    const province = agencies.get(assessment.agencyId);
    const scoreOf = new Map((scores.get(assessment.id) ?? []).map((s) => [s.criterionId, s]));
    const evidenceOf = new Map<string, ParEvidence[]>();
    for (const e of evidence.get(assessment.id) ?? [])
      evidenceOf.set(e.criterionId, [...(evidenceOf.get(e.criterionId) ?? []), e]);
    const codeOf = new Map(items.map((c) => [c.id, c.code]));
    const buffer = await buildParNationalReportDocx({
      year: cycle.year,
      provinceName: province?.name ?? '',
      submittedOn: dateInVietnam(assessment.submittedAt),
      draft: assessment.status === ParAssessmentStatus.DRAFT,
      items: items.map((c) => {
        const score = scoreOf.get(c.id);
        return {
          code: c.code,
          parentCode: c.parentId ? (codeOf.get(c.parentId) ?? null) : null,
          level: c.level,
          title: c.title,
          maxPoints: c.maxPoints,
          method: c.method,
          selfPoints: score?.selfPoints ?? null,
          note: score?.selfNote ?? null,
          noEvidenceReason: score?.noEvidenceReason ?? null,
          agencyName: agencies.get(responsible.get(c.id) ?? assessment.agencyId)?.name ?? '',
          evidence: (evidenceOf.get(c.id) ?? []).map((e) => ({ kind: e.kind, label: e.label, url: e.url })),
        };
      }),
    });
    return {
      filename: `chi-so-cchc-${cycle.year}-bao-cao-tu-danh-gia-${fileSlug(province?.code ?? '')}.docx`,
      mimeType: DOCX_MIME,
      contentBase64: buffer.toString('base64'),
    };
  }
}
