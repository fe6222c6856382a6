import fs from 'node:fs';
import path from 'node:path';
import { Role } from '@partrack/shared';

export const API_DOCS = path.join(__dirname, '../../../../../docs/api.md');

/** Role → the permissions docs/api.md grants it, read from the ✓ table of its "Authorization" section. */
export type PermissionTable = Record<Role, ReadonlySet<string>>;

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.trim());

/**
 * The expectations of the authorization tests come from the documentation, not from the server's own
 * table: a change to either that the other does not follow fails a test.
 */
export function parsePermissionTable(markdown: string): PermissionTable {
  const section = markdown.split(/^## /m).find((s) => s.startsWith('Authorization'));
  if (!section) throw new Error('docs/api.md has no "## Authorization" section');
  const rows = section.split('\n').filter((l) => l.trim().startsWith('|'));
  const [header, rule, ...body] = rows;
  if (!header || !rule?.includes('---')) throw new Error('no permission table under "## Authorization"');
  const roles = cells(header).slice(1);
  for (const role of roles)
    if (!Object.values(Role).includes(role as Role)) throw new Error(`unknown role column "${role}"`);
  const table = Object.fromEntries(roles.map((r) => [r, new Set<string>()])) as Record<Role, Set<string>>;
  for (const line of body) {
    const [label, ...marks] = cells(line);
    // "AGENCY_MANAGE (create/update/move/deactivate/merge)" and "USER_MANAGE, API_KEY_MANAGE, AUDIT_READ"
    const permissions = label.replace(/\(.*\)/, '').match(/[A-Z][A-Z_]+/g) ?? [];
    if (!permissions.length) throw new Error(`no permission named in row "${line}"`);
    marks.forEach((mark, i) => {
      if (mark === '✓') permissions.forEach((p) => table[roles[i] as Role].add(p));
      else if (mark !== '') throw new Error(`unexpected mark "${mark}" in row "${line}"`);
    });
  }
  return table;
}

export function documentedPermissions(): PermissionTable {
  return parsePermissionTable(fs.readFileSync(API_DOCS, 'utf8'));
}
