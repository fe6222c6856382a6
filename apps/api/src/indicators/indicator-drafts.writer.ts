import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import {
  AgencyLevel,
  extractIndicatorDrafts,
  IndicatorAggregation,
  IndicatorDirection,
  IndicatorDraft,
  IndicatorFrequency,
  IndicatorState,
  IndicatorUnit,
} from '@partrack/shared';
import { EntityManager } from 'typeorm';
import { IndicatorTarget } from './indicator-target.entity';
import { Indicator } from './indicator.entity';
import { indicatorSearchText } from './indicators.service';

/** A draft as the plan import shows it before and after the commit. */
@ObjectType()
export class ImportedIndicatorDraft {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => Int)
  line: number;

  @Field()
  sourceText: string;

  @Field(() => IndicatorUnit)
  unit: IndicatorUnit;

  @Field(() => IndicatorDirection)
  direction: IndicatorDirection;

  @Field(() => IndicatorAggregation)
  aggregation: IndicatorAggregation;

  @Field(() => Float)
  target: number;

  @Field(() => String, { nullable: true, description: 'e.g. PROVINCE 80, DISTRICT 70, COMMUNE 40' })
  levelTargets: string | null;

  @Field(() => String, { nullable: true })
  areaCode: string | null;

  @Field(() => [String])
  notes: string[];

  @Field({ description: 'False when the plan already has an indicator with this code (kept as it is)' })
  isNew: boolean;
}

export const draftCode = (draft: IndicatorDraft) => draft.key.toUpperCase().slice(0, 64);

const LEVELS: Record<string, AgencyLevel> = {
  PROVINCE: AgencyLevel.PROVINCE,
  DISTRICT: AgencyLevel.DISTRICT,
  COMMUNE: AgencyLevel.COMMUNE,
};

/** Ranks exist only for the province; everything else is reported by every level until reviewed. */
function reportingLevels(draft: IndicatorDraft): AgencyLevel[] {
  if (draft.aggregation === 'NONE') return [AgencyLevel.PROVINCE];
  if (draft.levelTargets) return Object.keys(draft.levelTargets).map((l) => LEVELS[l]);
  return [AgencyLevel.PROVINCE, AgencyLevel.DISTRICT, AgencyLevel.COMMUNE];
}

export function extractDrafts(text: string | null): IndicatorDraft[] {
  return text ? extractIndicatorDrafts(text).drafts : [];
}

export async function previewDrafts(
  em: EntityManager,
  planId: string | null,
  drafts: IndicatorDraft[],
): Promise<ImportedIndicatorDraft[]> {
  const existing = planId ? await em.find(Indicator, { where: { planId }, select: { code: true } }) : [];
  const taken = new Set(existing.map((i) => i.code));
  return drafts.map((d) => ({
    code: draftCode(d),
    name: d.name,
    line: d.line,
    sourceText: d.sourceText,
    unit: d.unit as IndicatorUnit,
    direction: d.direction as IndicatorDirection,
    aggregation: d.aggregation as IndicatorAggregation,
    target: d.target,
    levelTargets: d.levelTargets
      ? Object.entries(d.levelTargets)
          .map(([level, value]) => `${level} ${value}`)
          .join(', ')
      : null,
    areaCode: d.areaCode,
    notes: d.notes,
    isNew: !taken.has(draftCode(d)),
  }));
}

/**
 * Stores new drafts as DRAFT indicators (never active by themselves) with their level targets. Drafts whose
 * code the plan already has are left alone, so re-importing never overwrites what a coordinator edited.
 */
export async function writeDrafts(
  em: EntityManager,
  planId: string,
  drafts: IndicatorDraft[],
): Promise<number> {
  const preview = await previewDrafts(em, planId, drafts);
  let order = await em.count(Indicator, { where: { planId } });
  let written = 0;
  for (const [index, draft] of drafts.entries()) {
    if (!preview[index].isNew) continue;
    const code = draftCode(draft);
    const indicator = await em.save(
      em.create(Indicator, {
        planId,
        code,
        nameVi: draft.name,
        nameEn: null,
        description: null,
        areaCode: draft.areaCode,
        unit: draft.unit as IndicatorUnit,
        direction: draft.direction as IndicatorDirection,
        aggregation: draft.aggregation as IndicatorAggregation,
        frequency: draft.unit === 'RANK' ? IndicatorFrequency.YEAR : IndicatorFrequency.QUARTER,
        reportingLevels: reportingLevels(draft),
        cumulative: false,
        target: draft.target,
        state: IndicatorState.DRAFT,
        sourceText: draft.sourceText,
        sourceLine: draft.line,
        draftNotes: draft.notes,
        sortOrder: ++order,
        searchText: indicatorSearchText(code, draft.name, null),
      }),
    );
    const levels = Object.entries(draft.levelTargets ?? {});
    if (levels.length) {
      await em.insert(
        IndicatorTarget,
        levels.map(([level, value]) => ({
          indicatorId: indicator.id,
          level: LEVELS[level],
          agencyId: null,
          period: null,
          value,
        })),
      );
    }
    written++;
  }
  return written;
}
