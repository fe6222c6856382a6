import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { Actor } from '../common/context/actor';
import { ExportedFile } from '../plans/import/plan-import.model';
import { PlansService } from '../plans/plans.service';
import { ScoreboardArgs } from './dto/measurement.input';
import { buildScoreboardXlsx } from './formats/scoreboard-xlsx';
import { IndicatorValuesService } from './indicator-values.service';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The scoreboard as a workbook: the same numbers as the screen, for leaders who work in Excel. */
@Injectable()
export class ScoreboardExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: PlansService,
    private readonly values: IndicatorValuesService,
  ) {}

  async xlsx(actor: Actor, args: ScoreboardArgs): Promise<ExportedFile> {
    const { planId, period, level, rootAgencyId, ...options } = args;
    // scoreboard() checks the plan, the period and that the scope is readable before anything is built.
    const board = await this.values.scoreboard(actor, planId, period, level, rootAgencyId, options);
    const plan = await this.plans.findOne(actor, planId);
    const scope = await this.dataSource.manager.findOneByOrFail(Agency, {
      id: rootAgencyId ?? plan.ownerAgencyId,
    });
    const buffer = await buildScoreboardXlsx({
      planTitle: `${plan.code} — ${plan.title}`,
      period,
      level,
      scopeName: scope.name,
      asOf: board.asOf,
      indicators: board.indicators,
      rows: board.rows.map((row) => ({
        code: row.agency.code,
        name: row.agency.name,
        values: row.values,
        targets: row.targets,
        statuses: row.statuses,
      })),
      statusCounts: board.statusCounts,
    });
    return {
      filename: `bang-theo-doi-${plan.code}-${period}-${level}.xlsx`,
      mimeType: XLSX_MIME,
      contentBase64: buffer.toString('base64'),
    };
  }
}
