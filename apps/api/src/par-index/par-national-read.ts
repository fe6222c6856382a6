import { ParTargetGroup } from '@partrack/shared';
import { EntityManager } from 'typeorm';
import { badField } from '../common/errors/domain-error';
import { MessageKey } from '../common/i18n/messages';
import { ParAssessment } from './par-assessment.entity';
import { ParFramework } from './par-framework.entity';

/**
 * The framework of an assessment already read in scope, which must be the province's own national one (target
 * group PROVINCE); any other answers BAD_USER_INPUT on `field`. One statement.
 */
export async function nationalFramework(
  em: EntityManager,
  assessment: Pick<ParAssessment, 'frameworkId'>,
  field: string,
  message: MessageKey,
): Promise<ParFramework> {
  const framework = await em.findOneByOrFail(ParFramework, { id: assessment.frameworkId });
  if (framework.targetGroup !== ParTargetGroup.PROVINCE) throw badField(field, message);
  return framework;
}
