import type { Request, Response } from 'express';
import { DomainError } from '../errors/domain-error';
import { Lang } from '../i18n/messages';
import type { Loaders } from '../graphql/loaders';
import { Actor } from './actor';

/** pino-http sets `req.id` (the request id, also sent back as x-request-id). */
export type RequestWithId = Request;

export interface GqlContext {
  req: RequestWithId;
  res: Response;
  lang: Lang;
  requestId: string;
  actor: Actor | null;
  /** Set when credentials were sent but are invalid; raised by the guard unless the operation is public. */
  authError: DomainError | null;
  loaders: Loaders;
}
