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
import { ATTACHMENT_MAX_BYTES } from '../reports/report-attachments.service';
import { evidenceDownloadUrl, ParEvidenceService } from './par-evidence.service';

const uuid = (field: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => badField(field, 'validation.uuid') });

/**
 * Evidence files over plain HTTP, exactly like report attachments (the GraphQL body limit of 100 KB is too
 * small for files): POST multipart/form-data with one part named `file` to an item of an assessment; GET
 * streams it back. The upload is refused on its headers before its body is read, then streamed by multer
 * with a hard cap; links and records go through GraphQL.
 */
@Controller('files/par-evidence')
export class ParEvidenceController {
  constructor(private readonly evidence: ParEvidenceService) {}

  @Post(':assessmentId/:criterionId')
  @RequirePermission(Permission.PAR_SELF_ASSESS)
  @UseGuards(
    UploadLimitsGuard({ maxFileBytes: ATTACHMENT_MAX_BYTES, idParams: ['assessmentId', 'criterionId'] }),
  )
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
    @Param('assessmentId', uuid('assessmentId')) assessmentId: string,
    @Param('criterionId', uuid('criterionId')) criterionId: string,
    @UploadedFile() file: Express.Multer.File | undefined,
  ) {
    if (!file) throw badField('file', 'validation.required');
    const saved = await this.evidence.addFile(
      caller,
      assessmentId,
      criterionId,
      file.originalname,
      file.mimetype,
      file.buffer,
    );
    const { id, kind, label, mimeType, size } = saved;
    return {
      id,
      assessmentId,
      criterionId,
      kind,
      label,
      mimeType,
      size,
      downloadUrl: evidenceDownloadUrl(saved),
    };
  }

  @Get(':id')
  @RequirePermission(Permission.PAR_READ)
  async download(
    @CurrentCaller() caller: Caller,
    @Param('id', uuid('id')) id: string,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.evidence.download(caller.actor, id);
    res.setHeader('Content-Type', file.mimeType);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.label)}`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(file.content);
  }
}
