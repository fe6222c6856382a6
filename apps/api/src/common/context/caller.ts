import { Actor } from './actor';

/**
 * What services need to know about the caller: who (for scope and audit) and which request. Resolvers and
 * controllers get it with `@CurrentCaller()`, from what the authentication middleware left on the request.
 */
export interface Caller {
  actor: Actor;
  requestId: string;
}
