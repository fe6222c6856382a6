import { foldVietnamese } from '@partrack/shared';
import { Agency } from './agency.entity';

/** Folded code, names and aliases of an agency, matched by searches ("so noi vu" → "Sở Nội vụ"). */
export function agencySearchText(a: Pick<Agency, 'code' | 'name' | 'shortName' | 'aliases'>): string {
  return foldVietnamese([a.code, a.name, a.shortName ?? '', ...a.aliases].join(' | '));
}
