import { AgencyNameIndex, foldVietnamese, ParsedPlanItem } from '@partrack/shared';
import { AgencyGroup } from '../../agencies/agency-group.entity';
import { Agency } from '../../agencies/agency.entity';
import { Assignment } from '../plan-items.service';
import { AssignmentRole } from '../plan-item-agency.entity';
import { AgencyOverrideInput } from './plan-import.input';
import { PlanImportProblem, ResolvedAgencyName } from './plan-import-result.model';

/** Below this the resolver guessed (a typo, a truncated name): the coordinator should look. */
export const CONFIRM_BELOW = 0.95;

export interface NameCatalogue {
  index: AgencyNameIndex;
  agencies: Map<string, Agency>;
  groups: Map<string, AgencyGroup>;
}

export interface ResolvedCell {
  names: ResolvedAgencyName[];
  problems: PlanImportProblem[];
}

/** Resolves one lead or coordinating cell; the coordinator's overrides place what the resolver could not. */
export function resolveCell(
  catalogue: NameCatalogue,
  overrides: AgencyOverrideInput[],
  item: ParsedPlanItem,
  text: string | null,
  column: 'lead' | 'coordinator',
): ResolvedCell {
  if (!text) return { names: [], problems: [] };
  const result = catalogue.index.resolve(text);
  const names: ResolvedAgencyName[] = result.matches.map((m) => ({
    text: m.text,
    confidence: m.confidence,
    agency: m.kind === 'AGENCY' ? (catalogue.agencies.get(m.id) ?? null) : null,
    group: m.kind === 'GROUP' ? (catalogue.groups.get(m.id) ?? null) : null,
  }));
  const problems: PlanImportProblem[] = [];
  for (const piece of result.unresolved) {
    const override = overrides.find((o) => foldVietnamese(o.text) === foldVietnamese(piece));
    const agency = override?.agencyId ? catalogue.agencies.get(override.agencyId) : undefined;
    const group = override?.groupId ? catalogue.groups.get(override.groupId) : undefined;
    if (agency || group) {
      names.push({ text: piece, confidence: 1, agency: agency ?? null, group: group ?? null });
      continue;
    }
    problems.push({
      line: item.line,
      severity: 'WARNING',
      code: 'AGENCY_UNRESOLVED',
      message: `${column === 'lead' ? 'Lead' : 'Coordinating'} agency "${piece}" of ${item.code} matches no agency or group`,
      itemCode: item.code,
      text: piece,
    });
  }
  for (const name of names.filter((n) => n.confidence < CONFIRM_BELOW)) {
    const target = name.agency?.name ?? name.group?.name ?? '';
    problems.push({
      line: item.line,
      severity: 'WARNING',
      code: 'AGENCY_FUZZY',
      message: `"${name.text}" in ${item.code} was read as "${target}" (confidence ${name.confidence.toFixed(2)}); check it`,
      itemCode: item.code,
      text: name.text,
    });
  }
  return { names, problems };
}

export function toAssignments(leads: ResolvedAgencyName[], coordinators: ResolvedAgencyName[]): Assignment[] {
  const seen = new Set<string>();
  const out: Assignment[] = [];
  const add = (role: AssignmentRole, n: ResolvedAgencyName) => {
    const key = `${role}:${n.agency?.id ?? ''}:${n.group?.id ?? ''}`;
    if (seen.has(key) || (!n.agency && !n.group)) return;
    seen.add(key);
    out.push({ role, agencyId: n.agency?.id ?? null, groupId: n.group?.id ?? null, sourceText: n.text });
  };
  leads.forEach((n) => add(AssignmentRole.LEAD, n));
  coordinators.forEach((n) => add(AssignmentRole.COORDINATOR, n));
  return out;
}

export function sameAssignments(
  a: { role: string; agencyId: string | null; groupId: string | null }[],
  b: Assignment[],
): boolean {
  const key = (x: { role: string; agencyId: string | null; groupId: string | null }) =>
    `${x.role}:${x.agencyId}:${x.groupId}`;
  const left = a.map(key).sort();
  const right = b.map(key).sort();
  return left.length === right.length && left.every((k, i) => k === right[i]);
}
