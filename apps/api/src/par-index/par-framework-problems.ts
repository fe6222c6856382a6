import {
  checkBands,
  checkFramework,
  ParCriterionLevel,
  ParFrameworkProblem as Problem,
} from '@partrack/shared';
import { Lang, MessageKey, translate } from '../common/i18n/messages';
import { ParCriterion } from './par-criterion.entity';
import { ParFramework } from './par-framework.entity';
import { ParFrameworkProblem } from './par-framework.model';

const LEVEL_NAMES: Record<ParCriterionLevel, Record<Lang, string>> = {
  [ParCriterionLevel.AREA]: { vi: 'lĩnh vực', en: 'area' },
  [ParCriterionLevel.CRITERION]: { vi: 'tiêu chí', en: 'criterion' },
  [ParCriterionLevel.SUB_CRITERION]: { vi: 'tiêu chí thành phần', en: 'sub-criterion' },
};

/** The shared rules' view of stored items: parents by code instead of by id. */
export function frameworkNodes(criteria: readonly ParCriterion[]) {
  const codeById = new Map(criteria.map((c) => [c.id, c.code]));
  return criteria.map((c) => ({
    code: c.code,
    parentCode: c.parentId === null ? null : (codeById.get(c.parentId) ?? c.parentId),
    level: c.level,
    maxPoints: c.maxPoints,
    method: c.method,
    options: c.scale ?? undefined,
  }));
}

function describe(problem: Problem, lang: Lang): ParFrameworkProblem {
  if (problem.kind === 'scale') {
    const position = 'index' in problem.problem ? problem.problem.index + 1 : 0;
    const key = `parIndex.problem.scale.${problem.problem.kind}` as MessageKey;
    return {
      code: problem.code,
      kind: problem.kind,
      message: translate(key, lang, { code: problem.code, position }),
    };
  }
  const key = `parIndex.problem.${problem.kind}` as MessageKey;
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(problem)) {
    if (typeof value === 'string' || typeof value === 'number') params[name] = value;
  }
  if (problem.kind === 'wrongLevel') params.expected = LEVEL_NAMES[problem.expected][lang];
  return {
    code: 'code' in problem ? problem.code : null,
    kind: problem.kind,
    message: translate(key, lang, params),
  };
}

/** What keeps the framework from being locked, in the caller's language, in the order of the items. */
export function frameworkProblems(
  framework: ParFramework,
  criteria: readonly ParCriterion[],
  lang: Lang,
): ParFrameworkProblem[] {
  const problems = checkFramework(frameworkNodes(criteria), framework.totalPoints).map((p) =>
    describe(p, lang),
  );
  if (checkBands(framework.bands).length > 0)
    problems.push({ code: null, kind: 'bands', message: translate('parIndex.bands', lang) });
  return problems;
}
