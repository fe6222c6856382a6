import type { Request, Response } from 'express';
import { Lang } from '../i18n/messages';
import type { Loaders } from '../graphql/loaders';
import { Actor } from './actor';

/** The request id, set by the authentication middleware (`requestIdOf`) and echoed as X-Request-Id. */
export type RequestWithId = Request;

export interface GqlContext {
  req: RequestWithId;
  res: Response;
  lang: Lang;
  requestId: string;
  /** The authenticated actor, as the authentication middleware left it on the request (null: anonymous). */
  actor: Actor | null;
  loaders: Loaders;
}
