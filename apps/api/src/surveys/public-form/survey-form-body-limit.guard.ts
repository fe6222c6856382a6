import { CanActivate, ExecutionContext, Injectable, PayloadTooLargeException } from '@nestjs/common';
import { SURVEY_FORM_MAX_BYTES } from '@partrack/shared';
import type { Request } from 'express';

/**
 * The form's own body limit (SURVEY_FORM_MAX_BYTES), far below the API's: 413 in the one JSON error shape
 * (the error filter turns PayloadTooLargeException into BAD_USER_INPUT with reason BODY_TOO_LARGE). A guard
 * runs before the validation pipe, so an oversized list is refused for its size, not for its content. The
 * app's JSON parser has read the body already (it is mounted for every route); a chunked body without a
 * Content-Length is measured after parsing.
 */
@Injectable()
export class SurveyFormBodyLimitGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    const declared = Number(req.headers['content-length'] ?? 0);
    const parsed = req.body === undefined ? 0 : Buffer.byteLength(JSON.stringify(req.body) ?? '');
    if (declared > SURVEY_FORM_MAX_BYTES || parsed > SURVEY_FORM_MAX_BYTES)
      throw new PayloadTooLargeException({ maxBytes: SURVEY_FORM_MAX_BYTES });
    return true;
  }
}
