import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, Repository } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { AuditService } from '../audit/audit.service';
import { API_KEY_PREFIX } from '../auth/authentication.service';
import { sha256 } from '../auth/token.service';
import { Caller } from '../common/context/caller';
import { badField, notFound } from '../common/errors/domain-error';
import { Connection } from '../common/graphql/connection';
import { paginate } from '../common/graphql/keyset-pagination';
import { ApiKey } from './api-key.entity';
import { CreateApiKeyInput, CreatedApiKey } from './dto/api-key.input';

@Injectable()
export class ApiKeysService {
  constructor(
    @InjectRepository(ApiKey) private readonly keys: Repository<ApiKey>,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(page: { first?: number; after?: string | null }): Promise<Connection<ApiKey>> {
    return paginate(
      this.keys.createQueryBuilder('k'),
      [
        { expression: 'k.name', value: (k) => k.name },
        { expression: 'k.id', value: (k) => k.id },
      ],
      page,
    );
  }

  async create(caller: Caller, input: CreateApiKeyInput): Promise<CreatedApiKey> {
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now())
      throw badField('expiresAt', 'validation.invalid');
    const secret = `${API_KEY_PREFIX}${randomBytes(30).toString('base64url')}`;
    return this.dataSource.transaction(async (em) => {
      if (input.agencyId && !(await em.exists(Agency, { where: { id: input.agencyId } }))) {
        throw badField('agencyId', 'common.notFound', { entity: 'Agency', id: input.agencyId });
      }
      const saved = await em.save(
        em.create(ApiKey, {
          name: input.name.trim(),
          prefix: secret.slice(0, 12),
          keyHash: sha256(secret),
          role: input.role,
          agencyId: input.agencyId ?? null,
          expiresAt: input.expiresAt ?? null,
          revokedAt: null,
          lastUsedAt: null,
          createdById: caller.actor.id,
        }),
      );
      await this.audit.record(em, caller, {
        action: 'apiKey.create',
        entityType: 'ApiKey',
        entityId: saved.id,
        after: saved,
      });
      return { apiKey: saved, secret };
    });
  }

  async revoke(caller: Caller, id: string): Promise<ApiKey> {
    return this.dataSource.transaction(async (em) => {
      const before = await em.findOne(ApiKey, { where: { id } });
      if (!before) throw notFound('ApiKey', id);
      if (!before.revokedAt) await em.update(ApiKey, { id }, { revokedAt: new Date() });
      const after = await em.findOneOrFail(ApiKey, { where: { id } });
      await this.audit.record(em, caller, {
        action: 'apiKey.revoke',
        entityType: 'ApiKey',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  }
}
