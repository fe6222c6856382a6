import type { Language } from '../../app/i18n/language';
import type { PublicSummary } from '@partrack/shared';
import { publicSummaryUrl } from './public-summary.util';

/** A refusal of the public API in its one error shape; the message is already in the asked language. */
export class PublicApiError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
  }
}

interface ErrorBody {
  errors?: { message?: string; extensions?: { code?: string } }[];
}

/**
 * Reads a province's public summary. A plain fetch, not Apollo: the route is REST (no login, cached with ETags;
 * the browser revalidates with If-None-Match by itself). Network failures reject with the fetch error.
 */
export async function fetchPublicSummary(
  provinceCode: string,
  year: number,
  language: Language,
  signal?: AbortSignal,
): Promise<PublicSummary> {
  const response = await fetch(publicSummaryUrl(provinceCode, year), {
    headers: { accept: 'application/json', 'accept-language': language },
    signal,
  });
  if (response.ok) return (await response.json()) as PublicSummary;
  const body = (await response.json().catch(() => ({}))) as ErrorBody;
  const first = body.errors?.[0];
  throw new PublicApiError(first?.message ?? response.statusText, first?.extensions?.code ?? null);
}
