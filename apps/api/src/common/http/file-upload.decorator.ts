import { applyDecorators, ParseUUIDPipe, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { badField } from '../errors/domain-error';
import { UploadErrorsInterceptor } from './upload-errors.interceptor';
import { UploadLimitsGuard } from './upload-limits.guard';
import { ATTACHMENT_MAX_BYTES } from './upload-limits';

/** A path id that must be a UUID: BAD_USER_INPUT naming the parameter otherwise. */
export const uuidParam = (field: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => badField(field, 'validation.uuid') });

/**
 * One file in a multipart part named `file`, at most ATTACHMENT_MAX_BYTES: refused on its headers before its
 * body is read (ids in `idParams` not UUIDs, not multipart, Content-Length too large), then streamed by multer
 * with a hard cap and its errors put in our terms. Goes below `@RequirePermission`, which the global guard
 * checks first.
 */
export function FileUpload(idParams: string[]): MethodDecorator {
  return applyDecorators(
    UseGuards(UploadLimitsGuard({ maxFileBytes: ATTACHMENT_MAX_BYTES, idParams })),
    UseInterceptors(
      UploadErrorsInterceptor(ATTACHMENT_MAX_BYTES),
      FileInterceptor('file', {
        limits: { fileSize: ATTACHMENT_MAX_BYTES, files: 1, fields: 0, parts: 1, headerPairs: 20 },
        // RFC 7578 filenames are UTF-8 (Vietnamese names); busboy's default would read them as Latin-1.
        defParamCharset: 'utf8',
      }),
    ),
  );
}
