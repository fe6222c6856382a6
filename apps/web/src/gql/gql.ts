/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AgencyGroups($search: String, $first: Int, $after: String) {\n    agencyGroups(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          aliases\n          memberIds\n          version\n          members {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AgencyGroupsDocument,
    "\n  mutation CreateAgencyGroup($input: CreateAgencyGroupInput!) {\n    createAgencyGroup(input: $input) {\n      id\n      code\n      name\n      aliases\n      memberIds\n      version\n    }\n  }\n": typeof types.CreateAgencyGroupDocument,
    "\n  mutation UpdateAgencyGroup($input: UpdateAgencyGroupInput!) {\n    updateAgencyGroup(input: $input) {\n      id\n      code\n      name\n      aliases\n      memberIds\n      version\n    }\n  }\n": typeof types.UpdateAgencyGroupDocument,
    "\n  mutation DeleteAgencyGroup($id: ID!) {\n    deleteAgencyGroup(id: $id)\n  }\n": typeof types.DeleteAgencyGroupDocument,
    "\n  query AgencyGroup($id: ID!) {\n    agencyGroup(id: $id) {\n      id\n      code\n      name\n      aliases\n      memberIds\n      version\n      members {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AgencyGroupDocument,
    "\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      ...AgencyDetailFields\n    }\n  }\n": typeof types.CreateAgencyDocument,
    "\n  mutation UpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      ...AgencyDetailFields\n    }\n  }\n": typeof types.UpdateAgencyDocument,
    "\n  mutation MoveAgency($input: MoveAgencyInput!) {\n    moveAgency(input: $input) {\n      ...AgencyDetailFields\n    }\n  }\n": typeof types.MoveAgencyDocument,
    "\n  mutation DeactivateAgency($input: DeactivateAgencyInput!) {\n    deactivateAgency(input: $input) {\n      ...AgencyDetailFields\n    }\n  }\n": typeof types.DeactivateAgencyDocument,
    "\n  mutation MergeAgencies($input: MergeAgenciesInput!) {\n    mergeAgencies(input: $input) {\n      ...AgencyDetailFields\n    }\n  }\n": typeof types.MergeAgenciesDocument,
    "\n  mutation ImportAgencies($input: ImportAgenciesInput!) {\n    importAgencies(input: $input) {\n      dryRun\n      applied\n      created\n      updated\n      unchanged\n      errors {\n        line\n        message\n      }\n    }\n  }\n": typeof types.ImportAgenciesDocument,
    "\n  query AgencyTree($rootId: ID, $asOf: LocalDate, $includeInactive: Boolean) {\n    agencyTree(rootId: $rootId, asOf: $asOf, includeInactive: $includeInactive) {\n      id\n      code\n      name\n      shortName\n      aliases\n      kind\n      level\n      parentId\n      depth\n      active\n      validFrom\n      validTo\n      successorId\n      childCount\n    }\n  }\n": typeof types.AgencyTreeDocument,
    "\n  fragment AgencyDetailFields on Agency {\n    id\n    code\n    name\n    shortName\n    aliases\n    kind\n    level\n    parentId\n    validFrom\n    validTo\n    successorId\n    active\n    descendantCount\n    createdAt\n    updatedAt\n    version\n  }\n": typeof types.AgencyDetailFieldsFragmentDoc,
    "\n  query AgencyDetail($id: ID!) {\n    agency(id: $id) {\n      ...AgencyDetailFields\n      parent {\n        id\n        code\n        name\n      }\n      successor {\n        id\n        code\n        name\n      }\n      ancestors {\n        id\n        name\n      }\n      children(includeInactive: true) {\n        id\n        active\n      }\n    }\n  }\n": typeof types.AgencyDetailDocument,
    "\n  fragment ApiKeyRowFields on ApiKey {\n    id\n    name\n    prefix\n    role\n    agencyId\n    agency {\n      id\n      name\n    }\n    expiresAt\n    revokedAt\n    lastUsedAt\n    createdAt\n  }\n": typeof types.ApiKeyRowFieldsFragmentDoc,
    "\n  query ApiKeys($first: Int, $after: String) {\n    apiKeys(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ApiKeyRowFields\n        }\n      }\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyRowFields\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyRowFields\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          actorId\n          actorKind\n          actorLabel\n          action\n          entityType\n          entityId\n          before\n          after\n          requestId\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  fragment SessionUserFields on User {\n    id\n    email\n    fullName\n    role\n    agencyId\n  }\n": typeof types.SessionUserFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshToken($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.RefreshTokenDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Profile {\n    me {\n      id\n      email\n      fullName\n      role\n      lastLoginAt\n      createdAt\n      agency {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment UserRowFields on User {\n    id\n    email\n    fullName\n    role\n    agencyId\n    agency {\n      id\n      name\n    }\n    active\n    lastLoginAt\n    createdAt\n    version\n  }\n": typeof types.UserRowFieldsFragmentDoc,
    "\n  query Users($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UserRowFields\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserRowFields\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserRowFields\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserRowFields\n    }\n  }\n": typeof types.UserDocument,
};
const documents: Documents = {
    "\n  query AgencyGroups($search: String, $first: Int, $after: String) {\n    agencyGroups(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          aliases\n          memberIds\n          version\n          members {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AgencyGroupsDocument,
    "\n  mutation CreateAgencyGroup($input: CreateAgencyGroupInput!) {\n    createAgencyGroup(input: $input) {\n      id\n      code\n      name\n      aliases\n      memberIds\n      version\n    }\n  }\n": types.CreateAgencyGroupDocument,
    "\n  mutation UpdateAgencyGroup($input: UpdateAgencyGroupInput!) {\n    updateAgencyGroup(input: $input) {\n      id\n      code\n      name\n      aliases\n      memberIds\n      version\n    }\n  }\n": types.UpdateAgencyGroupDocument,
    "\n  mutation DeleteAgencyGroup($id: ID!) {\n    deleteAgencyGroup(id: $id)\n  }\n": types.DeleteAgencyGroupDocument,
    "\n  query AgencyGroup($id: ID!) {\n    agencyGroup(id: $id) {\n      id\n      code\n      name\n      aliases\n      memberIds\n      version\n      members {\n        id\n        name\n      }\n    }\n  }\n": types.AgencyGroupDocument,
    "\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      ...AgencyDetailFields\n    }\n  }\n": types.CreateAgencyDocument,
    "\n  mutation UpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      ...AgencyDetailFields\n    }\n  }\n": types.UpdateAgencyDocument,
    "\n  mutation MoveAgency($input: MoveAgencyInput!) {\n    moveAgency(input: $input) {\n      ...AgencyDetailFields\n    }\n  }\n": types.MoveAgencyDocument,
    "\n  mutation DeactivateAgency($input: DeactivateAgencyInput!) {\n    deactivateAgency(input: $input) {\n      ...AgencyDetailFields\n    }\n  }\n": types.DeactivateAgencyDocument,
    "\n  mutation MergeAgencies($input: MergeAgenciesInput!) {\n    mergeAgencies(input: $input) {\n      ...AgencyDetailFields\n    }\n  }\n": types.MergeAgenciesDocument,
    "\n  mutation ImportAgencies($input: ImportAgenciesInput!) {\n    importAgencies(input: $input) {\n      dryRun\n      applied\n      created\n      updated\n      unchanged\n      errors {\n        line\n        message\n      }\n    }\n  }\n": types.ImportAgenciesDocument,
    "\n  query AgencyTree($rootId: ID, $asOf: LocalDate, $includeInactive: Boolean) {\n    agencyTree(rootId: $rootId, asOf: $asOf, includeInactive: $includeInactive) {\n      id\n      code\n      name\n      shortName\n      aliases\n      kind\n      level\n      parentId\n      depth\n      active\n      validFrom\n      validTo\n      successorId\n      childCount\n    }\n  }\n": types.AgencyTreeDocument,
    "\n  fragment AgencyDetailFields on Agency {\n    id\n    code\n    name\n    shortName\n    aliases\n    kind\n    level\n    parentId\n    validFrom\n    validTo\n    successorId\n    active\n    descendantCount\n    createdAt\n    updatedAt\n    version\n  }\n": types.AgencyDetailFieldsFragmentDoc,
    "\n  query AgencyDetail($id: ID!) {\n    agency(id: $id) {\n      ...AgencyDetailFields\n      parent {\n        id\n        code\n        name\n      }\n      successor {\n        id\n        code\n        name\n      }\n      ancestors {\n        id\n        name\n      }\n      children(includeInactive: true) {\n        id\n        active\n      }\n    }\n  }\n": types.AgencyDetailDocument,
    "\n  fragment ApiKeyRowFields on ApiKey {\n    id\n    name\n    prefix\n    role\n    agencyId\n    agency {\n      id\n      name\n    }\n    expiresAt\n    revokedAt\n    lastUsedAt\n    createdAt\n  }\n": types.ApiKeyRowFieldsFragmentDoc,
    "\n  query ApiKeys($first: Int, $after: String) {\n    apiKeys(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ApiKeyRowFields\n        }\n      }\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyRowFields\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyRowFields\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          actorId\n          actorKind\n          actorLabel\n          action\n          entityType\n          entityId\n          before\n          after\n          requestId\n          createdAt\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  fragment SessionUserFields on User {\n    id\n    email\n    fullName\n    role\n    agencyId\n  }\n": types.SessionUserFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshToken($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.RefreshTokenDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n": types.MeDocument,
    "\n  query Profile {\n    me {\n      id\n      email\n      fullName\n      role\n      lastLoginAt\n      createdAt\n      agency {\n        id\n        name\n      }\n    }\n  }\n": types.ProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  fragment UserRowFields on User {\n    id\n    email\n    fullName\n    role\n    agencyId\n    agency {\n      id\n      name\n    }\n    active\n    lastLoginAt\n    createdAt\n    version\n  }\n": types.UserRowFieldsFragmentDoc,
    "\n  query Users($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UserRowFields\n        }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserRowFields\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserRowFields\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      id\n      version\n    }\n  }\n": types.ResetUserPasswordDocument,
    "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserRowFields\n    }\n  }\n": types.UserDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyGroups($search: String, $first: Int, $after: String) {\n    agencyGroups(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          aliases\n          memberIds\n          version\n          members {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyGroups($search: String, $first: Int, $after: String) {\n    agencyGroups(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          aliases\n          memberIds\n          version\n          members {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgencyGroup($input: CreateAgencyGroupInput!) {\n    createAgencyGroup(input: $input) {\n      id\n      code\n      name\n      aliases\n      memberIds\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAgencyGroup($input: CreateAgencyGroupInput!) {\n    createAgencyGroup(input: $input) {\n      id\n      code\n      name\n      aliases\n      memberIds\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgencyGroup($input: UpdateAgencyGroupInput!) {\n    updateAgencyGroup(input: $input) {\n      id\n      code\n      name\n      aliases\n      memberIds\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAgencyGroup($input: UpdateAgencyGroupInput!) {\n    updateAgencyGroup(input: $input) {\n      id\n      code\n      name\n      aliases\n      memberIds\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAgencyGroup($id: ID!) {\n    deleteAgencyGroup(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteAgencyGroup($id: ID!) {\n    deleteAgencyGroup(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyGroup($id: ID!) {\n    agencyGroup(id: $id) {\n      id\n      code\n      name\n      aliases\n      memberIds\n      version\n      members {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyGroup($id: ID!) {\n    agencyGroup(id: $id) {\n      id\n      code\n      name\n      aliases\n      memberIds\n      version\n      members {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      ...AgencyDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      ...AgencyDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      ...AgencyDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      ...AgencyDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveAgency($input: MoveAgencyInput!) {\n    moveAgency(input: $input) {\n      ...AgencyDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveAgency($input: MoveAgencyInput!) {\n    moveAgency(input: $input) {\n      ...AgencyDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateAgency($input: DeactivateAgencyInput!) {\n    deactivateAgency(input: $input) {\n      ...AgencyDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateAgency($input: DeactivateAgencyInput!) {\n    deactivateAgency(input: $input) {\n      ...AgencyDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeAgencies($input: MergeAgenciesInput!) {\n    mergeAgencies(input: $input) {\n      ...AgencyDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation MergeAgencies($input: MergeAgenciesInput!) {\n    mergeAgencies(input: $input) {\n      ...AgencyDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportAgencies($input: ImportAgenciesInput!) {\n    importAgencies(input: $input) {\n      dryRun\n      applied\n      created\n      updated\n      unchanged\n      errors {\n        line\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportAgencies($input: ImportAgenciesInput!) {\n    importAgencies(input: $input) {\n      dryRun\n      applied\n      created\n      updated\n      unchanged\n      errors {\n        line\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyTree($rootId: ID, $asOf: LocalDate, $includeInactive: Boolean) {\n    agencyTree(rootId: $rootId, asOf: $asOf, includeInactive: $includeInactive) {\n      id\n      code\n      name\n      shortName\n      aliases\n      kind\n      level\n      parentId\n      depth\n      active\n      validFrom\n      validTo\n      successorId\n      childCount\n    }\n  }\n"): (typeof documents)["\n  query AgencyTree($rootId: ID, $asOf: LocalDate, $includeInactive: Boolean) {\n    agencyTree(rootId: $rootId, asOf: $asOf, includeInactive: $includeInactive) {\n      id\n      code\n      name\n      shortName\n      aliases\n      kind\n      level\n      parentId\n      depth\n      active\n      validFrom\n      validTo\n      successorId\n      childCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgencyDetailFields on Agency {\n    id\n    code\n    name\n    shortName\n    aliases\n    kind\n    level\n    parentId\n    validFrom\n    validTo\n    successorId\n    active\n    descendantCount\n    createdAt\n    updatedAt\n    version\n  }\n"): (typeof documents)["\n  fragment AgencyDetailFields on Agency {\n    id\n    code\n    name\n    shortName\n    aliases\n    kind\n    level\n    parentId\n    validFrom\n    validTo\n    successorId\n    active\n    descendantCount\n    createdAt\n    updatedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyDetail($id: ID!) {\n    agency(id: $id) {\n      ...AgencyDetailFields\n      parent {\n        id\n        code\n        name\n      }\n      successor {\n        id\n        code\n        name\n      }\n      ancestors {\n        id\n        name\n      }\n      children(includeInactive: true) {\n        id\n        active\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyDetail($id: ID!) {\n    agency(id: $id) {\n      ...AgencyDetailFields\n      parent {\n        id\n        code\n        name\n      }\n      successor {\n        id\n        code\n        name\n      }\n      ancestors {\n        id\n        name\n      }\n      children(includeInactive: true) {\n        id\n        active\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyRowFields on ApiKey {\n    id\n    name\n    prefix\n    role\n    agencyId\n    agency {\n      id\n      name\n    }\n    expiresAt\n    revokedAt\n    lastUsedAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ApiKeyRowFields on ApiKey {\n    id\n    name\n    prefix\n    role\n    agencyId\n    agency {\n      id\n      name\n    }\n    expiresAt\n    revokedAt\n    lastUsedAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys($first: Int, $after: String) {\n    apiKeys(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ApiKeyRowFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys($first: Int, $after: String) {\n    apiKeys(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ApiKeyRowFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          actorId\n          actorKind\n          actorLabel\n          action\n          entityType\n          entityId\n          before\n          after\n          requestId\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          actorId\n          actorKind\n          actorLabel\n          action\n          entityType\n          entityId\n          before\n          after\n          requestId\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUserFields on User {\n    id\n    email\n    fullName\n    role\n    agencyId\n  }\n"): (typeof documents)["\n  fragment SessionUserFields on User {\n    id\n    email\n    fullName\n    role\n    agencyId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshToken($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshToken($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"): (typeof documents)["\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Profile {\n    me {\n      id\n      email\n      fullName\n      role\n      lastLoginAt\n      createdAt\n      agency {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Profile {\n    me {\n      id\n      email\n      fullName\n      role\n      lastLoginAt\n      createdAt\n      agency {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRowFields on User {\n    id\n    email\n    fullName\n    role\n    agencyId\n    agency {\n      id\n      name\n    }\n    active\n    lastLoginAt\n    createdAt\n    version\n  }\n"): (typeof documents)["\n  fragment UserRowFields on User {\n    id\n    email\n    fullName\n    role\n    agencyId\n    agency {\n      id\n      name\n    }\n    active\n    lastLoginAt\n    createdAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UserRowFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UserRowFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserRowFields\n    }\n  }\n"): (typeof documents)["\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserRowFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;