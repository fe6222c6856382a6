import { Controller, Get, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { hasPermission, Permission } from '@partrack/shared';
import type { Request, Response } from 'express';
import express from 'express';
import { AuthenticationService } from '../auth/authentication.service';
import { Public } from '../common/auth/auth.decorators';
import { Actor } from '../common/context/actor';
import { DomainError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-code';
import { languageFromHeader, translate } from '../common/i18n/messages';
import { ATTACHMENT_MAX_BYTES, ReportAttachmentsService } from './report-attachments.service';

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.BAD_USER_INPUT]: 400,
};

/** Raw bytes up to the attachment limit; the GraphQL body limit (100 KB) is too small for files. */
export const rawAttachmentBody = express.raw({ type: () => true, limit: ATTACHMENT_MAX_BYTES });

/**
 * Report attachments over plain HTTP: POST the bytes with `X-Filename` (URI-encoded) and `Content-Type`;
 * GET streams them back. Authenticated with the same Bearer tokens and API keys as GraphQL; the
 * GraphQL-only guard does not apply, so each handler checks the caller itself (hence @Public).
 */
@Controller('files/report-attachments')
export class ReportAttachmentsController {
  constructor(
    private readonly authn: AuthenticationService,
    private readonly attachments: ReportAttachmentsService,
  ) {}

  @Post(':reportId')
  @Public()
  async upload(
    @Param('reportId', ParseUUIDPipe) reportId: string,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    await this.answer(req, res, async () => {
      const actor = await this.caller(req, Permission.REPORT_WRITE);
      const body: unknown = req.body;
      const content = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
      const filename = decodeURIComponent(String(req.headers['x-filename'] ?? 'tep-dinh-kem'));
      const caller = { actor, requestId: typeof req.id === 'string' ? req.id : '' };
      const saved = await this.attachments.add(
        caller,
        reportId,
        filename,
        req.headers['content-type'] ?? '',
        content,
      );
      const { id, mimeType, size, url } = saved;
      res.status(201).json({ id, filename: saved.filename, mimeType, size, url });
    });
  }

  @Get(':id')
  @Public()
  async download(@Param('id', ParseUUIDPipe) id: string, @Req() req: Request, @Res() res: Response) {
    await this.answer(req, res, async () => {
      const file = await this.attachments.download(await this.caller(req, Permission.REPORT_READ), id);
      res.setHeader('Content-Type', file.mimeType);
      res.setHeader(
        'Content-Disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      );
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.send(file.content);
    });
  }

  private async caller(req: Request, permission: Permission): Promise<Actor> {
    const { actor, error } = await this.authn.authenticate(req.headers.authorization);
    if (error) throw error;
    if (!actor) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'auth.required');
    if (!hasPermission(actor.role, permission)) throw new DomainError(ErrorCode.FORBIDDEN, 'auth.forbidden');
    return actor;
  }

  /** Domain errors as JSON with the GraphQL error codes and a localised message (never an HTML stack). */
  private async answer(req: Request, res: Response, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const lang = languageFromHeader(req.headers['accept-language']);
      const fields = error.fields.map((f) => ({ field: f.field, message: translate(f.key, lang, f.params) }));
      res
        .status(STATUS[error.code] ?? 400)
        .json({ code: error.code, message: translate(error.key, lang, error.params), fields });
    }
  }
}
