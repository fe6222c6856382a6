import { CanActivate, ExecutionContext, Injectable, PayloadTooLargeException, Type } from '@nestjs/common';
import type { Request } from 'express';
import { badField } from '../errors/domain-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Room for the multipart boundaries and part headers around the file. */
const MULTIPART_OVERHEAD = 16 * 1024;

/**
 * Refuses an upload on its headers, before a byte of the body is read: a path id that is not a UUID, a body
 * that is not multipart, or a Content-Length beyond the file limit. Runs after the global guard, so an
 * anonymous or unauthorised caller has already been refused. The streaming parser still enforces the file
 * limit for bodies sent without a length (chunked).
 */
export function UploadLimitsGuard(options: { maxFileBytes: number; idParams: string[] }): Type<CanActivate> {
  @Injectable()
  class UploadLimits implements CanActivate {
    canActivate(context: ExecutionContext): boolean {
      const req = context.switchToHttp().getRequest<Request>();
      for (const name of options.idParams) {
        if (!UUID.test(String(req.params[name] ?? ''))) throw badField(name, 'validation.uuid');
      }
      const length = Number(req.headers['content-length'] ?? 0);
      if (length > options.maxFileBytes + MULTIPART_OVERHEAD) {
        throw new PayloadTooLargeException({ maxBytes: options.maxFileBytes });
      }
      if (!/^multipart\/form-data;/i.test(req.headers['content-type'] ?? '')) {
        throw badField('file', 'upload.notMultipart');
      }
      return true;
    }
  }
  return UploadLimits;
}
