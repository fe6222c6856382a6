import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Caller } from '../common/context/caller';
import { AuditEntry } from './audit-entry.entity';

const SECRET_KEYS = new Set([
  'password',
  'passwordHash',
  'newPassword',
  'currentPassword',
  'keyHash',
  'tokenHash',
  'secret',
]);

/** Plain JSON copy of an entity without secrets, so audit rows never hold hashes or passwords. */
export function auditSnapshot(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(auditSnapshot);
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key, v]) => !SECRET_KEYS.has(key) && typeof v !== 'function' && key !== 'searchText')
        .map(([key, v]) => [key, auditSnapshot(v)]),
    );
  }
  return value;
}

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

@Injectable()
export class AuditService {
  /** Must be called with the mutation's transaction manager: the audit row commits or rolls back with it. */
  async record(manager: EntityManager, caller: Caller | null, record: AuditRecord): Promise<void> {
    await manager.insert(AuditEntry, {
      actorId: caller?.actor.id ?? null,
      actorKind: caller?.actor.kind ?? null,
      actorLabel: caller?.actor.label ?? null,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      before: auditSnapshot(record.before) as object | null,
      after: auditSnapshot(record.after) as object | null,
      requestId: caller?.requestId ?? null,
    });
  }
}
