import { Injectable, Logger } from '@nestjs/common';
import { REFORM_AREAS, ReportAction, ReportRoundKind, ReportStatus } from '@partrack/shared';
import { createHash } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { AgencyReport } from '../reports/agency-report.entity';
import { ReportDataService } from '../reports/report-data.service';
import { ReportEvent } from '../reports/report-event.entity';
import { ReportingRound } from '../reports/reporting-round.entity';
import { ReportingRoundsService } from '../reports/reporting-rounds.service';

const DEMO_LABEL = 'Dữ liệu demo';

/** How far each 2022 round got: share of agencies accepted, submitted (waiting), returned. */
const PROGRESS: Record<string, { accepted: number; submitted: number; returned: number }> = {
  Q1: { accepted: 0.85, submitted: 0.05, returned: 0.03 },
  H1: { accepted: 0.7, submitted: 0.1, returned: 0.05 },
  Q3: { accepted: 0.4, submitted: 0.25, returned: 0.05 },
  YEAR: { accepted: 0, submitted: 0.2, returned: 0 },
};

const roll = (key: string) => createHash('sha256').update(key).digest().readUInt16BE(0) / 65536;

function narrative(agency: Agency) {
  const name = agency.shortName ?? agency.name;
  return {
    direction: `[${DEMO_LABEL}] ${name} ban hành kế hoạch triển khai và phân công nhiệm vụ cải cách hành chính.\n- Tổ chức họp giao ban định kỳ.`,
    areas: REFORM_AREAS.slice(0, 3).map((a) => ({
      areaCode: a.code,
      text: `[${DEMO_LABEL}] Triển khai các nhiệm vụ ${a.nameVi.toLowerCase()} theo kế hoạch.`,
    })),
    assessment: `[${DEMO_LABEL}] Cơ bản hoàn thành nhiệm vụ; một số nhiệm vụ còn chậm do thiếu kinh phí.`,
    nextTasks: `[${DEMO_LABEL}] Tiếp tục đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.`,
    proposals: `[${DEMO_LABEL}] Đề nghị bố trí kinh phí cho chuyển đổi số.`,
  };
}

/**
 * DEMO DATA ONLY: the four 2022 reporting rounds of Quảng Nam with agency reports at plausible stages
 * (most early rounds accepted, the annual report mostly in draft), narrative marked "Dữ liệu demo".
 */
@Injectable()
export class DemoReportSeeder {
  private readonly logger = new Logger('Seed');

  constructor(
    private readonly dataSource: DataSource,
    private readonly rounds: ReportingRoundsService,
    private readonly reportData: ReportDataService,
  ) {}

  async seed(year: number): Promise<void> {
    const [province] = await this.dataSource.manager.find(Agency, { where: { code: 'QNA' } });
    if (
      !province ||
      (await this.dataSource.manager.exists(ReportingRound, { where: { provinceId: province.id } }))
    )
      return;
    let submitted = 0;
    for (const kind of [ReportRoundKind.Q1, ReportRoundKind.H1, ReportRoundKind.Q3, ReportRoundKind.YEAR]) {
      const round = await this.rounds.open(null, { kind, year, provinceId: province.id });
      submitted += await this.progress(round, PROGRESS[kind]);
    }
    this.logger.log(`demo reports: 4 rounds of ${year}, ${submitted} agency reports handed in`);
  }

  private async progress(round: ReportingRound, shares: (typeof PROGRESS)[string]): Promise<number> {
    const reports = await this.dataSource.manager.find(AgencyReport, { where: { roundId: round.id } });
    const agencies = await this.dataSource.manager.find(Agency, {
      where: { id: In(reports.map((r) => r.agencyId)) },
    });
    let count = 0;
    for (const report of reports) {
      const agency = agencies.find((a) => a.id === report.agencyId)!;
      const r = roll(`${round.kind}:${agency.code}`);
      const status =
        r < shares.accepted
          ? ReportStatus.ACCEPTED
          : r < shares.accepted + shares.submitted
            ? ReportStatus.SUBMITTED
            : r < shares.accepted + shares.submitted + shares.returned
              ? ReportStatus.RETURNED
              : ReportStatus.DRAFT;
      const text = narrative(agency);
      if (status === ReportStatus.DRAFT) {
        if (r < 0.95)
          await this.dataSource.manager.update(AgencyReport, { id: report.id }, { narrative: text });
        continue;
      }
      const late = roll(`${round.kind}:${agency.code}:late`) < 0.2;
      const submittedAt = new Date(`${report.dueDate}T10:00:00+07:00`);
      if (late) submittedAt.setUTCDate(submittedAt.getUTCDate() + 3);
      const snapshot =
        status === ReportStatus.RETURNED
          ? null
          : await this.reportData.compute({ kind: 'AGENCY', agency }, round);
      await this.dataSource.manager.update(
        AgencyReport,
        { id: report.id },
        {
          narrative: text,
          status,
          late,
          submittedAt,
          snapshot,
          acceptedAt: status === ReportStatus.ACCEPTED ? submittedAt : null,
        },
      );
      await this.events(report.id, status, submittedAt);
      count++;
    }
    return count;
  }

  private async events(reportId: string, status: ReportStatus, at: Date): Promise<void> {
    const steps: [ReportAction, ReportStatus, string | null][] = [
      [ReportAction.SUBMIT, ReportStatus.SUBMITTED, null],
    ];
    if (status === ReportStatus.ACCEPTED) steps.push([ReportAction.ACCEPT, ReportStatus.ACCEPTED, null]);
    if (status === ReportStatus.RETURNED)
      steps.push([
        ReportAction.RETURN,
        ReportStatus.RETURNED,
        `[${DEMO_LABEL}] Đề nghị bổ sung số liệu chỉ tiêu.`,
      ]);
    await this.dataSource.manager.insert(
      ReportEvent,
      steps.map(([action, s, comment], i) => ({
        reportId,
        action,
        status: s,
        comment,
        actorLabel: DEMO_LABEL,
        createdAt: new Date(at.getTime() + i * 3_600_000),
      })),
    );
  }
}
