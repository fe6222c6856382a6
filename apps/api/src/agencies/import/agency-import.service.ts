import { Injectable } from '@nestjs/common';
import { ImportFormat } from '@partrack/shared';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Caller } from '../../common/context/caller';
import { badField } from '../../common/errors/domain-error';
import { Agency } from '../agency.entity';
import { agencySearchText } from '../agency-search-text';
import { todayInVietnam } from '../../common/time/vietnam-time';
import { AgencyImportResult } from './agency-import.model';
import { parseAgencyFile } from './agency-import.parser';
import { AgencyRow, validateRow } from './agency-import.rows';

export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

interface Existing {
  id: string;
  code: string;
  parentCode: string | null;
  agency: Agency;
}

type Plan = { row: AgencyRow; action: 'create' | 'update' | 'unchanged' }[];

function sameAliases(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Upserts agencies by code, all or nothing. Parents may appear after their children in the file; rows
 * are written parents first. With dryRun, nothing is written.
 */
@Injectable()
export class AgencyImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async import(
    caller: Caller | null,
    format: ImportFormat,
    content: string,
    dryRun: boolean,
  ): Promise<AgencyImportResult> {
    const size = Buffer.byteLength(content, 'utf8');
    if (size > IMPORT_MAX_BYTES)
      throw badField('content', 'import.tooLarge', { size, max: IMPORT_MAX_BYTES });
    if (!content.trim()) throw badField('content', 'import.empty');
    const parsed = parseAgencyFile(format, content);
    const errors = [...parsed.errors];
    const rows: AgencyRow[] = [];
    const seen = new Map<string, number>();
    for (const raw of parsed.rows) {
      const { row, problems } = validateRow(raw);
      problems.forEach((message) => errors.push({ line: raw.line, message }));
      if (!row) continue;
      const first = seen.get(row.code);
      if (first)
        errors.push({ line: row.line, message: `code "${row.code}" already appears on line ${first}` });
      else {
        seen.set(row.code, row.line);
        rows.push(row);
      }
    }
    if (rows.length === 0 && errors.length === 0)
      errors.push({ line: 1, message: 'The file contains no agencies' });

    return this.dataSource.transaction(async (em) => {
      const existing = await this.loadExisting(em);
      errors.push(...this.checkParents(rows, existing));
      const plan = this.plan(rows, existing);
      const counts = {
        created: plan.filter((p) => p.action === 'create').length,
        updated: plan.filter((p) => p.action === 'update').length,
        unchanged: plan.filter((p) => p.action === 'unchanged').length,
      };
      errors.sort((a, b) => a.line - b.line);
      if (dryRun || errors.length) {
        return {
          dryRun,
          applied: false,
          errors,
          ...(dryRun ? counts : { created: 0, updated: 0, unchanged: 0 }),
        };
      }
      await this.apply(em, plan, existing);
      await this.audit.record(em, caller, {
        action: 'agency.import',
        entityType: 'Agency',
        entityId: null,
        after: {
          format,
          created: plan.filter((p) => p.action === 'create').map((p) => p.row.code),
          updated: plan.filter((p) => p.action === 'update').map((p) => p.row.code),
          unchanged: counts.unchanged,
        },
      });
      return { dryRun, applied: true, errors, ...counts };
    });
  }

  private async loadExisting(em: EntityManager): Promise<Map<string, Existing>> {
    const agencies = await em.find(Agency);
    const codeById = new Map(agencies.map((a) => [a.id, a.code]));
    return new Map(
      agencies.map((a) => [
        a.code,
        {
          id: a.id,
          code: a.code,
          agency: a,
          parentCode: a.parentId ? (codeById.get(a.parentId) ?? null) : null,
        },
      ]),
    );
  }

  private checkParents(rows: AgencyRow[], existing: Map<string, Existing>) {
    const errors: { line: number; message: string }[] = [];
    const parentOf = new Map<string, string | null>(
      [...existing.values()].map((e) => [e.code, e.parentCode]),
    );
    rows.forEach((r) => parentOf.set(r.code, r.parentCode));
    for (const row of rows) {
      if (row.parentCode && !parentOf.has(row.parentCode)) {
        errors.push({
          line: row.line,
          message: `parentCode "${row.parentCode}" is neither in the file nor in the database`,
        });
        continue;
      }
      const visited = new Set<string>([row.code]);
      let current = row.parentCode;
      while (current) {
        if (visited.has(current)) {
          errors.push({
            line: row.line,
            message: `parentCode "${row.parentCode}" makes a cycle (${[...visited].join(' → ')} → ${current})`,
          });
          break;
        }
        visited.add(current);
        current = parentOf.get(current) ?? null;
      }
    }
    return errors;
  }

  private plan(rows: AgencyRow[], existing: Map<string, Existing>): Plan {
    return rows.map((row) => {
      const current = existing.get(row.code);
      if (!current) return { row, action: 'create' as const };
      const a = current.agency;
      const same =
        a.name === row.name &&
        a.shortName === row.shortName &&
        sameAliases(a.aliases, row.aliases) &&
        a.kind === row.kind &&
        a.level === row.level &&
        current.parentCode === row.parentCode &&
        (row.validFrom === null || a.validFrom === row.validFrom);
      return { row, action: same ? ('unchanged' as const) : ('update' as const) };
    });
  }

  /** Writes parents before children so every parent_id points at a row that exists. */
  private async apply(em: EntityManager, plan: Plan, existing: Map<string, Existing>): Promise<void> {
    const idByCode = new Map([...existing.values()].map((e) => [e.code, e.id]));
    const pending = plan.filter((p) => p.action !== 'unchanged');
    const inFile = new Set(pending.map((p) => p.row.code));
    const done = new Set<string>();
    while (done.size < pending.length) {
      const ready = pending.filter(
        (p) =>
          !done.has(p.row.code) &&
          (!p.row.parentCode || !inFile.has(p.row.parentCode) || done.has(p.row.parentCode)),
      );
      for (const { row, action } of ready) {
        const values = {
          code: row.code,
          name: row.name,
          shortName: row.shortName,
          aliases: row.aliases,
          kind: row.kind,
          level: row.level,
          parentId: row.parentCode ? (idByCode.get(row.parentCode) ?? null) : null,
          searchText: agencySearchText(row),
        };
        if (action === 'create') {
          const saved = await em.save(
            em.create(Agency, {
              ...values,
              validFrom: row.validFrom ?? todayInVietnam(),
              validTo: null,
              successorId: null,
            }),
          );
          idByCode.set(row.code, saved.id);
        } else {
          await em.update(
            Agency,
            { code: row.code },
            { ...values, ...(row.validFrom ? { validFrom: row.validFrom } : {}) },
          );
        }
        done.add(row.code);
      }
    }
  }
}
