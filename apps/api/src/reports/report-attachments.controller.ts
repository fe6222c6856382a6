import {
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Post,
  Res,
  UploadedFile,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Permission } from '@partrack/shared';
import type { Response } from 'express';
import { CurrentCaller, RequirePermission } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import { badField } from '../common/errors/domain-error';
import { UploadErrorsInterceptor } from '../common/http/upload-errors.interceptor';
import { UploadLimitsGuard } from '../common/http/upload-limits.guard';
import { ATTACHMENT_MAX_BYTES, ReportAttachmentsService } from './report-attachments.service';

const uuid = (field: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => badField(field, 'validation.uuid') });

/**
 * Report attachments over plain HTTP (the GraphQL body limit of 100 KB is too small for files):
 * POST multipart/form-data with one part named `file`; GET streams it back. Authenticated by the same
 * middleware as GraphQL, authorised by the same global guard and `@RequirePermission`; the upload is
 * refused on its headers before its body is read, then streamed by multer with a hard cap.
 */
@Controller('files/report-attachments')
export class ReportAttachmentsController {
  constructor(private readonly attachments: ReportAttachmentsService) {}

  @Post(':reportId')
  @RequirePermission(Permission.REPORT_WRITE)
  @UseGuards(UploadLimitsGuard({ maxFileBytes: ATTACHMENT_MAX_BYTES, idParams: ['reportId'] }))
  @UseInterceptors(
    UploadErrorsInterceptor(ATTACHMENT_MAX_BYTES),
    FileInterceptor('file', {
      limits: { fileSize: ATTACHMENT_MAX_BYTES, files: 1, fields: 0, parts: 1, headerPairs: 20 },
      // RFC 7578 filenames are UTF-8 (Vietnamese names); busboy's default would read them as Latin-1.
      defParamCharset: 'utf8',
    }),
  )
  async upload(
    @CurrentCaller() caller: Caller,
    @Param('reportId', uuid('reportId')) reportId: string,
    @UploadedFile() file: Express.Multer.File | undefined,
  ) {
    if (!file) throw badField('file', 'validation.required');
    const saved = await this.attachments.add(caller, reportId, file.originalname, file.mimetype, file.buffer);
    const { id, filename, mimeType, size, url } = saved;
    return { id, filename, mimeType, size, url };
  }

  @Get(':id')
  @RequirePermission(Permission.REPORT_READ)
  async download(
    @CurrentCaller() caller: Caller,
    @Param('id', uuid('id')) id: string,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.attachments.download(caller.actor, id);
    res.setHeader('Content-Type', file.mimeType);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(file.content);
  }
}
