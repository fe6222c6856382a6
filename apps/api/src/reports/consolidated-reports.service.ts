import { Injectable } from '@nestjs/common';
import { ConsolidatedReportStatus, REFORM_AREAS, ReportStatus } from '@partrack/shared';
import { DataSource, EntityManager } from 'typeorm';
import { AgencyScopeService, notFoundAs } from '../agencies/agency-scope.service';
import { Agency } from '../agencies/agency.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/context/actor';
import { Caller } from '../common/context/caller';
import { badField, notFound } from '../common/errors/domain-error';
import { AgencyReport } from './agency-report.entity';
import { ConsolidatedReport } from './consolidated-report.entity';
import { UpdateConsolidatedReportInput } from './dto/report.input';
import { ReportData, ReportNarrative } from './report-content.model';
import { ReportCompleteness } from './report-completeness.model';
import { ReportDataService } from './report-data.service';
import { ReportingRound } from './reporting-round.entity';
import { ReportingRoundsService } from './reporting-rounds.service';
import { ReportTextService } from './report-text.service';
import { versionedUpdate } from '../database/versioned-update';

type TextSection = 'direction' | 'assessment' | 'nextTasks' | 'proposals';
const TEXT_SECTIONS: TextSection[] = ['direction', 'assessment', 'nextTasks', 'proposals'];

/** The province report of a round: statistics across agencies plus narrative drawn from accepted reports. */
@Injectable()
export class ConsolidatedReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rounds: ReportingRoundsService,
    private readonly data: ReportDataService,
    private readonly scope: AgencyScopeService,
    private readonly audit: AuditService,
    private readonly text: ReportTextService,
  ) {}

  async findByRound(actor: Actor, roundId: string): Promise<ConsolidatedReport | null> {
    await this.rounds.findOne(actor, roundId);
    return this.dataSource.manager.findOne(ConsolidatedReport, { where: { roundId } });
  }

  async findOne(
    actor: Actor,
    id: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<ConsolidatedReport> {
    const report = await em.findOne(ConsolidatedReport, { where: { id } });
    if (!report) throw notFound('ConsolidatedReport', id);
    await this.rounds.findOne(actor, report.roundId, em).catch(notFoundAs('ConsolidatedReport', id));
    return report;
  }

  /**
   * Creates the draft (or, with `redraw`, refills its narrative): each section gathers the accepted agency
   * reports' text, one bullet per agency, for the coordinator to edit.
   */
  async generate(caller: Caller, roundId: string, redraw: boolean): Promise<ConsolidatedReport> {
    return this.dataSource.transaction(async (em) => {
      const round = await this.rounds.findOne(caller.actor, roundId, em);
      await this.scope.assertCanWrite(caller.actor, round.provinceId, em);
      const existing = await em.findOne(ConsolidatedReport, {
        where: { roundId },
        lock: { mode: 'pessimistic_write' },
      });
      if (existing && existing.status === ConsolidatedReportStatus.FINAL)
        throw badField('status', 'report.finalised');
      if (existing && !redraw) return existing;
      const narrative = await this.drawNarrative(em, roundId);
      const saved = existing
        ? await em.save(Object.assign(existing, { narrative }))
        : await em.save(em.create(ConsolidatedReport, { roundId, narrative }));
      await this.audit.record(em, caller, {
        action: 'consolidatedReport.generate',
        entityType: 'ConsolidatedReport',
        entityId: saved.id,
        after: { redraw },
      });
      return saved;
    });
  }

  async update(caller: Caller, input: UpdateConsolidatedReportInput): Promise<ConsolidatedReport> {
    return this.dataSource.transaction(async (em) => {
      const report = await this.writable(caller, input.id, em);
      return this.text.update(em, caller, ConsolidatedReport, report, input);
    });
  }

  /** Freezes the statistics and locks the report. */
  async finalise(caller: Caller, id: string, version: number): Promise<ConsolidatedReport> {
    return this.dataSource.transaction(async (em) => {
      const report = await this.writable(caller, id, em);
      const round = await em.findOneByOrFail(ReportingRound, { id: report.roundId });
      const snapshot = {
        data: await this.liveData(round, em),
        completeness: await this.completeness(round.id, em),
      };
      const updated = await versionedUpdate(em, ConsolidatedReport, id, version, {
        status: ConsolidatedReportStatus.FINAL,
        finalisedAt: new Date(),
        snapshot,
      });
      await this.audit.record(em, caller, {
        action: 'consolidatedReport.finalise',
        entityType: 'ConsolidatedReport',
        entityId: id,
        after: { status: updated.status },
      });
      return updated;
    });
  }

  async dataOf(report: ConsolidatedReport): Promise<ReportData> {
    if (report.snapshot) return report.snapshot.data;
    return this.liveData(
      await this.dataSource.manager.findOneByOrFail(ReportingRound, { id: report.roundId }),
    );
  }

  async completenessOf(report: ConsolidatedReport): Promise<ReportCompleteness> {
    return report.snapshot ? report.snapshot.completeness : this.completeness(report.roundId);
  }

  private async liveData(
    round: ReportingRound,
    em: EntityManager = this.dataSource.manager,
  ): Promise<ReportData> {
    const root = await em.findOneByOrFail(Agency, { id: round.provinceId });
    return this.data.compute({ kind: 'PROVINCE', root }, round, em);
  }

  /** Reporting completeness and timeliness of a round (also the coordinator's dashboard). */
  async completeness(
    roundId: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<ReportCompleteness> {
    const reports = await em.find(AgencyReport, {
      where: { roundId },
      relations: { agency: true },
      order: { agency: { name: 'ASC' } },
    });
    const handedIn = reports.filter((r) => r.submittedAt !== null && r.status !== ReportStatus.DRAFT);
    return {
      expected: reports.length,
      submitted: reports.filter(
        (r) => r.status === ReportStatus.SUBMITTED || r.status === ReportStatus.ACCEPTED,
      ).length,
      accepted: reports.filter((r) => r.status === ReportStatus.ACCEPTED).length,
      returned: reports.filter((r) => r.status === ReportStatus.RETURNED).length,
      missing: reports.filter((r) => r.status === ReportStatus.DRAFT).length,
      onTime: handedIn.filter((r) => !r.late).length,
      late: handedIn.filter((r) => r.late).length,
      agencies: reports.map((r) => ({
        reportId: r.id,
        agencyId: r.agencyId,
        agencyName: r.agency!.name,
        status: r.status,
        dueDate: r.dueDate,
        submittedAt: r.submittedAt?.toISOString() ?? null,
        late: r.late,
      })),
    };
  }

  private async drawNarrative(em: EntityManager, roundId: string): Promise<ReportNarrative> {
    const accepted = await em.find(AgencyReport, {
      where: { roundId, status: ReportStatus.ACCEPTED },
      relations: { agency: true },
      order: { agency: { name: 'ASC' } },
    });
    const gather = (pick: (r: AgencyReport) => string | null | undefined) =>
      accepted
        .flatMap((r) => {
          const text = pick(r)?.trim();
          return text ? [`- **${r.agency!.shortName ?? r.agency!.name}**: ${text.replace(/\n+/g, ' ')}`] : [];
        })
        .join('\n');
    const narrative: ReportNarrative = Object.fromEntries(
      TEXT_SECTIONS.map((s) => [s, gather((r) => r.narrative[s])]),
    );
    narrative.areas = REFORM_AREAS.map((area) => ({
      areaCode: area.code,
      text: gather((r) => r.narrative.areas?.find((a) => a.areaCode === area.code)?.text),
    }));
    return narrative;
  }

  private async writable(caller: Caller, id: string, em: EntityManager): Promise<ConsolidatedReport> {
    const report = await this.findOne(caller.actor, id, em);
    const round = await em.findOneByOrFail(ReportingRound, { id: report.roundId });
    await this.scope.assertCanWrite(caller.actor, round.provinceId, em);
    if (report.status === ConsolidatedReportStatus.FINAL) throw badField('status', 'report.finalised');
    return report;
  }
}
