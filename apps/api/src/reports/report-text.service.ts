import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../common/context/caller';
import { definedFields } from '../common/object/defined-fields';
import { versionedUpdate } from '../database/versioned-update';
import { AgencyReport } from './agency-report.entity';
import { ConsolidatedReport } from './consolidated-report.entity';
import { ReportNarrative } from './report-content.model';

/** The part of a report its writers type: narrative sections and the signature block. */
export interface ReportText {
  narrative: ReportNarrative;
  documentNumber: string | null;
  signerName: string | null;
  signerTitle: string | null;
}

export type ReportTextInput = Partial<ReportText> & { id: string; version: number };

type TextReportClass = typeof AgencyReport | typeof ConsolidatedReport;

/**
 * Writes the text of an agency or consolidated report. Who may edit it, and in which status, is each
 * kind's own rule: its service checks that and passes the report it loaded.
 */
@Injectable()
export class ReportTextService {
  constructor(private readonly audit: AuditService) {}

  /** Fields and narrative sections the input leaves out keep what is stored: a client sends what it edited. */
  update(
    em: EntityManager,
    caller: Caller,
    entity: typeof AgencyReport,
    report: AgencyReport,
    input: ReportTextInput,
  ): Promise<AgencyReport>;
  update(
    em: EntityManager,
    caller: Caller,
    entity: typeof ConsolidatedReport,
    report: ConsolidatedReport,
    input: ReportTextInput,
  ): Promise<ConsolidatedReport>;
  async update(
    em: EntityManager,
    caller: Caller,
    entity: TextReportClass,
    report: AgencyReport | ConsolidatedReport,
    input: ReportTextInput,
  ): Promise<AgencyReport | ConsolidatedReport> {
    const { id, version, narrative, ...fields } = input;
    const set: Partial<ReportText> = definedFields(fields);
    if (narrative) set.narrative = { ...report.narrative, ...definedFields(narrative) };
    const updated = await versionedUpdate(em, entity, id, version, set);
    await this.audit.record(em, caller, {
      action: entity === AgencyReport ? 'agencyReport.update' : 'consolidatedReport.update',
      entityType: entity.name,
      entityId: id,
      before: report,
      after: updated,
    });
    return updated;
  }
}
