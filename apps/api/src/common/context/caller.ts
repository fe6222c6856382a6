import { Actor } from './actor';
import { GqlContext } from './request-context';

/** What services need to know about the caller: who (for scope and audit) and which request. */
export interface Caller {
  actor: Actor;
  requestId: string;
}

export function callerOf(context: GqlContext): Caller {
  if (!context.actor) throw new Error('callerOf used on an unauthenticated context');
  return { actor: context.actor, requestId: context.requestId };
}
