import { EntityManager } from 'typeorm';
import { ParAssessment } from './par-assessment.entity';
import { ParCriterion } from './par-criterion.entity';
import { ParResponsibility } from './par-responsibility.entity';

/**
 * The agency answering for each of `criterionIds` in an assessment: the nearest assignment on the item or
 * an item above it; null when none (the assessment's own agency answers). Two statements.
 */
export async function responsibleAgencies(
  em: EntityManager,
  assessment: Pick<ParAssessment, 'id' | 'frameworkId'>,
  criterionIds: readonly string[],
): Promise<Map<string, string | null>> {
  const [criteria, assigned] = await Promise.all([
    em.find(ParCriterion, {
      where: { frameworkId: assessment.frameworkId },
      select: { id: true, parentId: true },
    }),
    em.find(ParResponsibility, { where: { assessmentId: assessment.id } }),
  ]);
  const parentOf = new Map(criteria.map((c) => [c.id, c.parentId]));
  const agencyOf = new Map(assigned.map((r) => [r.criterionId, r.agencyId]));
  const result = new Map<string, string | null>();
  for (const id of criterionIds) {
    let current: string | null | undefined = id;
    let found: string | null = null;
    // Frameworks are three levels deep; the bound only guards against a loop written behind our back.
    for (let step = 0; current && step < 8 && !found; step++) {
      found = agencyOf.get(current) ?? null;
      current = parentOf.get(current);
    }
    result.set(id, found);
  }
  return result;
}
