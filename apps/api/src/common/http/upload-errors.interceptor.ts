import {
  CallHandler,
  ExecutionContext,
  HttpException,
  Injectable,
  NestInterceptor,
  PayloadTooLargeException,
  Type,
} from '@nestjs/common';
import { catchError, Observable, throwError } from 'rxjs';
import { badField } from '../errors/domain-error';

/**
 * Multer's limit errors in our terms: a file over the cap is 413 naming the limit, any other malformed
 * multipart body (extra parts, truncated stream) is BAD_USER_INPUT on `file`. Listed before FileInterceptor.
 */
export function UploadErrorsInterceptor(maxFileBytes: number): Type<NestInterceptor> {
  @Injectable()
  class UploadErrors implements NestInterceptor {
    intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
      return next.handle().pipe(
        catchError((error: unknown) => {
          if (error instanceof PayloadTooLargeException) {
            return throwError(() => new PayloadTooLargeException({ maxBytes: maxFileBytes }));
          }
          if (error instanceof HttpException && error.getStatus() === 400) {
            return throwError(() => badField('file', 'upload.malformed', { detail: error.message }));
          }
          return throwError(() => error);
        }),
      );
    }
  }
  return UploadErrors;
}
