import { Injectable } from '@nestjs/common';
import { Actor } from '../common/context/actor';
import { ExportedFile, XLSX_MIME } from '../common/graphql/exported-file.model';
import { ScoreboardArgs } from './dto/measurement.input';
import { buildScoreboardXlsx } from './formats/scoreboard-xlsx';
import { IndicatorValuesService } from './indicator-values.service';

/** The scoreboard as a workbook: the same numbers as the screen, for leaders who work in Excel. */
@Injectable()
export class ScoreboardExportService {
  constructor(private readonly values: IndicatorValuesService) {}

  async xlsx(actor: Actor, args: ScoreboardArgs): Promise<ExportedFile> {
    const { planId, period, level, rootAgencyId, ...options } = args;
    // Checks the plan, the period and that the scope is readable before anything is built.
    const { board, plan, root } = await this.values.scopedScoreboard(
      actor,
      planId,
      period,
      level,
      rootAgencyId,
      options,
    );
    const buffer = await buildScoreboardXlsx({
      planTitle: `${plan.code} — ${plan.title}`,
      period,
      level,
      scopeName: root.name,
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
