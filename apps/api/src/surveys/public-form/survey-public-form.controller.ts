import { Body, Controller, Get, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import type { PublicSurveyForm } from '@partrack/shared';
import type { Request, Response } from 'express';
import { Public } from '../../common/auth/auth.decorators';
import {
  DEVICE_COOKIE,
  DEVICE_COOKIE_MAX_AGE_MS,
  deviceIdFromCookies,
  newDeviceId,
} from './survey-form-device';
import { SurveyFormBodyLimitGuard } from './survey-form-body-limit.guard';
import {
  SURVEY_FORM_READ_THROTTLER,
  SURVEY_FORM_SUBMIT_THROTTLER,
  SurveyFormThrottlerGuard,
} from './survey-form-throttler.guard';
import { SurveyFormSubmissionInput } from './survey-public-form.input';
import { SurveyPublicFormService } from './survey-public-form.service';

/** The cookie goes back only to the form's routes. */
const COOKIE_PATH = '/public/v1/surveys';

/**
 * The device id from the request's cookie, or a new one set on the response: httpOnly (no script reads it),
 * SameSite=Lax (another site cannot post with it), Secure behind HTTPS. It names no one; it only lets the
 * server tell a second submission of the day from a new one.
 */
function deviceOf(req: Request, res: Response): string {
  const known = deviceIdFromCookies(req.headers.cookie);
  if (known) return known;
  const id = newDeviceId();
  res.cookie(DEVICE_COOKIE, id, {
    httpOnly: true,
    sameSite: 'lax',
    secure: req.secure,
    maxAge: DEVICE_COOKIE_MAX_AGE_MS,
    path: COOKIE_PATH,
  });
  return id;
}

/**
 * The public, anonymous online form of an OPEN survey for one agency (docs/surveys.md "The online form"):
 * REST like the other public routes, no login, rate limited per client IP, errors in the one JSON shape.
 */
@Controller('public/v1/surveys/:surveyId/agencies/:agencyId/form')
@UseGuards(SurveyFormThrottlerGuard)
@Public()
export class SurveyPublicFormController {
  constructor(private readonly forms: SurveyPublicFormService) {}

  @Get()
  @SkipThrottle({ [SURVEY_FORM_SUBMIT_THROTTLER]: true })
  form(
    @Param('surveyId') surveyId: string,
    @Param('agencyId') agencyId: string,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PublicSurveyForm> {
    const known = deviceIdFromCookies(req.headers.cookie);
    deviceOf(req, res);
    // Whether this device answered today is in the answer: no shared cache may keep it.
    res.setHeader('Cache-Control', 'no-store');
    return this.forms.form(surveyId, agencyId, known);
  }

  @Post()
  @SkipThrottle({ [SURVEY_FORM_READ_THROTTLER]: true })
  @UseGuards(SurveyFormBodyLimitGuard)
  async submit(
    @Param('surveyId') surveyId: string,
    @Param('agencyId') agencyId: string,
    @Body() input: SurveyFormSubmissionInput,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ received: true }> {
    res.setHeader('Cache-Control', 'no-store');
    await this.forms.submit(surveyId, agencyId, deviceOf(req, res), input);
    return { received: true };
  }
}
