import { Injectable } from '@nestjs/common';
import {
  checkFramework,
  DEFAULT_PAR_BANDS,
  ParFrameworkDefinition,
  ParFrameworkStatus,
} from '@partrack/shared';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AgencyScopeService } from '../agencies/agency-scope.service';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../common/context/caller';
import { notFound } from '../common/errors/domain-error';
import { CopyParFrameworkInput } from './dto/par-framework.input';
import { ParCriterion } from './par-criterion.entity';
import { ParFramework } from './par-framework.entity';
import { bandsFrom, ParFrameworksService } from './par-frameworks.service';

/**
 * Frameworks made whole, items included: a copy of another framework (next year's, or a corrected revision)
 * and a framework from a definition (the demo's samples, an XLSX import). One transaction each.
 */
@Injectable()
export class ParFrameworkBuilder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly frameworks: ParFrameworksService,
    private readonly scope: AgencyScopeService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Copies a framework and all its items into a new DRAFT of the given year (last year's framework as the
   * start of this year's, or a corrected revision of a locked one). Samples copy into real frameworks.
   */
  async copy(caller: Caller, input: CopyParFrameworkInput): Promise<ParFramework> {
    return this.dataSource.transaction(async (em) => {
      const source = await this.frameworks.findOne(caller.actor, input.id, em);
      await this.scope.assertCanWrite(caller.actor, source.provinceId, em, () =>
        notFound('ParFramework', input.id),
      );
      const fields = { provinceId: source.provinceId, year: input.year, targetGroup: source.targetGroup };
      const copy = await em.save(
        em.create(ParFramework, {
          ...fields,
          revision: await this.frameworks.nextRevision(em, fields),
          name: input.name?.trim() ?? source.name,
          decisionNumber: null,
          totalPoints: source.totalPoints,
          bands: source.bands,
          isSample: false,
          copiedFromId: source.id,
        }),
      );
      await this.copyCriteria(em, source.id, copy.id);
      await this.audit.record(em, caller, {
        action: 'parFramework.copy',
        entityType: 'ParFramework',
        entityId: copy.id,
        after: { ...copy, copiedFromId: source.id },
      });
      return copy;
    });
  }

  /**
   * A whole framework in one transaction, checked first: all or nothing. The demo's samples are made this way
   * (the XLSX import will be too). Without a caller it is the system acting (the seed), unscoped.
   */
  async createFromDefinition(
    caller: Caller | null,
    provinceId: string,
    year: number,
    definition: ParFrameworkDefinition,
    options: { isSample?: boolean; lock?: boolean } = {},
  ): Promise<ParFramework> {
    const problems = checkFramework(definition.criteria, definition.totalPoints);
    if (problems.length > 0) throw new Error(`framework "${definition.name}": ${JSON.stringify(problems)}`);
    return this.dataSource.transaction(async (em) => {
      if (caller) await this.frameworks.assertCanCreateIn(caller, provinceId, em);
      const fields = { provinceId, year, targetGroup: definition.targetGroup };
      const framework = await em.save(
        em.create(ParFramework, {
          ...fields,
          revision: await this.frameworks.nextRevision(em, fields),
          name: definition.name,
          totalPoints: definition.totalPoints,
          bands: bandsFrom(definition.bands.length ? definition.bands : undefined, DEFAULT_PAR_BANDS),
          isSample: options.isSample ?? false,
          status: options.lock ? ParFrameworkStatus.LOCKED : ParFrameworkStatus.DRAFT,
          lockedAt: options.lock ? new Date() : null,
        }),
      );
      const idByCode = new Map(definition.criteria.map((c) => [c.code, randomUUID()]));
      const positions = new Map<string | null, number>();
      const rows = definition.criteria.map((c) => {
        const position = positions.get(c.parentCode) ?? 0;
        positions.set(c.parentCode, position + 1);
        return {
          id: idByCode.get(c.code),
          frameworkId: framework.id,
          parentId: c.parentCode === null ? null : (idByCode.get(c.parentCode) ?? null),
          level: c.level,
          code: c.code,
          position,
          title: c.title,
          maxPoints: c.maxPoints,
          method: c.method,
          scale: c.options ? [...c.options] : null,
          guidance: c.guidance ?? null,
          evidenceRequired: c.evidenceRequired ?? false,
          dataRule: c.dataRule ?? null,
        };
      });
      // One INSERT: foreign keys (parents in the same statement) are checked at its end.
      await em.insert(ParCriterion, rows);
      await this.audit.record(em, caller, {
        action: 'parFramework.create',
        entityType: 'ParFramework',
        entityId: framework.id,
        after: { ...framework, criteria: rows.length },
      });
      return framework;
    });
  }

  /** Items with new ids and their parents remapped, in one statement (foreign keys are checked at its end). */
  private async copyCriteria(em: EntityManager, fromId: string, toId: string): Promise<void> {
    await em.query(
      `WITH src AS (
         SELECT c.*, gen_random_uuid() AS new_id FROM par_criterion c WHERE c.framework_id = $1
       )
       INSERT INTO par_criterion (id, framework_id, parent_id, level, code, position, title, max_points, method,
                                  scale, guidance, evidence_required, data_rule)
       SELECT s.new_id, $2, p.new_id, s.level, s.code, s.position, s.title, s.max_points, s.method, s.scale,
              s.guidance, s.evidence_required, s.data_rule
         FROM src s LEFT JOIN src p ON p.id = s.parent_id`,
      [fromId, toId],
    );
  }
}
