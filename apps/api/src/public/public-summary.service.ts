import { Inject, Injectable } from '@nestjs/common';
import { badField, notFound } from '../common/errors/domain-error';
import { todayInVietnam } from '../common/time/vietnam-time';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DEMO_PROVINCE_CODE } from '../seed/demo-common';
import { publicSummaryCsv } from './formats/public-summary.csv';
import { CachedBody, strongEtag, TtlCache } from './public-cache';
import { PublicCacheInvalidator } from './public-cache.invalidator';
import type { PublicRankingSection, PublicSummary } from '@partrack/shared';
import { coverageSection, satisfactionSection } from './public-sections';
import { PublicFiguresDays, PublicSummaryRepository } from './public-summary.repository';

export const PUBLIC_YEARS = { min: 2000, max: 2100 } as const;

/** The two representations of one summary, built once per cache fill. */
export interface PublicSummaryBodies {
  json: CachedBody;
  csv: CachedBody;
  /** The open-data files' name without extension: cong-khai-qna-2022 */
  basename: string;
}

/** A province code as agencies are coded; anything else cannot name a province (NOT_FOUND, no statement). */
const PROVINCE_CODE = /^[A-Za-z0-9._-]{1,64}$/;

/** `year` from the query string: absent means this year in Vietnam; anything but a year in range is refused. */
export function parseYear(raw: unknown, today: string): number {
  if (raw === undefined) return Number(today.slice(0, 4));
  const year = typeof raw === 'string' && /^\d{4}$/.test(raw) ? Number(raw) : NaN;
  if (!(year >= PUBLIC_YEARS.min && year <= PUBLIC_YEARS.max))
    throw badField('year', 'public.year', PUBLIC_YEARS);
  return year;
}

/**
 * The public transparency summary of a province's year (docs/public.md), served from an in-process cache:
 * a miss costs at most two SQL statements (the figures, then the ranking when the year's cycle is published),
 * a hit none. Entries live PUBLIC_CACHE_TTL_SECONDS and are dropped earlier when this process writes figures.
 */
@Injectable()
export class PublicSummaryService {
  private readonly cache: TtlCache<PublicSummaryBodies>;
  /** The sample survey is invented: it is shown, labelled, only on the demo province of a demo install. */
  private readonly demoProvince: string | null;

  constructor(
    private readonly repository: PublicSummaryRepository,
    @Inject(APP_CONFIG) config: AppConfig,
    invalidator: PublicCacheInvalidator,
  ) {
    this.cache = new TtlCache(config.publicCacheTtlSeconds * 1000);
    this.demoProvince = config.seedDemoData ? DEMO_PROVINCE_CODE : null;
    invalidator.onChange(() => this.cache.clear());
  }

  async bodies(provinceCode: string, rawYear: unknown): Promise<PublicSummaryBodies> {
    const today = todayInVietnam();
    const year = parseYear(rawYear, today);
    if (!PROVINCE_CODE.test(provinceCode)) throw notFound('Province', provinceCode.slice(0, 64));
    return this.cache.get(`${provinceCode}|${year}`, () => this.load(provinceCode, year, today));
  }

  private async load(code: string, year: number, today: string): Promise<PublicSummaryBodies> {
    const summary = await this.summary(code, year, today);
    const json = JSON.stringify(summary);
    const csv = publicSummaryCsv(summary);
    return {
      json: { body: json, etag: strongEtag(json) },
      csv: { body: csv, etag: strongEtag(csv) },
      basename: `cong-khai-${code.toLowerCase()}-${year}`,
    };
  }

  private async summary(code: string, year: number, today: string): Promise<PublicSummary> {
    const yearEnd = `${year}-12-31`;
    const days: PublicFiguresDays = {
      today,
      hierarchyDay: yearEnd < today ? yearEnd : today,
      demoProvince: this.demoProvince,
    };
    const figures = await this.repository.figures(code, year, days);
    if (!figures) throw notFound('Province', code);
    const ranking: PublicRankingSection = {
      kind: 'PAR_INDEX_RANKING',
      cycle: figures.cycle ? { name: figures.cycle.name, publishedAt: figures.cycle.publishedAt } : null,
      rows: figures.cycle ? await this.repository.publishedRanking(figures.cycle.id) : [],
    };
    return {
      province: { code: figures.code, name: figures.name },
      year,
      years: figures.years,
      sections: [
        { kind: 'PLAN_PROGRESS', byArea: figures.areas, byAgency: figures.agencies },
        ranking,
        satisfactionSection(figures.satisfaction),
        coverageSection(figures.coverage),
      ],
    };
  }
}
