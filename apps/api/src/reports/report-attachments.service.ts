import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { notFoundAs } from '../agencies/agency-scope.service';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/context/actor';
import { Caller } from '../common/context/caller';
import { badField, notFound } from '../common/errors/domain-error';
import { cleanFilename } from '../common/http/filename.util';
import { ATTACHMENT_MAX_BYTES } from '../common/http/upload-limits';
import { AgencyReportsService } from './agency-reports.service';
import { ReportAttachment } from './report-attachment.entity';

export const ATTACHMENTS_PER_REPORT = 20;

/** Attachments of agency reports: added and removed only while the report is with the agency. */
@Injectable()
export class ReportAttachmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reports: AgencyReportsService,
    private readonly audit: AuditService,
  ) {}

  async add(
    caller: Caller,
    reportId: string,
    filename: string,
    mimeType: string,
    content: Buffer,
  ): Promise<ReportAttachment> {
    if (!content.length) throw badField('content', 'import.empty');
    if (content.length > ATTACHMENT_MAX_BYTES)
      throw badField('content', 'import.tooLarge', { size: content.length, max: ATTACHMENT_MAX_BYTES });
    const name = cleanFilename(filename);
    return this.dataSource.transaction(async (em) => {
      // Concurrent uploads to one report queue on its row, so the count below cannot be raced past the limit.
      await em.query('SELECT 1 FROM agency_report WHERE id = $1 FOR UPDATE', [reportId]);
      const report = await this.reports.editable(caller, reportId, em);
      if ((await em.count(ReportAttachment, { where: { reportId: report.id } })) >= ATTACHMENTS_PER_REPORT)
        throw badField('content', 'report.tooManyAttachments', { max: ATTACHMENTS_PER_REPORT });
      const saved = await em.save(
        em.create(ReportAttachment, {
          reportId: report.id,
          filename: name,
          mimeType: mimeType.slice(0, 120) || 'application/octet-stream',
          size: content.length,
          content,
          uploadedBy: caller.actor.label,
        }),
      );
      const { content: _bytes, ...meta } = saved;
      await this.audit.record(em, caller, {
        action: 'agencyReport.attach',
        entityType: 'AgencyReport',
        entityId: report.id,
        after: meta,
      });
      return saved;
    });
  }

  async remove(caller: Caller, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (em) => {
      const attachment = await em.findOne(ReportAttachment, { where: { id } });
      if (!attachment) throw notFound('ReportAttachment', id);
      await this.reports.editable(caller, attachment.reportId, em).catch(notFoundAs('ReportAttachment', id));
      await em.delete(ReportAttachment, { id });
      await this.audit.record(em, caller, {
        action: 'agencyReport.detach',
        entityType: 'AgencyReport',
        entityId: attachment.reportId,
        before: attachment,
      });
      return true;
    });
  }

  /** The file with its bytes, when the caller may read the report. */
  async download(actor: Actor, id: string): Promise<ReportAttachment> {
    const attachment = await this.dataSource
      .getRepository(ReportAttachment)
      .createQueryBuilder('a')
      .addSelect('a.content')
      .where('a.id = :id', { id })
      .getOne();
    if (!attachment) throw notFound('ReportAttachment', id);
    await this.reports.findOne(actor, attachment.reportId).catch(notFoundAs('ReportAttachment', id));
    return attachment;
  }

  list(reportId: string): Promise<ReportAttachment[]> {
    return this.dataSource.manager.find(ReportAttachment, {
      where: { reportId },
      order: { createdAt: 'ASC' },
    });
  }
}
