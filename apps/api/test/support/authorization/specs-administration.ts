import { AgencyLevel } from '@partrack/shared';
import { countOf, MutationSpec, rowOf } from './mutation-spec';
import { freshAgency, freshApiKey, freshGroup, freshUser } from './objects';

/** Agencies, groups, users and API keys. */
export const ADMINISTRATION_SPECS: MutationSpec[] = [
  {
    mutation: 'createAgency',
    permission: 'AGENCY_MANAGE',
    on: (w, agency) => {
      const code = w.code('NEW');
      return {
        query: 'mutation($i: CreateAgencyInput!) { createAgency(input: $i) { id code parent { id } } }',
        variables: {
          i: { code, name: `Cơ quan ${code}`, kind: 'OTHER', level: 'COMMUNE', parentId: agency.id },
        },
        probe: countOf(w, 'agency', 'code = $1', [code]),
        verify: (d) => expect(d.createAgency).toMatchObject({ code, parent: { id: agency.id } }),
      };
    },
  },
  {
    mutation: 'updateAgency',
    permission: 'AGENCY_MANAGE',
    on: async (w, agency) => {
      const target = await freshAgency(w, agency);
      return {
        query: 'mutation($i: UpdateAgencyInput!) { updateAgency(input: $i) { name } }',
        variables: { i: { id: target.id, version: target.version, name: 'Tên mới' } },
        probe: rowOf(w, 'agency', 'name, version', target.id),
        verify: (d) => expect(d.updateAgency).toEqual({ name: 'Tên mới' }),
      };
    },
  },
  {
    mutation: 'moveAgency',
    permission: 'AGENCY_MANAGE',
    on: async (w, agency) => {
      const [target, parent] = await Promise.all([
        freshAgency(w, agency),
        freshAgency(w, agency, AgencyLevel.DISTRICT),
      ]);
      return {
        query: 'mutation($i: MoveAgencyInput!) { moveAgency(input: $i) { parent { id } } }',
        variables: { i: { id: target.id, newParentId: parent.id } },
        probe: rowOf(w, 'agency', 'parent_id', target.id),
        verify: (d) => expect(d.moveAgency).toEqual({ parent: { id: parent.id } }),
      };
    },
  },
  {
    mutation: 'deactivateAgency',
    permission: 'AGENCY_MANAGE',
    on: async (w, agency) => {
      const target = await freshAgency(w, agency);
      return {
        query: 'mutation($i: DeactivateAgencyInput!) { deactivateAgency(input: $i) { validTo } }',
        variables: { i: { id: target.id, date: '2030-01-01' } },
        probe: rowOf(w, 'agency', 'valid_to', target.id),
        verify: (d) => expect(d.deactivateAgency).toEqual({ validTo: '2030-01-01' }),
      };
    },
  },
  {
    mutation: 'mergeAgencies',
    permission: 'AGENCY_MANAGE',
    on: async (w, agency) => {
      const [source, target] = await Promise.all([freshAgency(w, agency), freshAgency(w, agency)]);
      return {
        query: 'mutation($i: MergeAgenciesInput!) { mergeAgencies(input: $i) { id } }',
        variables: { i: { sourceIds: [source.id], targetId: target.id, effectiveDate: '2030-01-01' } },
        probe: rowOf(w, 'agency', 'valid_to, successor_id', source.id),
        verify: (d) => expect(d.mergeAgencies).toEqual({ id: target.id }),
      };
    },
  },
  {
    mutation: 'importAgencies',
    permission: 'AGENCY_IMPORT',
    on: (w, agency) => {
      const code = w.code('IMP');
      const row = { code, name: `Cơ quan ${code}`, kind: 'OTHER', level: 'COMMUNE', parentCode: agency.code };
      return {
        query: 'mutation($i: ImportAgenciesInput!) { importAgencies(input: $i) { applied created } }',
        variables: { i: { format: 'JSON', content: JSON.stringify([row]), dryRun: false } },
        probe: countOf(w, 'agency', 'code = $1 AND parent_id = $2', [code, agency.id]),
        verify: (d) => expect(d.importAgencies).toEqual({ applied: true, created: 1 }),
      };
    },
  },
  {
    mutation: 'createAgencyGroup',
    permission: 'AGENCY_GROUP_MANAGE',
    on: (w, agency) => {
      const code = w.code('NG');
      return {
        query:
          'mutation($i: CreateAgencyGroupInput!) { createAgencyGroup(input: $i) { code members { id } } }',
        variables: { i: { code, name: `Nhóm ${code}`, memberIds: [agency.id] } },
        probe: countOf(w, 'agency_group', 'code = $1', [code]),
        verify: (d) => expect(d.createAgencyGroup).toEqual({ code, members: [{ id: agency.id }] }),
      };
    },
  },
  {
    mutation: 'updateAgencyGroup',
    permission: 'AGENCY_GROUP_MANAGE',
    on: async (w, agency) => {
      const group = await freshGroup(w, [agency]);
      return {
        query: 'mutation($i: UpdateAgencyGroupInput!) { updateAgencyGroup(input: $i) { name } }',
        variables: { i: { id: group.id, version: group.version, name: 'Nhóm đổi tên' } },
        probe: rowOf(w, 'agency_group', 'name, version', group.id),
        verify: (d) => expect(d.updateAgencyGroup).toEqual({ name: 'Nhóm đổi tên' }),
      };
    },
  },
  {
    mutation: 'deleteAgencyGroup',
    permission: 'AGENCY_GROUP_MANAGE',
    on: async (w, agency) => {
      const group = await freshGroup(w, [agency]);
      return {
        query: 'mutation($id: ID!) { deleteAgencyGroup(id: $id) }',
        variables: { id: group.id },
        probe: rowOf(w, 'agency_group', 'id', group.id),
        verify: (d) => expect(d.deleteAgencyGroup).toBe(true),
      };
    },
  },
  {
    mutation: 'createUser',
    permission: 'USER_MANAGE',
    on: (w, agency) => {
      const email = `${w.code('new').toLowerCase()}@authz.test`;
      return {
        query: 'mutation($i: CreateUserInput!) { createUser(input: $i) { email agency { id } } }',
        variables: {
          i: {
            email,
            fullName: 'Người mới',
            role: 'AGENCY_OFFICER',
            agencyId: agency.id,
            password: 'long-enough-pass-1',
          },
        },
        probe: countOf(w, 'app_user', 'email = $1', [email]),
        verify: (d) => expect(d.createUser).toEqual({ email, agency: { id: agency.id } }),
      };
    },
  },
  {
    mutation: 'updateUser',
    permission: 'USER_MANAGE',
    on: async (w, agency) => {
      const user = await freshUser(w, agency);
      return {
        query: 'mutation($i: UpdateUserInput!) { updateUser(input: $i) { fullName } }',
        variables: { i: { id: user.id, version: 1, fullName: 'Tên mới' } },
        probe: rowOf(w, 'app_user', 'full_name, version', user.id),
        verify: (d) => expect(d.updateUser).toEqual({ fullName: 'Tên mới' }),
      };
    },
  },
  {
    mutation: 'deactivateUser',
    permission: 'USER_MANAGE',
    on: async (w, agency) => {
      const user = await freshUser(w, agency);
      return {
        query: 'mutation($id: ID!) { deactivateUser(id: $id) { active } }',
        variables: { id: user.id },
        probe: rowOf(w, 'app_user', 'active', user.id),
        verify: (d) => expect(d.deactivateUser).toEqual({ active: false }),
      };
    },
  },
  {
    mutation: 'reactivateUser',
    permission: 'USER_MANAGE',
    on: async (w, agency) => {
      const user = await freshUser(w, agency, undefined, false);
      return {
        query: 'mutation($id: ID!) { reactivateUser(id: $id) { active } }',
        variables: { id: user.id },
        probe: rowOf(w, 'app_user', 'active', user.id),
        verify: (d) => expect(d.reactivateUser).toEqual({ active: true }),
      };
    },
  },
  {
    mutation: 'resetUserPassword',
    permission: 'USER_MANAGE',
    on: async (w, agency) => {
      const user = await freshUser(w, agency);
      return {
        query: 'mutation($i: ResetUserPasswordInput!) { resetUserPassword(input: $i) { id } }',
        variables: { i: { id: user.id, newPassword: 'another-long-password' } },
        probe: rowOf(w, 'app_user', 'password_hash', user.id),
        verify: (d) => expect(d.resetUserPassword).toEqual({ id: user.id }),
      };
    },
  },
  {
    mutation: 'createApiKey',
    permission: 'API_KEY_MANAGE',
    on: (w, agency) => {
      const name = w.code('key');
      return {
        query: 'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret apiKey { name } } }',
        variables: { i: { name, role: 'VIEWER', agencyId: agency.id } },
        probe: countOf(w, 'api_key', 'name = $1', [name]),
        verify: (d) =>
          expect(d.createApiKey).toEqual({ secret: expect.stringMatching(/^ptk_/), apiKey: { name } }),
      };
    },
  },
  {
    mutation: 'revokeApiKey',
    permission: 'API_KEY_MANAGE',
    on: async (w, agency) => {
      const id = await freshApiKey(w, agency);
      return {
        query: 'mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }',
        variables: { id },
        probe: rowOf(w, 'api_key', 'revoked_at', id),
        verify: (d) => expect(d.revokeApiKey).toEqual({ id, revokedAt: expect.any(String) }),
      };
    },
  },
  {
    mutation: 'reassignUsers',
    permission: 'USER_MANAGE',
    on: async (w, agency) => {
      const from = await freshAgency(w, agency);
      const user = await freshUser(w, from);
      return {
        query: 'mutation($i: ReassignUsersInput!) { reassignUsers(input: $i) { id agency { id } } }',
        variables: { i: { fromAgencyId: from.id, toAgencyId: agency.id } },
        probe: rowOf(w, 'app_user', 'agency_id', user.id),
        verify: (d) => expect(d.reassignUsers).toEqual([{ id: user.id, agency: { id: agency.id } }]),
      };
    },
  },
];
