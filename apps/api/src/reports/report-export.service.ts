import { Injectable } from '@nestjs/common';
import { registerEnumType } from '@nestjs/graphql';
import { AgencyKind, ReportStatus } from '@partrack/shared';
import { DataSource } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { subtreeSql } from '../agencies/agency-tree.repository';
import { AgencyHistoryService } from '../agencies/agency-history.service';
import { Actor } from '../common/context/actor';
import { dateInVietnam } from '../common/time/vietnam-time';
import { ExportedFile, XLSX_MIME } from '../common/graphql/exported-file.model';
import { AgencyReport } from './agency-report.entity';
import { AgencyReportsService } from './agency-reports.service';
import { ConsolidatedReport } from './consolidated-report.entity';
import { ConsolidatedReportsService } from './consolidated-reports.service';
import { buildReportAppendixXlsx } from './formats/report-xlsx.builder';
import { buildReportDocx } from './formats/report-docx.builder';
import { reportAppendix, ReportHeading, reportDocument } from './formats/report-document.mapper';
import { issuerCase, periodPhrase, placeName } from './formats/report-labels';
import { ReportingRound } from './reporting-round.entity';

export enum ReportFileFormat {
  DOCX = 'DOCX',
  XLSX = 'XLSX',
}
registerEnumType(ReportFileFormat, {
  name: 'ReportFileFormat',
  description: 'DOCX: the report; XLSX: its appendices',
});

const MIME: Record<ReportFileFormat, string> = {
  DOCX: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  XLSX: XLSX_MIME,
};

/** "QNA-STTTT" → "STTTT": the usual tail of a document symbol (BC-STTTT). */
const symbolOf = (code: string) => `BC-${code.split('-').pop() ?? code}`;

/** The day whose names a report's document shows: its submission (finalisation), else its round's due date. */
function documentDay(report: AgencyReport | ConsolidatedReport, round: ReportingRound): string {
  const final = report instanceof ConsolidatedReport ? report.finalisedAt : report.submittedAt;
  return dateInVietnam(final) ?? round.dueDate;
}

/** Word (Decree 30 layout) and Excel appendices of agency and consolidated reports. */
@Injectable()
export class ReportExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly agencyReports: AgencyReportsService,
    private readonly consolidated: ConsolidatedReportsService,
    private readonly history: AgencyHistoryService,
  ) {}

  async agencyReport(actor: Actor, id: string, format: ReportFileFormat): Promise<ExportedFile> {
    const report = await this.agencyReports.findOne(actor, id);
    const context = await this.context(report.roundId, report.agencyId);
    const { round } = context;
    const found = await this.coordinatingAgency(round.provinceId);
    // A document keeps the names of its date (a renamed or merged agency's 2022 report still says 2022's).
    const named = await this.history.asOf(
      [context.agency.id, context.province.id, ...(found ? [found.id] : [])],
      documentDay(report, round),
    );
    const agency = named.get(context.agency.id) ?? context.agency;
    const province = named.get(context.province.id) ?? context.province;
    const coordinating = found ? (named.get(found.id) ?? found) : null;
    const data = await this.agencyReports.dataOf(report);
    const phrase = periodPhrase(round.kind, round.year, round.title);
    const name = `${round.period}-${agency.code}`;
    if (format === ReportFileFormat.XLSX)
      return this.file(
        `Phu-luc-${name}.xlsx`,
        format,
        await buildReportAppendixXlsx(reportAppendix(`Phụ lục báo cáo ${phrase} — ${agency.name}`, data)),
      );
    const heading = this.heading(report, agency, province, phrase, {
      addressee: coordinating?.name ?? null,
      recipients: [...(coordinating ? [coordinating.name] : []), 'Lưu: VT'],
    });
    return this.file(
      `Bao-cao-${name}.docx`,
      format,
      await buildReportDocx(reportDocument(heading, report.narrative, data)),
    );
  }

  async consolidatedReport(actor: Actor, id: string, format: ReportFileFormat): Promise<ExportedFile> {
    const report = await this.consolidated.findOne(actor, id);
    const round = await this.dataSource.manager.findOneByOrFail(ReportingRound, { id: report.roundId });
    const today = await this.dataSource.manager.findOneByOrFail(Agency, { id: round.provinceId });
    const found = await this.coordinatingAgency(round.provinceId);
    const named = await this.history.asOf(
      [today.id, ...(found ? [found.id] : [])],
      documentDay(report, round),
    );
    const province = named.get(today.id) ?? today;
    const issuer = (found ? (named.get(found.id) ?? found) : null) ?? province;
    const [data, completeness] = await Promise.all([
      this.consolidated.dataOf(report),
      this.consolidated.completenessOf(report),
    ]);
    const phrase = periodPhrase(round.kind, round.year, round.title);
    if (format === ReportFileFormat.XLSX)
      return this.file(
        `Phu-luc-tong-hop-${round.period}.xlsx`,
        format,
        await buildReportAppendixXlsx(
          reportAppendix(`Phụ lục báo cáo tổng hợp ${phrase}`, data, completeness),
        ),
      );
    const heading = this.heading(report, issuer, province, phrase, {
      addressee: province.name,
      recipients: ['Bộ Nội vụ', 'Chủ tịch, các Phó Chủ tịch UBND tỉnh', 'Lưu: VT, CCHC'],
    });
    return this.file(
      `Bao-cao-tong-hop-${round.period}.docx`,
      format,
      await buildReportDocx(reportDocument(heading, report.narrative, data, completeness)),
    );
  }

  private heading(
    report: AgencyReport | ConsolidatedReport,
    issuer: Agency,
    province: Agency,
    phrase: string,
    extra: Pick<ReportHeading, 'addressee' | 'recipients'>,
  ): ReportHeading {
    const final =
      report instanceof ConsolidatedReport
        ? report.finalisedAt
        : report.status === ReportStatus.DRAFT || report.status === ReportStatus.RETURNED
          ? null
          : report.submittedAt;
    const committee = issuer.kind === AgencyKind.PEOPLES_COMMITTEE;
    return {
      issuerParent: committee || issuer.id === province.id ? null : issuerCase(province.name),
      issuerName: issuerCase(issuer.name),
      symbol: symbolOf(issuer.code),
      place: placeName(province.name),
      date: dateInVietnam(final),
      number: report.documentNumber,
      // An ad hoc round's title already says what the report is about.
      summary: phrase.startsWith('Báo cáo')
        ? phrase.replace(/^Báo cáo\s*/, '')
        : `Kết quả thực hiện công tác cải cách hành chính ${phrase}`,
      introduction: `${issuer.name} báo cáo kết quả thực hiện công tác cải cách hành chính ${phrase} như sau:`,
      signerTitle: report.signerTitle?.toLocaleUpperCase('vi') ?? (committee ? 'CHỦ TỊCH' : 'GIÁM ĐỐC'),
      signerName: report.signerName,
      draft: final === null,
      ...extra,
    };
  }

  private async context(roundId: string, agencyId: string) {
    const round = await this.dataSource.manager.findOneByOrFail(ReportingRound, { id: roundId });
    const [agency, province] = await Promise.all([
      this.dataSource.manager.findOneByOrFail(Agency, { id: agencyId }),
      this.dataSource.manager.findOneByOrFail(Agency, { id: round.provinceId }),
    ]);
    return { round, agency, province };
  }

  /** The agency the province's coordinators belong to (Sở Nội vụ): the addressee of agency reports. */
  private async coordinatingAgency(provinceId: string): Promise<Agency | null> {
    const rows = await this.dataSource.query<{ agency_id: string }[]>(
      `SELECT u.agency_id FROM app_user u JOIN agency a ON a.id = u.agency_id
        WHERE u.role = 'COORDINATOR' AND u.active AND a.id <> $1
          AND a.id IN ${subtreeSql('$1')}
        GROUP BY u.agency_id ORDER BY count(*) DESC LIMIT 1`,
      [provinceId],
    );
    return rows[0] ? this.dataSource.manager.findOneBy(Agency, { id: rows[0].agency_id }) : null;
  }

  private file(filename: string, format: ReportFileFormat, buffer: Buffer): ExportedFile {
    return { filename, mimeType: MIME[format], contentBase64: buffer.toString('base64') };
  }
}
