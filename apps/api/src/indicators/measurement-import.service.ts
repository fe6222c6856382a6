import { Injectable } from '@nestjs/common';
import { frequencyKind, IndicatorState, parsePeriod } from '@partrack/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { AgencyScopeService } from '../agencies/agency-scope.service';
import { Agency } from '../agencies/agency.entity';
import { Actor } from '../common/context/actor';
import { Caller } from '../common/context/caller';
import { badField, badInput, DomainError } from '../common/errors/domain-error';
import { Lang, translate } from '../common/i18n/messages';
import { ExportedFile, XLSX_MIME } from '../common/graphql/exported-file.model';
import { Plan } from '../plans/plan.entity';
import { PlansService } from '../plans/plans.service';
import { ImportMeasurementsInput, MeasurementTemplateInput } from './dto/measurement.input';
import { buildMeasurementXlsx, MeasurementXlsxRow, pairKey, parseMeasurementXlsx } from './formats';
import { defaultAsOf, IndicatorRollupService } from './indicator-rollup.service';
import { MeasurementImportProblem, MeasurementImportResult } from './indicator-value.model';
import { Indicator } from './indicator.entity';
import { MeasurementAction } from './measurement-revision.entity';
import { checkedFigure, editRefusal, entryRefusal, figureProblems } from './measurement-rules';
import { Measurement } from './measurement.entity';
import { MeasurementsService } from './measurements.service';
import { decodeBase64File } from '../common/http/base64-file';

export const MEASUREMENT_IMPORT_MAX_BYTES = 5 * 1024 * 1024;

type Verdict = 'CREATE' | 'UPDATE' | 'UNCHANGED';

const sameFigure = (
  m: Measurement,
  f: { value: number | null; numerator: number | null; denominator: number | null },
) => m.value === f.value && m.numerator === f.numerator && m.denominator === f.denominator;

/** Bulk entry: a workbook with one row per agency for a period, and its all-or-nothing import. */
@Injectable()
export class MeasurementImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: PlansService,
    private readonly rollups: IndicatorRollupService,
    private readonly measurements: MeasurementsService,
    private readonly scope: AgencyScopeService,
  ) {}

  async template(actor: Actor, input: MeasurementTemplateInput): Promise<ExportedFile> {
    const period = parsePeriod(input.period);
    if (!period) throw badField('period', 'measurement.PERIOD_MALFORMED');
    const plan = await this.plans.findOne(actor, input.planId);
    await this.scope.assertCanRead(actor, input.rootAgencyId);
    const indicators = (
      await this.dataSource.manager.find(Indicator, {
        where: {
          planId: plan.id,
          state: IndicatorState.ACTIVE,
          ...(input.indicatorIds ? { id: In(input.indicatorIds) } : {}),
        },
        order: { sortOrder: 'ASC', code: 'ASC' },
      })
    ).filter((i) => frequencyKind(i.frequency) === period.kind);
    const levels = input.level ? [input.level] : [...new Set(indicators.flatMap((i) => i.reportingLevels))];
    const agencies = await this.rollups.agenciesInSubtree(
      input.rootAgencyId,
      defaultAsOf(input.period),
      levels,
    );
    const expected = new Set(
      indicators.flatMap((i) =>
        agencies.filter((a) => i.reportingLevels.includes(a.level)).map((a) => pairKey(i.id, a.id)),
      ),
    );
    const figures =
      indicators.length && agencies.length
        ? await this.dataSource.manager.find(Measurement, {
            where: {
              period: input.period,
              indicatorId: In(indicators.map((i) => i.id)),
              agencyId: In(agencies.map((a) => a.id)),
            },
          })
        : [];
    const buffer = await buildMeasurementXlsx({
      planCode: plan.code,
      planTitle: plan.title,
      period: input.period,
      indicators: indicators.map((i) => ({
        id: i.id,
        code: i.code,
        name: i.nameVi,
        unit: i.unit,
        aggregation: i.aggregation,
      })),
      agencies: agencies.map((a) => ({ id: a.id, code: a.code, name: a.name, level: a.level })),
      existing: new Map(figures.map((m) => [pairKey(m.indicatorId, m.agencyId), m])),
      expected,
    });
    return {
      filename: `${plan.code}-so-lieu-${input.period}.xlsx`,
      mimeType: XLSX_MIME,
      contentBase64: buffer.toString('base64'),
    };
  }

  async import(caller: Caller, input: ImportMeasurementsInput, lang: Lang): Promise<MeasurementImportResult> {
    const bytes = decodeBase64File(input.contentBase64, MEASUREMENT_IMPORT_MAX_BYTES, 'contentBase64');
    const plan = await this.plans.findOne(caller.actor, input.planId);
    const indicators = await this.dataSource.manager.find(Indicator, { where: { planId: plan.id } });
    const parse = await parseMeasurementXlsx(bytes, { indicatorCodes: indicators.map((i) => i.code) });
    const problems: MeasurementImportProblem[] = parse.problems.map((p) => ({ ...p, field: null }));
    const period = parse.period ?? '';
    if (!problems.length && parse.planCode !== plan.code) {
      problems.push({
        line: 1,
        column: null,
        field: 'planCode',
        code: 'WRONG_PLAN',
        message: `The workbook is for plan ${parse.planCode ?? '?'}, not ${plan.code}.`,
      });
    }
    return this.dataSource.transaction(async (em) => {
      const verdicts = problems.length
        ? []
        : await this.check(em, caller, plan, indicators, parse.rows, period, problems, lang);
      const count = (v: Verdict) => verdicts.filter((x) => x.verdict === v).length;
      const result = {
        dryRun: input.dryRun,
        period,
        created: count('CREATE'),
        updated: count('UPDATE'),
        unchanged: count('UNCHANGED'),
        problems,
      };
      if (input.dryRun || problems.length) return { ...result, applied: false };
      for (const { row, indicator, agency, existing, verdict } of verdicts) {
        if (verdict === 'UNCHANGED') continue;
        await this.measurements.record(
          caller,
          {
            indicatorId: indicator.id,
            agencyId: agency.id,
            period,
            value: row.value,
            numerator: row.numerator,
            denominator: row.denominator,
            note: row.note ?? existing?.note ?? null,
            source: existing?.source ?? null,
            evidence: existing?.evidence ?? null,
            version: existing?.version,
          },
          MeasurementAction.IMPORT,
          em,
        );
      }
      return { ...result, applied: true };
    });
  }

  /** Every row checked as recordMeasurement would, collecting problems with their line instead of throwing. */
  private async check(
    em: EntityManager,
    caller: Caller,
    plan: Plan,
    indicators: Indicator[],
    rows: MeasurementXlsxRow[],
    period: string,
    problems: MeasurementImportProblem[],
    lang: Lang,
  ) {
    const named = await em.find(Agency, {
      where: { code: In([...new Set(rows.map((r) => r.agencyCode))]) },
    });
    // An agency the caller cannot read is reported as unknown, exactly like a code that names nothing.
    const agencies: Agency[] = [];
    for (const agency of named)
      if (await this.scope.canRead(caller.actor, agency.id, em)) agencies.push(agency);
    const existing = await em.find(Measurement, {
      where: { period, indicatorId: In(indicators.map((i) => i.id)) },
    });
    const report = (row: MeasurementXlsxRow, error: DomainError) => {
      const fields = error.fields.length
        ? error.fields
        : [{ field: null, key: error.key, params: error.params }];
      for (const f of fields)
        problems.push({
          line: row.line,
          column: null,
          field: f.field,
          code: f.key,
          message: `${row.agencyCode} / ${row.indicatorCode}: ${translate(f.key, lang, f.params)}`,
        });
    };
    const verdicts = [];
    for (const row of rows) {
      const indicator = indicators.find((i) => i.code === row.indicatorCode)!;
      const agency = agencies.find((a) => a.code.toUpperCase() === row.agencyCode.toUpperCase());
      if (!agency) {
        problems.push({
          line: row.line,
          column: 'A',
          field: 'agencyCode',
          code: 'UNKNOWN_AGENCY',
          message: `Unknown agency code "${row.agencyCode}".`,
        });
        continue;
      }
      const refusal =
        entryRefusal(indicator, agency.level) ??
        (await this.scope.assertCanWrite(caller.actor, agency.id, em).then(
          () => null,
          (e: DomainError) => e,
        ));
      if (refusal) {
        report(row, refusal);
        continue;
      }
      const fieldProblems = figureProblems(indicator, plan.year, { ...row, period });
      if (fieldProblems.length) {
        report(row, badInput(fieldProblems));
        continue;
      }
      const figure = checkedFigure(indicator, plan.year, { ...row, period });
      const current = existing.find((m) => m.indicatorId === indicator.id && m.agencyId === agency.id);
      const verdict: Verdict = !current
        ? 'CREATE'
        : sameFigure(current, figure) && (row.note ?? current.note) === current.note
          ? 'UNCHANGED'
          : 'UPDATE';
      const locked = current && verdict === 'UPDATE' ? editRefusal(current.status) : null;
      if (locked) report(row, locked);
      else verdicts.push({ row, indicator, agency, existing: current ?? null, verdict });
    }
    return verdicts;
  }
}
