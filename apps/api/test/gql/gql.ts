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
    "\n  mutation CreateUserForTest($i: CreateUserInput!) {\n    createUser(input: $i) {\n      id\n      email\n      role\n      active\n      version\n      agency {\n        code\n      }\n    }\n  }\n": typeof types.CreateUserForTestDocument,
    "\n  query FindUsersForTest($a: ID) {\n    users(filter: { search: \"nguyen van\", agencyId: $a }) {\n      totalCount\n      edges {\n        node {\n          email\n        }\n      }\n    }\n  }\n": typeof types.FindUsersForTestDocument,
    "\n  mutation UpdateUserRoleForTest($i: UpdateUserInput!) {\n    updateUser(input: $i) {\n      role\n      version\n    }\n  }\n": typeof types.UpdateUserRoleForTestDocument,
    "\n  mutation DeactivateUserForTest($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.DeactivateUserForTestDocument,
    "\n  mutation ReactivateUserForTest($id: ID!) {\n    reactivateUser(id: $id) {\n      active\n    }\n  }\n": typeof types.ReactivateUserForTestDocument,
    "\n  mutation ResetUserPasswordForTest($i: ResetUserPasswordInput!) {\n    resetUserPassword(input: $i) {\n      id\n    }\n  }\n": typeof types.ResetUserPasswordForTestDocument,
    "\n  query MeForTest {\n    me {\n      id\n    }\n  }\n": typeof types.MeForTestDocument,
    "\n  query UserAuditForTest {\n    auditLog(first: 5, filter: { action: \"user.\" }) {\n      totalCount\n      edges {\n        node {\n          action\n        }\n      }\n    }\n  }\n": typeof types.UserAuditForTestDocument,
    "\n  mutation LoginForTest($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n": typeof types.LoginForTestDocument,
};
const documents: Documents = {
    "\n  mutation CreateUserForTest($i: CreateUserInput!) {\n    createUser(input: $i) {\n      id\n      email\n      role\n      active\n      version\n      agency {\n        code\n      }\n    }\n  }\n": types.CreateUserForTestDocument,
    "\n  query FindUsersForTest($a: ID) {\n    users(filter: { search: \"nguyen van\", agencyId: $a }) {\n      totalCount\n      edges {\n        node {\n          email\n        }\n      }\n    }\n  }\n": types.FindUsersForTestDocument,
    "\n  mutation UpdateUserRoleForTest($i: UpdateUserInput!) {\n    updateUser(input: $i) {\n      role\n      version\n    }\n  }\n": types.UpdateUserRoleForTestDocument,
    "\n  mutation DeactivateUserForTest($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n": types.DeactivateUserForTestDocument,
    "\n  mutation ReactivateUserForTest($id: ID!) {\n    reactivateUser(id: $id) {\n      active\n    }\n  }\n": types.ReactivateUserForTestDocument,
    "\n  mutation ResetUserPasswordForTest($i: ResetUserPasswordInput!) {\n    resetUserPassword(input: $i) {\n      id\n    }\n  }\n": types.ResetUserPasswordForTestDocument,
    "\n  query MeForTest {\n    me {\n      id\n    }\n  }\n": types.MeForTestDocument,
    "\n  query UserAuditForTest {\n    auditLog(first: 5, filter: { action: \"user.\" }) {\n      totalCount\n      edges {\n        node {\n          action\n        }\n      }\n    }\n  }\n": types.UserAuditForTestDocument,
    "\n  mutation LoginForTest($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n": types.LoginForTestDocument,
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
export function graphql(source: "\n  mutation CreateUserForTest($i: CreateUserInput!) {\n    createUser(input: $i) {\n      id\n      email\n      role\n      active\n      version\n      agency {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUserForTest($i: CreateUserInput!) {\n    createUser(input: $i) {\n      id\n      email\n      role\n      active\n      version\n      agency {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindUsersForTest($a: ID) {\n    users(filter: { search: \"nguyen van\", agencyId: $a }) {\n      totalCount\n      edges {\n        node {\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FindUsersForTest($a: ID) {\n    users(filter: { search: \"nguyen van\", agencyId: $a }) {\n      totalCount\n      edges {\n        node {\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUserRoleForTest($i: UpdateUserInput!) {\n    updateUser(input: $i) {\n      role\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUserRoleForTest($i: UpdateUserInput!) {\n    updateUser(input: $i) {\n      role\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUserForTest($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUserForTest($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUserForTest($id: ID!) {\n    reactivateUser(id: $id) {\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUserForTest($id: ID!) {\n    reactivateUser(id: $id) {\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPasswordForTest($i: ResetUserPasswordInput!) {\n    resetUserPassword(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ResetUserPasswordForTest($i: ResetUserPasswordInput!) {\n    resetUserPassword(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeForTest {\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query MeForTest {\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserAuditForTest {\n    auditLog(first: 5, filter: { action: \"user.\" }) {\n      totalCount\n      edges {\n        node {\n          action\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UserAuditForTest {\n    auditLog(first: 5, filter: { action: \"user.\" }) {\n      totalCount\n      edges {\n        node {\n          action\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginForTest($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n"): (typeof documents)["\n  mutation LoginForTest($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;