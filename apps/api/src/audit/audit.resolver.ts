import { Args, Query, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { Permission } from '@partrack/shared';
import { Repository } from 'typeorm';
import { RequirePermission } from '../common/auth/auth.decorators';
import { ConnectionType, PageArgs } from '../common/graphql/connection';
import { paginate } from '../common/graphql/keyset-pagination';
import { AuditEntry } from './audit-entry.entity';
import { AuditLogFilter } from './dto/audit-log.filter';

const AuditEntryConnection = ConnectionType(AuditEntry);

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(@InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>) {}

  @Query(() => AuditEntryConnection, { description: 'Newest first' })
  @RequirePermission(Permission.AUDIT_READ)
  auditLog(
    @Args() page: PageArgs,
    @Args('filter', { type: () => AuditLogFilter, nullable: true }) filter?: AuditLogFilter,
  ) {
    const query = this.entries.createQueryBuilder('e');
    if (filter?.entityType) query.andWhere('e.entity_type = :entityType', { entityType: filter.entityType });
    if (filter?.entityId) query.andWhere('e.entity_id = :entityId', { entityId: filter.entityId });
    if (filter?.actorId) query.andWhere('e.actor_id = :actorId', { actorId: filter.actorId });
    if (filter?.action?.endsWith('.'))
      query.andWhere('e.action LIKE :action', { action: `${filter.action}%` });
    else if (filter?.action) query.andWhere('e.action = :action', { action: filter.action });
    if (filter?.from) query.andWhere('e.created_at >= :from', { from: filter.from });
    if (filter?.to) query.andWhere('e.created_at < :to', { to: filter.to });
    return paginate(
      query,
      [
        { expression: 'e.created_at', value: (e) => e.createdAt },
        { expression: 'e.id', value: (e) => e.id },
      ],
      page,
      true,
    );
  }
}
