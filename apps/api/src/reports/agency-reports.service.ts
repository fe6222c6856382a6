import { Injectable } from '@nestjs/common';
import {
  isLateSubmission,
  isReportEditable,
  nextReportStatus,
  ReportAction,
  ReportDecision,
  ReportStatus,
  Role,
} from '@partrack/shared';
import { DataSource, EntityManager } from 'typeorm';
import { AgencyScopeService } from '../agencies/agency-scope.service';
import { AgencyTreeRepository, subtreeCondition } from '../agencies/agency-tree.repository';
import { todayInVietnam } from '../common/time/vietnam-time';
import { Agency } from '../agencies/agency.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/context/actor';
import { Caller } from '../common/context/caller';
import { badField, DomainError, forbidden, notFound } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-code';
import { Connection } from '../common/graphql/connection';
import { paginate } from '../common/graphql/keyset-pagination';
import { AgencyReport } from './agency-report.entity';
import { AgencyReportFilter, ReviewAgencyReportInput, UpdateAgencyReportInput } from './dto/report.input';
import { ReportData } from './report-content.model';
import { NotificationsService } from '../notifications/notifications.service';
import { ReportDataService } from './report-data.service';
import { ReportEvent } from './report-event.entity';
import { ReportingRound } from './reporting-round.entity';
import { ReportTextService } from './report-text.service';
import { versionedUpdate } from '../database/versioned-update';

const illegal = (action: ReportAction, status: ReportStatus) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, 'report.illegalTransition', { action, status });

/** An agency report still being written, as the reminder scan needs it. */
export interface ReportDue {
  id: string;
  /** YYYY-MM-DD: the report's own due date (it depends on the agency's level). */
  dueDate: string;
  roundTitle: string;
  agencyId: string;
  agencyName: string;
}

/** Agency reports: narrative editing by the agency's staff, submission (data frozen), review by coordinators. */
@Injectable()
export class AgencyReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: AgencyScopeService,
    private readonly tree: AgencyTreeRepository,
    private readonly audit: AuditService,
    private readonly data: ReportDataService,
    private readonly notifications: NotificationsService,
    private readonly text: ReportTextService,
  ) {}

  /** Reports still being written (DRAFT or RETURNED) due between `from` and `to`, by due date. */
  async dueBetween(from: string, to: string): Promise<ReportDue[]> {
    const rows = await this.dataSource.query<
      { id: string; due: string; label: string; agency_id: string; agency_name: string }[]
    >(
      `SELECT r.id, r.due_date::text AS due, rr.title AS label, r.agency_id, a.name AS agency_name
         FROM agency_report r
         JOIN reporting_round rr ON rr.id = r.round_id
         JOIN agency a ON a.id = r.agency_id
        WHERE r.status IN ('DRAFT', 'RETURNED') AND r.due_date BETWEEN $1::date AND $2::date
        ORDER BY r.due_date, r.id`,
      [from, to],
    );
    return rows.map((r) => ({
      id: r.id,
      dueDate: r.due,
      roundTitle: r.label,
      agencyId: r.agency_id,
      agencyName: r.agency_name,
    }));
  }

  async findOne(
    actor: Actor,
    id: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<AgencyReport> {
    const report = await em.findOne(AgencyReport, { where: { id } });
    if (!report || !(await this.scope.canRead(actor, report.agencyId, em)))
      throw notFound('AgencyReport', id);
    return report;
  }

  list(
    actor: Actor,
    filter: AgencyReportFilter,
    page: { first?: number; after?: string | null },
  ): Promise<Connection<AgencyReport>> {
    const query = this.dataSource
      .getRepository(AgencyReport)
      .createQueryBuilder('r')
      .innerJoinAndSelect('r.agency', 'agency');
    const root = this.scope.readRoot(actor);
    if (root) query.andWhere(subtreeCondition('agency'), { scopeRoot: root });
    if (filter.roundId) query.andWhere('r.round_id = :round', { round: filter.roundId });
    if (filter.agencyId) query.andWhere('r.agency_id = :agency', { agency: filter.agencyId });
    if (filter.statuses?.length) query.andWhere('r.status IN (:...statuses)', { statuses: filter.statuses });
    return paginate(
      query,
      [
        { expression: 'agency.name', value: (r) => r.agency!.name },
        { expression: 'r.id', value: (r) => r.id },
      ],
      page,
    );
  }

  /** The data sections: frozen at submission, live before. */
  async dataOf(report: AgencyReport, em: EntityManager = this.dataSource.manager): Promise<ReportData> {
    if (report.snapshot) return report.snapshot;
    const [agency, round] = await Promise.all([
      em.findOneByOrFail(Agency, { id: report.agencyId }),
      em.findOneByOrFail(ReportingRound, { id: report.roundId }),
    ]);
    return this.data.compute({ kind: 'AGENCY', agency }, round, em);
  }

  async update(caller: Caller, input: UpdateAgencyReportInput): Promise<AgencyReport> {
    return this.dataSource.transaction(async (em) => {
      const report = await this.editable(caller, input.id, em);
      return this.text.update(em, caller, AgencyReport, report, input);
    });
  }

  async submit(caller: Caller, id: string, version: number): Promise<AgencyReport> {
    return this.dataSource.transaction(async (em) => {
      const report = await this.editable(caller, id, em);
      const snapshot = await this.dataOf({ ...report, snapshot: null }, em);
      const late = isLateSubmission(todayInVietnam(), report.dueDate);
      const updated = await versionedUpdate(em, AgencyReport, id, version, {
        status: ReportStatus.SUBMITTED,
        snapshot,
        submittedAt: new Date(),
        late,
      });
      await this.event(em, caller, updated, ReportAction.SUBMIT, null);
      return updated;
    });
  }

  async review(caller: Caller, input: ReviewAgencyReportInput): Promise<AgencyReport> {
    return this.dataSource.transaction(async (em) => {
      const report = await this.findOne(caller.actor, input.id, em);
      await this.scope.assertCanWrite(caller.actor, report.agencyId, em);
      const action = input.decision === ReportDecision.ACCEPT ? ReportAction.ACCEPT : ReportAction.RETURN;
      const next = nextReportStatus(report.status, action);
      if (!next) throw illegal(action, report.status);
      const comment = input.comment?.trim() || null;
      // A returned report goes back to drafting itself from live data until it is submitted again.
      const set =
        action === ReportAction.ACCEPT
          ? { status: next, acceptedAt: new Date() }
          : { status: next, snapshot: null };
      const updated = await versionedUpdate(em, AgencyReport, report.id, input.version, set);
      await this.event(em, caller, updated, action, comment);
      return updated;
    });
  }

  async reopen(caller: Caller, id: string, version: number, comment: string): Promise<AgencyReport> {
    return this.dataSource.transaction(async (em) => {
      const report = await this.findOne(caller.actor, id, em);
      await this.scope.assertCanWrite(caller.actor, report.agencyId, em);
      const next = nextReportStatus(report.status, ReportAction.REOPEN);
      if (!next) throw illegal(ReportAction.REOPEN, report.status);
      if (!comment.trim()) throw badField('comment', 'report.commentRequired');
      const updated = await versionedUpdate(em, AgencyReport, id, version, {
        status: next,
        snapshot: null,
        acceptedAt: null,
      });
      await this.event(em, caller, updated, ReportAction.REOPEN, comment.trim());
      return updated;
    });
  }

  /** Only the agency's own staff (and managers above it, and admins) write its report, and only while it is theirs. */
  async editable(caller: Caller, id: string, em: EntityManager): Promise<AgencyReport> {
    const report = await this.findOne(caller.actor, id, em);
    const { actor } = caller;
    const own = actor.agencyId === report.agencyId;
    const managerAbove =
      actor.role === Role.AGENCY_MANAGER &&
      (await this.tree.ancestorIds(report.agencyId, em)).includes(actor.agencyId ?? '');
    if (actor.role !== Role.ADMIN && !own && !managerAbove) throw forbidden('report.notYourAgency');
    if (!isReportEditable(report.status))
      throw badField('status', 'report.notEditable', { status: report.status });
    return report;
  }

  private async event(
    em: EntityManager,
    caller: Caller,
    report: AgencyReport,
    action: ReportAction,
    comment: string | null,
  ): Promise<void> {
    await em.insert(ReportEvent, {
      reportId: report.id,
      action,
      status: report.status,
      comment,
      actorId: caller.actor.id,
      actorLabel: caller.actor.label,
    });
    await this.audit.record(em, caller, {
      action: `agencyReport.${action.toLowerCase()}`,
      entityType: 'AgencyReport',
      entityId: report.id,
      after: { status: report.status, late: report.late, comment },
    });
    await this.notifications.notifyReportAction(em, report, action, caller.actor.id, comment);
  }
}
