import { Type } from '@nestjs/common';
import { METHOD_METADATA } from '@nestjs/common/constants';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import fs from 'node:fs';
import path from 'node:path';
import { AUTHENTICATED_ONLY, IS_PUBLIC, REQUIRED_PERMISSION } from '../../src/common/auth/auth.decorators';
import { RESOLVERS } from '../../src/app.resolvers';
import { buildSchemaSdl, printSorted } from '../../src/common/graphql/schema-printer';
import { diffEntitiesAgainstMigrations } from '../../src/cli/migrations';
import { createTestApp, createTestDatabase, TestApp } from '../support/test-app';

// Nest stores the root type of each resolver method under this key (@nestjs/graphql internals).
const RESOLVER_TYPE = 'graphql:resolver_type';

describe('project conventions', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('every Query and Mutation declares @Public, @Authenticated or @RequirePermission', () => {
    const reflector = t.app.get(Reflector);
    const undeclared: string[] = [];
    let rootFields = 0;
    // RESOLVERS is complete: the schema test below fails if any resolver is missing from it.
    for (const resolver of RESOLVERS) {
      for (const name of Object.getOwnPropertyNames(resolver.prototype)) {
        const handler = (resolver.prototype as unknown as Record<string, unknown>)[name];
        if (typeof handler !== 'function' || name === 'constructor') continue;
        const type = reflector.get<string | undefined>(RESOLVER_TYPE, handler);
        if (type !== 'Query' && type !== 'Mutation') continue;
        rootFields++;
        const declared = [IS_PUBLIC, REQUIRED_PERMISSION, AUTHENTICATED_ONLY].some(
          (key) => reflector.getAllAndOverride<unknown>(key, [handler, resolver]) !== undefined,
        );
        if (!declared) undeclared.push(`${resolver.name}.${name}`);
      }
    }
    expect(rootFields).toBeGreaterThan(25);
    expect(undeclared).toEqual([]);
  });

  it('every HTTP route declares @Public, @Authenticated or @RequirePermission (the same global guard)', () => {
    const reflector = t.app.get(Reflector);
    const routes: string[] = [];
    const undeclared: string[] = [];
    for (const module of t.app.get(ModulesContainer).values()) {
      for (const wrapper of module.controllers.values()) {
        const controller = wrapper.metatype as Type<unknown> & { prototype: Record<string, unknown> };
        for (const name of Object.getOwnPropertyNames(controller.prototype)) {
          const handler = controller.prototype[name] as (() => unknown) | undefined;
          if (typeof handler !== 'function' || reflector.get(METHOD_METADATA, handler) === undefined)
            continue;
          routes.push(`${controller.name}.${name}`);
          const declared = [IS_PUBLIC, REQUIRED_PERMISSION, AUTHENTICATED_ONLY].some(
            (key) => reflector.getAllAndOverride<unknown>(key, [handler, controller]) !== undefined,
          );
          if (!declared) undeclared.push(`${controller.name}.${name}`);
        }
      }
    }
    expect(routes).toEqual(
      expect.arrayContaining([
        'ReportAttachmentsController.upload',
        'ReportAttachmentsController.download',
        'ParEvidenceController.upload',
        'ParEvidenceController.download',
        'PublicSummaryController.summary',
        'PublicSummaryController.csv',
      ]),
    );
    expect(undeclared).toEqual([]);
  });

  it('the committed schema.graphql matches the running API and the schema printer', async () => {
    const committed = fs.readFileSync(path.join(__dirname, '../../schema.graphql'), 'utf8');
    const live = printSorted(t.app.get(GraphQLSchemaHost).schema);
    expect(live).toEqual(committed);
    expect(await buildSchemaSdl(RESOLVERS)).toEqual(committed);
  });

  it('migrations create exactly what the entities describe', async () => {
    const diff = await diffEntitiesAgainstMigrations(await createTestDatabase());
    expect(diff.up).toEqual([]);
  });

  it('answers health checks', async () => {
    expect(await (await fetch(`${t.url}/health/live`)).json()).toMatchObject({ status: 'ok' });
    const ready = await fetch(`${t.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it('sets the statement timeout on API connections', async () => {
    const [{ statement_timeout }] = await t.dataSource.query('SHOW statement_timeout');
    expect(statement_timeout).toBe('15s');
  });
});
