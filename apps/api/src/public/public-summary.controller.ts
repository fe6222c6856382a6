import { Controller, Get, Param, Query, Req, Res, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../common/auth/auth.decorators';
import { CachedBody } from './public-cache';
import { PublicSummaryService } from './public-summary.service';
import { PublicThrottlerGuard } from './public-throttler.guard';

/** Browsers and proxies may keep a copy but must ask again each time; an unchanged answer is a 304. */
const CACHE_CONTROL = 'public, no-cache';

/** "If-None-Match: a, b" or "*" matching the current tag (weak comparison, as RFC 9110 asks for GET). */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}

function send(req: Request, res: Response, cached: CachedBody, type: string, filename?: string): void {
  res.setHeader('ETag', cached.etag);
  res.setHeader('Cache-Control', CACHE_CONTROL);
  res.setHeader('Vary', 'Accept-Encoding');
  if (matches(req.headers['if-none-match'], cached.etag)) {
    res.status(304).end();
    return;
  }
  res.type(type);
  if (filename) res.attachment(filename);
  res.send(cached.body);
}

/**
 * The public transparency figures (docs/public.md): no login, rate limited, from a cache with strong ETags.
 * `summary` feeds the page; `summary.json` and `summary.csv` are the same figures as open-data downloads.
 */
@Controller('public/v1/:provinceCode')
@UseGuards(PublicThrottlerGuard)
@Public()
export class PublicSummaryController {
  constructor(private readonly summaries: PublicSummaryService) {}

  @Get('summary')
  async summary(
    @Param('provinceCode') provinceCode: string,
    @Query('year') year: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const bodies = await this.summaries.bodies(provinceCode, year);
    send(req, res, bodies.json, 'application/json; charset=utf-8');
  }

  @Get('summary.json')
  async json(
    @Param('provinceCode') provinceCode: string,
    @Query('year') year: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const bodies = await this.summaries.bodies(provinceCode, year);
    send(req, res, bodies.json, 'application/json; charset=utf-8', `${bodies.basename}.json`);
  }

  @Get('summary.csv')
  async csv(
    @Param('provinceCode') provinceCode: string,
    @Query('year') year: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const bodies = await this.summaries.bodies(provinceCode, year);
    send(req, res, bodies.csv, 'text/csv; charset=utf-8', `${bodies.basename}.csv`);
  }
}
