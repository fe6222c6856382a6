import { badField } from '../common/errors/domain-error';
import { MessageKey } from '../common/i18n/messages';
import { ParCriterion } from './par-criterion.entity';

/** "1.10" after "1.9": one collator for every sort, as localeCompare with options builds one per call. */
const CODE_ORDER = new Intl.Collator('vi', { numeric: true });

/** The scored items of a framework: those without children, in code order. */
export function leavesOf(criteria: readonly ParCriterion[]): ParCriterion[] {
  const parents = new Set(criteria.map((c) => c.parentId));
  return criteria.filter((c) => !parents.has(c.id)).sort((a, b) => CODE_ORDER.compare(a.code, b.code));
}

/** Each item of a list with its criterion (a leaf of the framework, named once), or a field error. */
export function scoredItems<T extends { criterionId: string }>(
  items: readonly T[],
  leaves: ParCriterion[],
  list: string,
) {
  const byId = new Map(leaves.map((c) => [c.id, c]));
  const seen = new Set<string>();
  return items.map((item, index) => {
    const at = `${list}[${index}]`;
    const criterion = byId.get(item.criterionId);
    if (!criterion)
      throw badField(`${at}.criterionId`, 'common.notFound', {
        entity: 'ParCriterion',
        id: item.criterionId,
      });
    if (seen.has(criterion.id))
      throw badField(`${at}.criterionId`, 'parIndex.scoreTwice', { code: criterion.code });
    seen.add(criterion.id);
    return { item, criterion, at };
  });
}

export function pointsError(field: string, problem: string, criterion: ParCriterion) {
  return badField(field, `parIndex.score.${problem}` as MessageKey, {
    code: criterion.code,
    max: criterion.maxPoints,
    options: (criterion.scale ?? []).map((o) => o.points).join('; '),
  });
}
