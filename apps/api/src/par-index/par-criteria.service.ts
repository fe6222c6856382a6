import { Injectable } from '@nestjs/common';
import {
  checkDataRule,
  checkScale,
  ParCriterionLevel,
  ParDataRule,
  ParDataRuleProblem,
  ParScoringMethod,
  ParScaleOption,
} from '@partrack/shared';
import { DataSource, EntityManager } from 'typeorm';
import { notFoundAs } from '../agencies/agency-scope.service';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../common/context/caller';
import { badField, notFound } from '../common/errors/domain-error';
import { MessageKey } from '../common/i18n/messages';
import { versionedUpdate } from '../database/versioned-update';
import { CreateParCriterionInput, UpdateParCriterionInput } from './dto/par-criterion.input';
import { ReformArea } from '../plans/reform-area.entity';
import { ParCriterion } from './par-criterion.entity';
import { ParFrameworksService } from './par-frameworks.service';

/** Frameworks stay small enough to edit and score on one screen; the national one has 133 items. */
export const MAX_CRITERIA_PER_FRAMEWORK = 500;

const CHILD_LEVEL: Record<ParCriterionLevel, ParCriterionLevel | null> = {
  [ParCriterionLevel.AREA]: ParCriterionLevel.CRITERION,
  [ParCriterionLevel.CRITERION]: ParCriterionLevel.SUB_CRITERION,
  [ParCriterionLevel.SUB_CRITERION]: null,
};

/**
 * Codes carry the tree, as in the XLSX template (which reads the parent from the code): an area is one part
 * ("1", "IX"), its criteria "1.x", their sub-criteria "1.x.y". Checked on every save so an export always imports.
 */
function assertCodeUnder(code: string, parentCode: string | null): void {
  const ownPart =
    parentCode === null ? code : code.startsWith(`${parentCode}.`) ? code.slice(parentCode.length + 1) : '';
  if (ownPart === '' || ownPart.includes('.'))
    throw parentCode === null
      ? badField('code', 'parIndex.areaCode')
      : badField('code', 'parIndex.codeUnderParent', { parentCode });
}

/**
 * A scale belongs to MANUAL items only, and must be usable as given: options within the maximum, one worth
 * it. Checked when saved, so the editor shows the mistake on the field that has it.
 */
function checkedScale(
  method: ParScoringMethod | null,
  scale: ParScaleOption[] | null,
  maxPoints: number,
  code: string,
): ParScaleOption[] | null {
  if (scale === null || scale.length === 0) return null;
  if (method !== ParScoringMethod.MANUAL) throw badField('scale', 'parIndex.scaleWithoutManual');
  const options = scale.map((o) => ({ label: o.label.trim(), points: o.points }));
  const [problem] = checkScale(options, maxPoints);
  if (problem) {
    const position = 'index' in problem ? problem.index + 1 : 0;
    throw badField('scale', `parIndex.problem.scale.${problem.kind}` as MessageKey, { code, position });
  }
  return options;
}

/** The field a rule's problem is about: its parameter, else the rule (its thresholds). */
const DATA_RULE_FIELDS: Partial<Record<ParDataRuleProblem['kind'], string>> = {
  indicatorCodeMissing: 'dataRule.indicatorCode',
  indicatorCodeNotIndicator: 'dataRule.indicatorCode',
  areaNotTasks: 'dataRule.areaCode',
};

/**
 * A data rule belongs to DATA items only, with its source's parameter (an indicator code for indicators, an
 * area only for tasks) and usable thresholds (in range, distinct, within the maximum).
 */
function checkedDataRule(
  method: ParScoringMethod | null,
  rule: ParDataRule | null,
  maxPoints: number,
  code: string,
): ParDataRule | null {
  if (rule === null) return null;
  if (method !== ParScoringMethod.DATA) throw badField('dataRule', 'parIndex.dataRuleWithoutData');
  const [problem] = checkDataRule(rule, maxPoints);
  if (problem) {
    const position = 'index' in problem ? problem.index + 1 : 0;
    const field = DATA_RULE_FIELDS[problem.kind] ?? 'dataRule';
    throw badField(field, `parIndex.dataRule.${problem.kind}` as MessageKey, { code, position });
  }
  return {
    source: rule.source,
    areaCode: rule.areaCode?.trim() || null,
    indicatorCode: rule.indicatorCode?.trim() || null,
    thresholds: rule.thresholds.map((t) => ({ atLeast: t.atLeast, points: t.points })),
  };
}

/** A rule's reform-area filter names one of the plans' areas (I … VII), or tasks would silently never match. */
async function assertReformArea(em: EntityManager, rule: ParDataRule | null | undefined): Promise<void> {
  if (rule?.areaCode && !(await em.exists(ReformArea, { where: { code: rule.areaCode.trim() } })))
    throw badField('dataRule.areaCode', 'validation.invalid');
}

/** The items (areas, criteria, sub-criteria) of DRAFT frameworks. */
@Injectable()
export class ParCriteriaService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly frameworks: ParFrameworksService,
    private readonly audit: AuditService,
  ) {}

  /** The item and its framework, ready to change: visible, writable, a DRAFT, the framework row locked. */
  private async forChange(caller: Caller, id: string, em: EntityManager): Promise<ParCriterion> {
    const criterion = await em.findOne(ParCriterion, { where: { id } });
    if (!criterion) throw notFound('ParCriterion', id);
    await this.frameworks
      .findDraftForUpdate(caller, criterion.frameworkId, em)
      .catch(notFoundAs('ParCriterion', id));
    return criterion;
  }

  private async assertCodeFree(em: EntityManager, frameworkId: string, code: string, exceptId?: string) {
    const existing = await em.findOne(ParCriterion, { where: { frameworkId, code } });
    if (existing && existing.id !== exceptId) throw badField('code', 'common.duplicate', { value: code });
  }

  async create(caller: Caller, input: CreateParCriterionInput): Promise<ParCriterion> {
    return this.dataSource.transaction(async (em) => {
      const framework = await this.frameworks.findDraftForUpdate(
        caller,
        input.frameworkId,
        em,
        'frameworkId',
      );
      const [{ count }]: { count: number }[] = await em.query(
        'SELECT count(*)::int AS count FROM par_criterion WHERE framework_id = $1',
        [framework.id],
      );
      if (count >= MAX_CRITERIA_PER_FRAMEWORK)
        throw badField('frameworkId', 'parIndex.tooManyCriteria', { max: MAX_CRITERIA_PER_FRAMEWORK });
      let level = ParCriterionLevel.AREA;
      let parentCode: string | null = null;
      if (input.parentId) {
        const parent = await em.findOne(ParCriterion, {
          where: { id: input.parentId, frameworkId: framework.id },
        });
        if (!parent)
          throw badField('parentId', 'common.notFound', { entity: 'ParCriterion', id: input.parentId });
        const childLevel = CHILD_LEVEL[parent.level];
        if (!childLevel) throw badField('parentId', 'parIndex.tooDeep');
        level = childLevel;
        parentCode = parent.code;
      }
      const code = input.code.trim();
      assertCodeUnder(code, parentCode);
      await this.assertCodeFree(em, framework.id, code);
      const method = input.method ?? null;
      const [{ next }]: { next: number }[] = await em.query(
        `SELECT coalesce(max(position) + 1, 0)::int AS next FROM par_criterion
          WHERE framework_id = $1 AND parent_id IS NOT DISTINCT FROM $2`,
        [framework.id, input.parentId ?? null],
      );
      await assertReformArea(em, input.dataRule);
      const saved = await em.save(
        em.create(ParCriterion, {
          frameworkId: framework.id,
          parentId: input.parentId ?? null,
          level,
          code,
          position: input.position ?? next,
          title: input.title.trim(),
          maxPoints: input.maxPoints,
          method,
          scale: checkedScale(method, input.scale ?? null, input.maxPoints, code),
          guidance: input.guidance?.trim() || null,
          evidenceRequired: input.evidenceRequired ?? false,
          dataRule: checkedDataRule(method, input.dataRule ?? null, input.maxPoints, code),
        }),
      );
      await this.audit.record(em, caller, {
        action: 'parCriterion.create',
        entityType: 'ParCriterion',
        entityId: saved.id,
        after: saved,
      });
      return saved;
    });
  }

  async update(caller: Caller, input: UpdateParCriterionInput): Promise<ParCriterion> {
    return this.dataSource.transaction(async (em) => {
      const before = await this.forChange(caller, input.id, em);
      const code = input.code?.trim() ?? before.code;
      if (code !== before.code) {
        const parent = before.parentId
          ? await em.findOneByOrFail(ParCriterion, { id: before.parentId })
          : null;
        assertCodeUnder(code, parent?.code ?? null);
        await this.assertCodeFree(em, before.frameworkId, code, before.id);
        // The items below follow: "1.2.3" becomes "4.2.3" when "1" becomes "4".
        await em.query(
          `UPDATE par_criterion SET code = $3 || substr(code, length($2) + 1), version = version + 1
            WHERE framework_id = $1 AND left(code, length($2) + 1) = $2 || '.'`,
          [before.frameworkId, before.code, code],
        );
      }
      const method = input.method === undefined ? before.method : input.method;
      const maxPoints = input.maxPoints ?? before.maxPoints;
      // A method changed away from MANUAL drops the scale unless one is sent; any scale sent is checked.
      const scale =
        input.scale !== undefined ? input.scale : method === ParScoringMethod.MANUAL ? before.scale : null;
      // Likewise a method changed away from DATA drops the rule.
      const dataRule =
        input.dataRule !== undefined
          ? input.dataRule
          : method === ParScoringMethod.DATA
            ? before.dataRule
            : null;
      await assertReformArea(em, dataRule);
      const after = await versionedUpdate(em, ParCriterion, before.id, input.version, {
        dataRule: checkedDataRule(method, dataRule, maxPoints, code),
        code,
        title: input.title?.trim() ?? before.title,
        maxPoints,
        method,
        scale: checkedScale(method, scale, maxPoints, code),
        guidance: input.guidance === undefined ? before.guidance : input.guidance?.trim() || null,
        evidenceRequired: input.evidenceRequired ?? before.evidenceRequired,
        position: input.position ?? before.position,
      });
      await this.audit.record(em, caller, {
        action: 'parCriterion.update',
        entityType: 'ParCriterion',
        entityId: before.id,
        before,
        after,
      });
      return after;
    });
  }

  /** Deletes an item with everything under it. */
  async remove(caller: Caller, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (em) => {
      const before = await this.forChange(caller, id, em);
      await em.delete(ParCriterion, { id });
      await this.audit.record(em, caller, {
        action: 'parCriterion.delete',
        entityType: 'ParCriterion',
        entityId: id,
        before,
      });
      return true;
    });
  }
}
