import { Controller, Get, Param, Post, Res, UploadedFile } from '@nestjs/common';
import { Permission } from '@partrack/shared';
import type { Response } from 'express';
import { CurrentCaller, RequirePermission } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import { badField } from '../common/errors/domain-error';
import { sendFileDownload } from '../common/http/file-download';
import { FileUpload, uuidParam } from '../common/http/file-upload.decorator';
import { ReportAttachmentsService } from './report-attachments.service';

/**
 * Report attachments over plain HTTP (the GraphQL body limit of 100 KB is too small for files):
 * POST multipart/form-data with one part named `file`; GET streams it back. Authenticated by the same
 * middleware as GraphQL, authorised by the same global guard and `@RequirePermission`; the upload is
 * refused on its headers before its body is read, then streamed by multer with a hard cap (FileUpload).
 */
@Controller('files/report-attachments')
export class ReportAttachmentsController {
  constructor(private readonly attachments: ReportAttachmentsService) {}

  @Post(':reportId')
  @RequirePermission(Permission.REPORT_WRITE)
  @FileUpload(['reportId'])
  async upload(
    @CurrentCaller() caller: Caller,
    @Param('reportId', uuidParam('reportId')) reportId: string,
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
    @Param('id', uuidParam('id')) id: string,
    @Res() res: Response,
  ): Promise<void> {
    sendFileDownload(res, await this.attachments.download(caller.actor, id));
  }
}
