import { Inject, Injectable } from '@nestjs/common';
import {
  AgencyLevel,
  ALL_REPORT_KINDS,
  parsePeriod,
  ReportKind,
  reportingPeriods,
  ReportRoundKind,
} from '@partrack/shared';
import { DataSource, EntityManager } from 'typeorm';
import { AgencyScopeService } from '../agencies/agency-scope.service';
import { subtreeSql } from '../agencies/agency-tree.repository';
import { isValidOn } from '../agencies/agency-dates';
import { Agency } from '../agencies/agency.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/context/actor';
import { Caller } from '../common/context/caller';
import { badField, notFound } from '../common/errors/domain-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AgencyReport } from './agency-report.entity';
import { OpenReportingRoundInput } from './dto/report.input';
import { ReportingRound } from './reporting-round.entity';

const DEFAULT_LEVELS = [AgencyLevel.PROVINCE, AgencyLevel.DISTRICT, AgencyLevel.COMMUNE];
const KIND_TITLES: Record<ReportKind, string> = {
  Q1: 'Báo cáo cải cách hành chính quý I năm',
  H1: 'Báo cáo cải cách hành chính 6 tháng đầu năm',
  Q3: 'Báo cáo cải cách hành chính quý III năm',
  YEAR: 'Báo cáo cải cách hành chính năm',
};

/** Reporting rounds: the calendar of the national rule (or ad hoc dates) and an agency report for each reporter. */
@Injectable()
export class ReportingRoundsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: AgencyScopeService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  calendar(year: number) {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badField('year', 'validation.invalid');
    return reportingPeriods(year, this.config.reportDueOffsets);
  }

  async findOne(
    actor: Actor,
    id: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<ReportingRound> {
    const round = await em.findOne(ReportingRound, { where: { id } });
    if (!round || !(await this.scope.canRead(actor, round.provinceId, em)))
      throw notFound('ReportingRound', id);
    return round;
  }

  async list(actor: Actor, year: number | undefined): Promise<ReportingRound[]> {
    const query = this.dataSource
      .getRepository(ReportingRound)
      .createQueryBuilder('r')
      .orderBy('r.due_date', 'DESC');
    const root = this.scope.readRoot(actor);
    if (root) query.andWhere('r.province_id = :root', { root });
    if (year) query.andWhere('r.year = :year', { year });
    return query.getMany();
  }

  /** Opens a round (idempotent for the periodic kinds) and creates the missing agency reports. */
  async open(
    caller: Caller | null,
    input: OpenReportingRoundInput,
    manager?: EntityManager,
  ): Promise<ReportingRound> {
    const work = async (em: EntityManager) => {
      const provinceId = input.provinceId ?? caller?.actor.provinceRootId;
      if (!provinceId) throw badField('provinceId', 'validation.required');
      const province = await em.findOne(Agency, { where: { id: provinceId } });
      if (!province || (caller && !(await this.scope.canRead(caller.actor, provinceId, em))))
        throw notFound('Agency', provinceId);
      if (province.parentId !== null) throw badField('provinceId', 'validation.invalid');
      if (caller) await this.scope.assertCanWrite(caller.actor, provinceId, em);
      const fields = this.roundFields(input);
      // Nothing is opened for a province on a day it does not exist: a city founded on 1 July 2025 has no
      // 2025-H1 round, and a province merged into it has no 2026 ones (docs/reorganisation.md).
      if (!isValidOn(province, fields.dueDate))
        throw badField('provinceId', 'report.provinceNotValidOn', {
          name: province.name,
          date: fields.dueDate,
        });
      let round =
        input.kind === ReportRoundKind.AD_HOC
          ? null
          : await em.findOne(ReportingRound, { where: { provinceId, kind: input.kind, year: input.year } });
      if (!round) {
        round = await em.save(
          em.create(ReportingRound, {
            provinceId,
            kind: input.kind,
            year: input.year,
            levels: input.levels ?? DEFAULT_LEVELS,
            ...fields,
          }),
        );
        await this.audit.record(em, caller, {
          action: 'reportingRound.open',
          entityType: 'ReportingRound',
          entityId: round.id,
          after: round,
        });
      }
      await this.createReports(em, round);
      return round;
    };
    return manager ? work(manager) : this.dataSource.transaction(work);
  }

  /** Every periodic round of `year` whose data window has started, for every province: run by the daily job. */
  async openDue(today: string): Promise<number> {
    const year = Number(today.slice(0, 4));
    const provinces = await this.dataSource.manager.find(Agency, {
      where: { parentId: null as unknown as string, level: AgencyLevel.PROVINCE },
    });
    let opened = 0;
    for (const province of provinces) {
      for (const y of [year, year + 1]) {
        for (const p of reportingPeriods(y, this.config.reportDueOffsets)) {
          if (p.window.from > today || p.dueDate < today || !isValidOn(province, p.dueDate)) continue;
          await this.open(null, {
            kind: p.kind as unknown as ReportRoundKind,
            year: y,
            provinceId: province.id,
          });
          opened++;
        }
      }
    }
    return opened;
  }

  private roundFields(input: OpenReportingRoundInput) {
    if (input.kind !== ReportRoundKind.AD_HOC) {
      const p = reportingPeriods(input.year, this.config.reportDueOffsets)[
        ALL_REPORT_KINDS.indexOf(input.kind as unknown as ReportKind)
      ];
      return {
        title: input.title ?? `${KIND_TITLES[p.kind]} ${input.year}`,
        period: p.period,
        dataFrom: p.window.from,
        dataTo: p.window.to,
        dueDate: p.dueDate,
        dueProvince: p.internalDueDates.PROVINCE,
        dueDistrict: p.internalDueDates.DISTRICT,
        dueCommune: p.internalDueDates.COMMUNE,
      };
    }
    const period = parsePeriod(input.period!);
    if (!period || period.year !== input.year) throw badField('period', 'measurement.PERIOD_MALFORMED');
    if (input.dataFrom! > input.dataTo!) throw badField('dataTo', 'report.windowReversed');
    const due = input.dueDate!;
    return {
      title: input.title!,
      period: input.period!,
      dataFrom: input.dataFrom!,
      dataTo: input.dataTo!,
      dueDate: due,
      dueProvince: due,
      dueDistrict: due,
      dueCommune: due,
    };
  }

  /** Reporters: agencies of the round's levels under the province (not the province committee itself), existing on the due date. */
  private async createReports(em: EntityManager, round: ReportingRound): Promise<void> {
    const reporters = await em
      .getRepository(Agency)
      .createQueryBuilder('a')
      .where(`a.id IN ${subtreeSql(':root', { validOn: ':due' })}`, {
        root: round.provinceId,
        due: round.dueDate,
      })
      .andWhere('a.id <> :root AND a.level IN (:...levels)', { root: round.provinceId, levels: round.levels })
      .getMany();
    const dueOf = (level: AgencyLevel) =>
      level === AgencyLevel.COMMUNE
        ? round.dueCommune
        : level === AgencyLevel.DISTRICT
          ? round.dueDistrict
          : round.dueProvince;
    if (!reporters.length) return;
    await em
      .createQueryBuilder()
      .insert()
      .into(AgencyReport)
      .values(
        reporters.map((a) => ({ roundId: round.id, agencyId: a.id, dueDate: dueOf(a.level), narrative: {} })),
      )
      .orIgnore()
      .execute();
  }
}
