import { Injectable } from '@nestjs/common';
import { InspectionChecklistResult, InspectionPlanStatus, InspectionStatus } from '@partrack/shared';
import { DataSource, In } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { Actor } from '../common/context/actor';
import { badField } from '../common/errors/domain-error';
import { ExportedFile } from '../common/graphql/exported-file.model';
import { DOCX_MIME } from '../par-index/par-outputs.service';
import { buildReportDocx } from '../reports/formats/report-docx.builder';
import { User } from '../users/user.entity';
import { InspectionChecklistItem } from './checklist/inspection-checklist-item.entity';
import { conclusionDocument } from './formats/inspection-conclusion-docx';
import { buildInspectionDecisionDocx } from './formats/inspection-decision-docx';
import { InspectionPlansService } from './inspection-plans.service';
import { InspectionFinding } from './inspection-finding.entity';
import { Inspection } from './inspection.entity';
import { InspectionsService } from './inspections.service';

/**
 * The plan's documents, read like the plan (in its province; elsewhere NOT_FOUND). A constant handful of
 * statements whatever the number of inspections: the plan, its inspections, the agencies' and leaders' names.
 */
@Injectable()
export class InspectionDocumentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: InspectionPlansService,
    private readonly inspections: InspectionsService,
  ) {}

  async decisionDocx(actor: Actor, planId: string): Promise<ExportedFile> {
    const plan = await this.plans.findOne(actor, planId);
    const em = this.dataSource.manager;
    const inspections = await em.find(Inspection, { where: { planId: plan.id } });
    const agencyIds = [plan.provinceId, ...inspections.map((i) => i.agencyId)];
    const leaderIds = inspections.flatMap((i) => i.teamUserIds.slice(0, 1));
    const [agencies, leaders] = await Promise.all([
      em.find(Agency, { select: { id: true, name: true }, where: { id: In(agencyIds) } }),
      leaderIds.length
        ? em.find(User, { select: { id: true, fullName: true }, where: { id: In(leaderIds) } })
        : Promise.resolve([]),
    ]);
    const agencyName = new Map(agencies.map((a) => [a.id, a.name]));
    const leaderName = new Map(leaders.map((u) => [u.id, u.fullName]));
    const rows = inspections
      .map((i) => ({
        agencyName: agencyName.get(i.agencyId) ?? '',
        month: i.month,
        leaderName: i.teamUserIds.length ? (leaderName.get(i.teamUserIds[0]) ?? null) : null,
      }))
      .sort((a, b) => (a.month ?? 13) - (b.month ?? 13) || a.agencyName.localeCompare(b.agencyName, 'vi'));
    const buffer = await buildInspectionDecisionDocx({
      year: plan.year,
      provinceName: agencyName.get(plan.provinceId) ?? '',
      approved: plan.status === InspectionPlanStatus.APPROVED,
      rows,
    });
    return {
      filename: `ke-hoach-kiem-tra-cchc-${plan.year}-quyet-dinh.docx`,
      mimeType: DOCX_MIME,
      contentBase64: buffer.toString('base64'),
    };
  }

  /** The conclusions of a conducted inspection, drafted from its findings (always marked DỰ THẢO). */
  async conclusionDocx(actor: Actor, inspectionId: string): Promise<ExportedFile> {
    const inspection = await this.inspections.findOne(actor, inspectionId);
    if (inspection.status !== InspectionStatus.DONE)
      throw badField('inspectionId', 'inspection.notConducted');
    const plan = await this.plans.findOne(actor, inspection.planId);
    const em = this.dataSource.manager;
    const leaderId = inspection.teamUserIds[0];
    const [agencies, leader, findings, unmet] = await Promise.all([
      em.find(Agency, {
        select: { id: true, name: true },
        where: { id: In([plan.provinceId, inspection.agencyId]) },
      }),
      leaderId ? em.findOne(User, { select: { id: true, fullName: true }, where: { id: leaderId } }) : null,
      em.find(InspectionFinding, { where: { inspectionId: inspection.id }, order: { position: 'ASC' } }),
      em.find(InspectionChecklistItem, {
        where: { inspectionId: inspection.id, result: InspectionChecklistResult.NOT_MET },
        order: { position: 'ASC' },
      }),
    ]);
    const name = new Map(agencies.map((a) => [a.id, a.name]));
    const buffer = await buildReportDocx(
      conclusionDocument({
        year: plan.year,
        provinceName: name.get(plan.provinceId) ?? '',
        agencyName: name.get(inspection.agencyId) ?? '',
        conductedOn: inspection.conductedOn,
        leaderName: leader?.fullName ?? null,
        findings,
        unmet,
      }),
    );
    return {
      filename: `ket-luan-kiem-tra-cchc-${plan.year}.docx`,
      mimeType: DOCX_MIME,
      contentBase64: buffer.toString('base64'),
    };
  }
}
