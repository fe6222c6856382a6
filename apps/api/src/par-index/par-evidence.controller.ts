import { Controller, Get, Param, Post, Res, UploadedFile } from '@nestjs/common';
import { Permission } from '@partrack/shared';
import type { Response } from 'express';
import { CurrentCaller, RequirePermission } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import { badField } from '../common/errors/domain-error';
import { sendFileDownload } from '../common/http/file-download';
import { FileUpload, uuidParam } from '../common/http/file-upload.decorator';
import { evidenceDownloadUrl, ParEvidenceService } from './par-evidence.service';

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
  @FileUpload(['assessmentId', 'criterionId'])
  async upload(
    @CurrentCaller() caller: Caller,
    @Param('assessmentId', uuidParam('assessmentId')) assessmentId: string,
    @Param('criterionId', uuidParam('criterionId')) criterionId: string,
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
    @Param('id', uuidParam('id')) id: string,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.evidence.download(caller.actor, id);
    sendFileDownload(res, { ...file, filename: file.label });
  }
}
