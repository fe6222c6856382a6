import { AgencyKind, AgencyLevel } from '@partrack/shared';
import type { TFunction } from 'i18next';

export function agencyKindOptions(t: TFunction) {
  return Object.values(AgencyKind).map((kind) => ({ value: kind, label: t(`agency.kind.${kind}`) }));
}

export function agencyLevelOptions(t: TFunction) {
  return Object.values(AgencyLevel).map((level) => ({ value: level, label: t(`agency.level.${level}`) }));
}

/** Aliases are free text from many sources; trimming and de-duplicating here spares the API a validation round-trip. */
export function cleanAliases(aliases: readonly string[] | undefined): string[] {
  return [...new Set((aliases ?? []).map((alias) => alias.trim()).filter(Boolean))];
}

export function emptyToNull(value: string | undefined | null): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
