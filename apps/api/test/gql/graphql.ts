/* eslint-disable */
import type { Role } from '@partrack/shared';
import type { AgencyKind } from '@partrack/shared';
import type { AgencyLevel } from '@partrack/shared';
import type { ImportFormat } from '@partrack/shared';
import type { PlanStatus } from '@partrack/shared';
import type { PlanItemKind } from '@partrack/shared';
import type { PlanItemStatus } from '@partrack/shared';
import type { ProductType } from '@partrack/shared';
import type { IndicatorUnit } from '@partrack/shared';
import type { IndicatorDirection } from '@partrack/shared';
import type { IndicatorAggregation } from '@partrack/shared';
import type { IndicatorFrequency } from '@partrack/shared';
import type { IndicatorState } from '@partrack/shared';
import type { IndicatorStatus } from '@partrack/shared';
import type { MeasurementStatus } from '@partrack/shared';
import type { MeasurementDecision } from '@partrack/shared';
import type { ReportKind } from '@partrack/shared';
import type { ReportRoundKind } from '@partrack/shared';
import type { ReportStatus } from '@partrack/shared';
import type { ReportAction } from '@partrack/shared';
import type { ReportDecision } from '@partrack/shared';
import type { ConsolidatedReportStatus } from '@partrack/shared';
import type { ParTargetGroup } from '@partrack/shared';
import type { ParCriterionLevel } from '@partrack/shared';
import type { ParScoringMethod } from '@partrack/shared';
import type { ParFrameworkStatus } from '@partrack/shared';
import type { ParCycleStatus } from '@partrack/shared';
import type { ParAssessmentStatus } from '@partrack/shared';
import type { ParEvidenceKind } from '@partrack/shared';
import type { ParEvidenceRecordType } from '@partrack/shared';
import type { ParDeadlinePhase } from '@partrack/shared';
import type { ParDataSource } from '@partrack/shared';
import type { ParProvisionalSource } from '@partrack/shared';
import type { SurveyScope } from '@partrack/shared';
import type { SurveySector } from '@partrack/shared';
import type { SurveyStatus } from '@partrack/shared';
import type { SurveyImportShape } from '@partrack/shared';
import type { InspectionPlanStatus } from '@partrack/shared';
import type { InspectionStatus } from '@partrack/shared';
import type { InspectionReasonCode } from '@partrack/shared';
import type { InspectionFindingSeverity } from '@partrack/shared';
import type { InspectionFindingStatus } from '@partrack/shared';
import type { InspectionChecklistResult } from '@partrack/shared';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
  /** Arbitrary JSON value */
  JSON: { input: unknown; output: unknown; }
  /** A calendar date, YYYY-MM-DD (inputs: 1900-01-01 to 2100-12-31) */
  LocalDate: { input: string; output: string; }
};

export type AddParEvidenceLinkInput = {
  assessmentId: Scalars['ID']['input'];
  /** An item without children of the assessment’s framework */
  criterionId: Scalars['ID']['input'];
  /** Title shown instead of the link */
  label?: InputMaybe<Scalars['String']['input']>;
  /** http:// or https://, at most 2000 characters */
  url: Scalars['String']['input'];
};

export type AddParEvidenceRecordInput = {
  assessmentId: Scalars['ID']['input'];
  /** An item without children of the assessment’s framework */
  criterionId: Scalars['ID']['input'];
  /** A record of the assessed agency (see parEvidenceCandidates) */
  recordId: Scalars['ID']['input'];
  recordType: ParEvidenceRecordType;
};

export type AdjustInspectionPlanInput = {
  /** Agencies of the province to add (not yet in the plan) */
  addAgencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Whole percent of the communes; default 30 */
  coverageCommune?: InputMaybe<Scalars['Int']['input']>;
  /** Whole percent of the districts; default 30 */
  coverageDistrict?: InputMaybe<Scalars['Int']['input']>;
  /** Whole percent of the departments; default 30 */
  coverageProvince?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  /** Inspections of the plan to drop (still PLANNED) */
  removeInspectionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The version you read; a stale one answers CONFLICT */
  version: Scalars['Int']['input'];
};

export type Agency = {
  __typename?: 'Agency';
  /** Valid today */
  active: Scalars['Boolean']['output'];
  aliases: Array<Scalars['String']['output']>;
  /** From the root down to the parent */
  ancestors: Array<Agency>;
  children: Array<Agency>;
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** All agencies below, at any depth, including inactive ones */
  descendantCount: Scalars['Int']['output'];
  /** Its dated facts (parent, name, short name, kind, level), oldest first; they cover all time */
  history: Array<AgencyVersion>;
  id: Scalars['ID']['output'];
  kind: AgencyKind;
  level: AgencyLevel;
  name: Scalars['String']['output'];
  parent: Maybe<Agency>;
  parentId: Maybe<Scalars['ID']['output']>;
  shortName: Maybe<Scalars['String']['output']>;
  successor: Maybe<Agency>;
  successorId: Maybe<Scalars['ID']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  validFrom: Scalars['LocalDate']['output'];
  validTo: Maybe<Scalars['LocalDate']['output']>;
  /** Optimistic-lock version: send it back with updates */
  version: Scalars['Int']['output'];
};


export type AgencyChildrenArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
};

export type AgencyConnection = {
  __typename?: 'AgencyConnection';
  edges: Array<AgencyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AgencyEdge = {
  __typename?: 'AgencyEdge';
  cursor: Scalars['String']['output'];
  node: Agency;
};

export type AgencyFilter = {
  /** Hierarchy as it was on this date (default: today) */
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<AgencyKind>;
  level?: InputMaybe<AgencyLevel>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Matches code, name, short name and aliases; ignores case and diacritics */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type AgencyGroup = {
  __typename?: 'AgencyGroup';
  aliases: Array<Scalars['String']['output']>;
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  memberIds: Array<Scalars['ID']['output']>;
  members: Array<Agency>;
  name: Scalars['String']['output'];
  /** Root agency of the province the group belongs to */
  provinceId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version: send it back with updates */
  version: Scalars['Int']['output'];
};

export type AgencyGroupConnection = {
  __typename?: 'AgencyGroupConnection';
  edges: Array<AgencyGroupEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AgencyGroupEdge = {
  __typename?: 'AgencyGroupEdge';
  cursor: Scalars['String']['output'];
  node: AgencyGroup;
};

export type AgencyImportResult = {
  __typename?: 'AgencyImportResult';
  /** True when the changes were written (not a dry run and no errors) */
  applied: Scalars['Boolean']['output'];
  created: Scalars['Int']['output'];
  dryRun: Scalars['Boolean']['output'];
  /** Any error means nothing was written */
  errors: Array<ImportError>;
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

export { AgencyKind };

export { AgencyLevel };

export type AgencyNameMatch = {
  __typename?: 'AgencyNameMatch';
  agency: Maybe<Agency>;
  /** 1 = exact name, short name or alias; lower = fuzzy */
  confidence: Scalars['Float']['output'];
  group: Maybe<AgencyGroup>;
  /** When the agency has ended: the one carrying its work today (its successor, through later merges) */
  successor: Maybe<Agency>;
  /** The piece of the text this match covers */
  text: Scalars['String']['output'];
};

export type AgencyNameResolution = {
  __typename?: 'AgencyNameResolution';
  matches: Array<AgencyNameMatch>;
  /** Pieces of the text that name no known agency or group */
  unresolved: Array<Scalars['String']['output']>;
};

/** Maps a piece of text the resolver could not place to an agency or a group */
export type AgencyOverrideInput = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  groupId?: InputMaybe<Scalars['ID']['input']>;
  text: Scalars['String']['input'];
};

/** A batch of agency changes with one effective date (docs/reorganisation.md) */
export type AgencyReorganisation = {
  __typename?: 'AgencyReorganisation';
  appliedAt: Scalars['DateTime']['output'];
  /** Who applied it, by name */
  appliedBy: Maybe<Scalars['String']['output']>;
  /** Its legal basis (resolution, decision) */
  decision: Maybe<Scalars['String']['output']>;
  effectiveDate: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  operationCount: Scalars['Int']['output'];
  status: ReorganisationStatus;
  title: Scalars['String']['output'];
  /** Why it can no longer be undone; null while it can (a few statements per batch: ask for one) */
  undoBlockedBy: Maybe<Scalars['String']['output']>;
  undoneAt: Maybe<Scalars['DateTime']['output']>;
  undoneBy: Maybe<Scalars['String']['output']>;
};

export type AgencyReport = {
  __typename?: 'AgencyReport';
  acceptedAt: Maybe<Scalars['DateTime']['output']>;
  agency: Agency;
  agencyId: Scalars['ID']['output'];
  /** Files attached (upload: POST /files/report-attachments/:reportId) */
  attachments: Array<ReportAttachment>;
  createdAt: Scalars['DateTime']['output'];
  /** Live until submission, then the frozen snapshot */
  data: ReportData;
  /** Number and symbol, e.g. 45/BC-STTTT */
  documentNumber: Maybe<Scalars['String']['output']>;
  /** The agency level's internal due date */
  dueDate: Scalars['LocalDate']['output'];
  /** Transitions and review comments, newest first */
  events: Array<ReportEvent>;
  /** True once submitted: the data no longer changes */
  frozen: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Submitted (the last time) after the due date */
  late: Scalars['Boolean']['output'];
  narrative: ReportNarrative;
  round: ReportingRound;
  roundId: Scalars['ID']['output'];
  signerName: Maybe<Scalars['String']['output']>;
  signerTitle: Maybe<Scalars['String']['output']>;
  status: ReportStatus;
  /** Last submission */
  submittedAt: Maybe<Scalars['DateTime']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version: send it back with updates */
  version: Scalars['Int']['output'];
};

export type AgencyReportConnection = {
  __typename?: 'AgencyReportConnection';
  edges: Array<AgencyReportEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AgencyReportEdge = {
  __typename?: 'AgencyReportEdge';
  cursor: Scalars['String']['output'];
  node: AgencyReport;
};

export type AgencyReportFilter = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  roundId?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<ReportStatus>>;
};

/** One row of agencyTree, in depth-first order (depth 0 = the root) */
export type AgencyTreeNode = {
  __typename?: 'AgencyTreeNode';
  active: Scalars['Boolean']['output'];
  /** Other spellings, so a client can search the tree by them */
  aliases: Array<Scalars['String']['output']>;
  /** Children shown in this tree */
  childCount: Scalars['Int']['output'];
  code: Scalars['String']['output'];
  depth: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: AgencyKind;
  level: AgencyLevel;
  name: Scalars['String']['output'];
  parentId: Maybe<Scalars['ID']['output']>;
  shortName: Maybe<Scalars['String']['output']>;
  successorId: Maybe<Scalars['ID']['output']>;
  validFrom: Scalars['LocalDate']['output'];
  validTo: Maybe<Scalars['LocalDate']['output']>;
};

/** An agency's facts between two dates (see docs/reorganisation.md) */
export type AgencyVersion = {
  __typename?: 'AgencyVersion';
  agencyId: Scalars['ID']['output'];
  /** First day of these facts; null: since always */
  effectiveFrom: Maybe<Scalars['LocalDate']['output']>;
  /** First day they no longer hold; null: still hold */
  effectiveTo: Maybe<Scalars['LocalDate']['output']>;
  kind: AgencyKind;
  level: AgencyLevel;
  name: Scalars['String']['output'];
  parentId: Maybe<Scalars['ID']['output']>;
  shortName: Maybe<Scalars['String']['output']>;
};

export type ApiKey = {
  __typename?: 'ApiKey';
  agency: Maybe<Agency>;
  agencyId: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  createdById: Maybe<Scalars['ID']['output']>;
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  lastUsedAt: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** First characters of the secret, to recognise a key */
  prefix: Scalars['String']['output'];
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  role: Role;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version: send it back with updates */
  version: Scalars['Int']['output'];
};

export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  edges: Array<ApiKeyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  cursor: Scalars['String']['output'];
  node: ApiKey;
};

export type ApplyParSurveyResultsInput = {
  cycleId: Scalars['ID']['input'];
  /** Check only; nothing is written */
  dryRun?: Scalars['Boolean']['input'];
  sources: Array<ParSurveySourceInput>;
};

export type AreaNarrative = {
  __typename?: 'AreaNarrative';
  areaCode: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type AreaNarrativeInput = {
  areaCode: Scalars['String']['input'];
  text: Scalars['String']['input'];
};

export type AssignParResponsibilitiesInput = {
  assignments: Array<ParResponsibilityInput>;
  id: Scalars['ID']['input'];
  /** The version you read; a stale one answers CONFLICT */
  version: Scalars['Int']['input'];
};

export enum AssignmentRole {
  Coordinator = 'COORDINATOR',
  Lead = 'LEAD'
}

export type AuditEntry = {
  __typename?: 'AuditEntry';
  action: Scalars['String']['output'];
  actorId: Maybe<Scalars['ID']['output']>;
  /** USER or API_KEY */
  actorKind: Maybe<Scalars['String']['output']>;
  actorLabel: Maybe<Scalars['String']['output']>;
  after: Maybe<Scalars['JSON']['output']>;
  before: Maybe<Scalars['JSON']['output']>;
  createdAt: Scalars['DateTime']['output'];
  entityId: Maybe<Scalars['String']['output']>;
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  requestId: Maybe<Scalars['String']['output']>;
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type AuditLogFilter = {
  /** Exact action, e.g. agency.merge, or a prefix ending in "." (agency.) */
  action?: InputMaybe<Scalars['String']['input']>;
  actorId?: InputMaybe<Scalars['ID']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** JWT, send as "Authorization: Bearer <token>" */
  accessToken: Scalars['String']['output'];
  /** Seconds until the access token expires */
  expiresIn: Scalars['Int']['output'];
  /** Opaque; single use — every refresh returns a new one */
  refreshToken: Scalars['String']['output'];
  user: User;
};

export type BuildInspectionChecklistInput = {
  /** A PAR framework of the province: one item per area and per criterion, in the framework's order */
  fromFrameworkId?: InputMaybe<Scalars['ID']['input']>;
  inspectionId: Scalars['ID']['input'];
  /** Titles of written items, at most 200 */
  items?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

export type ConsolidatedReport = {
  __typename?: 'ConsolidatedReport';
  completeness: ReportCompleteness;
  createdAt: Scalars['DateTime']['output'];
  data: ReportData;
  documentNumber: Maybe<Scalars['String']['output']>;
  /** When the report was finalised */
  finalisedAt: Maybe<Scalars['DateTime']['output']>;
  /** @deprecated Use finalisedAt; finalizedAt will be removed in the next release. */
  finalizedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  narrative: ReportNarrative;
  round: ReportingRound;
  roundId: Scalars['ID']['output'];
  signerName: Maybe<Scalars['String']['output']>;
  signerTitle: Maybe<Scalars['String']['output']>;
  status: ConsolidatedReportStatus;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version: send it back with updates */
  version: Scalars['Int']['output'];
};

export { ConsolidatedReportStatus };

export type CopyParFrameworkInput = {
  /** The framework to copy (of any year, locked or not) */
  id: Scalars['ID']['input'];
  /** Default: the original's name */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Year of the copy */
  year: Scalars['Int']['input'];
};

export type CreateAgencyGroupInput = {
  /** Other wordings, used by the name resolver */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  code: Scalars['String']['input'];
  memberIds: Array<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  /** Root agency of the group's province. Default: the caller's province; for an admin without an agency, the members' province */
  provinceId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateAgencyInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  code: Scalars['String']['input'];
  kind: AgencyKind;
  level: AgencyLevel;
  name: Scalars['String']['input'];
  /** Null creates a root (a province); admins only */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  shortName?: InputMaybe<Scalars['String']['input']>;
  /** Default: today */
  validFrom?: InputMaybe<Scalars['LocalDate']['input']>;
};

export type CreateApiKeyInput = {
  /** Scope of the key; required for every role but ADMIN */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  name: Scalars['String']['input'];
  role: Role;
};

export type CreateIndicatorInput = {
  aggregation?: InputMaybe<IndicatorAggregation>;
  areaCode?: InputMaybe<Scalars['String']['input']>;
  code: Scalars['String']['input'];
  cumulative?: InputMaybe<Scalars['Boolean']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<IndicatorDirection>;
  frequency?: InputMaybe<IndicatorFrequency>;
  /** Plan items the indicator measures (replaces the list) */
  linkedItemIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  nameVi?: InputMaybe<Scalars['String']['input']>;
  planId: Scalars['ID']['input'];
  reportingLevels?: InputMaybe<Array<AgencyLevel>>;
  target?: InputMaybe<Scalars['Float']['input']>;
  unit?: InputMaybe<IndicatorUnit>;
};

export type CreateParCriterionInput = {
  code: Scalars['String']['input'];
  /** How a DATA leaf reads partrack's records */
  dataRule?: InputMaybe<ParDataRuleInput>;
  /** Default false */
  evidenceRequired?: InputMaybe<Scalars['Boolean']['input']>;
  frameworkId: Scalars['ID']['input'];
  guidance?: InputMaybe<Scalars['String']['input']>;
  maxPoints: Scalars['Float']['input'];
  /** For a leaf; leave out on items with children */
  method?: InputMaybe<ParScoringMethod>;
  /** The area or criterion it belongs to; none for an area */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Order among its siblings; default last */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** The choices of a MANUAL leaf */
  scale?: InputMaybe<Array<ParScaleOptionInput>>;
  title: Scalars['String']['input'];
};

export type CreateParFrameworkInput = {
  /** Default: A ≥ 90, B ≥ 80, C ≥ 70, D below */
  bands?: InputMaybe<Array<ParBandInput>>;
  decisionNumber?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Root agency of the province; default the caller's */
  provinceId?: InputMaybe<Scalars['ID']['input']>;
  targetGroup: ParTargetGroup;
  /** Default 100 */
  totalPoints?: InputMaybe<Scalars['Float']['input']>;
  year: Scalars['Int']['input'];
};

export type CreateParImprovementTasksInput = {
  /** A finalised assessment */
  assessmentId: Scalars['ID']['input'];
  /** Deadline of the tasks; none by default */
  dueDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** A plan of the following year, in the same province */
  planId: Scalars['ID']['input'];
};

export type CreatePlanInput = {
  code: Scalars['String']['input'];
  decisionDate?: InputMaybe<Scalars['LocalDate']['input']>;
  decisionNumber?: InputMaybe<Scalars['String']['input']>;
  /** Agency whose plan this is (the province committee for the provincial plan) */
  ownerAgencyId: Scalars['ID']['input'];
  signerAgencyId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type CreatePlanItemInput = {
  /** I … VII */
  areaCode?: InputMaybe<Scalars['String']['input']>;
  code: Scalars['String']['input'];
  coordinatorAgencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  coordinatorGroupIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Default: parsed from dueLabel */
  dueDate?: InputMaybe<Scalars['LocalDate']['input']>;
  dueLabel?: InputMaybe<Scalars['String']['input']>;
  fundingText?: InputMaybe<Scalars['String']['input']>;
  kind: PlanItemKind;
  leadAgencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  leadGroupIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  planId: Scalars['ID']['input'];
  productText?: InputMaybe<Scalars['String']['input']>;
  productType?: InputMaybe<ProductType>;
  title: Scalars['String']['input'];
};

export type CreateSurveyInput = {
  /** Required for an AGENCY survey, refused otherwise */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  /** The period surveyed, inside the year: 2022, 2022-H1 or 2022-Q3 */
  period: Scalars['String']['input'];
  /** Root agency of the province; default the caller's */
  provinceId?: InputMaybe<Scalars['ID']['input']>;
  /** In order; codes unique */
  questions: Array<SurveyQuestionInput>;
  /** Top levels counted as satisfied, 1–4; default 2 */
  satisfiedLevels?: InputMaybe<Scalars['Int']['input']>;
  scope: SurveyScope;
  /** Required for a SECTOR survey, refused otherwise */
  sector?: InputMaybe<SurveySector>;
  title: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type CreateUserInput = {
  /** Required for every role but ADMIN */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  email: Scalars['String']['input'];
  fullName: Scalars['String']['input'];
  /** At least 10 characters */
  password: Scalars['String']['input'];
  role: Role;
};

export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  apiKey: ApiKey;
  /** The secret, shown only this once. Send it as "Authorization: Bearer <secret>". */
  secret: Scalars['String']['output'];
};

export type DeactivateAgencyInput = {
  /** First day the agency no longer exists */
  date: Scalars['LocalDate']['input'];
  id: Scalars['ID']['input'];
};

export type EmailMessage = {
  __typename?: 'EmailMessage';
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Last delivery error */
  error: Maybe<Scalars['String']['output']>;
  html: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  notificationId: Maybe<Scalars['ID']['output']>;
  sentAt: Maybe<Scalars['DateTime']['output']>;
  status: EmailStatus;
  subject: Scalars['String']['output'];
  /** Plain text body */
  text: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

export type EmailMessageConnection = {
  __typename?: 'EmailMessageConnection';
  edges: Array<EmailMessageEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EmailMessageEdge = {
  __typename?: 'EmailMessageEdge';
  cursor: Scalars['String']['output'];
  node: EmailMessage;
};

export enum EmailStatus {
  Failed = 'FAILED',
  Sent = 'SENT',
  Stored = 'STORED'
}

export type EvidenceInput = {
  date?: InputMaybe<Scalars['LocalDate']['input']>;
  link?: InputMaybe<Scalars['String']['input']>;
  number?: InputMaybe<Scalars['String']['input']>;
};

export type ExportedFile = {
  __typename?: 'ExportedFile';
  /** The file, base64-encoded */
  contentBase64: Scalars['String']['output'];
  filename: Scalars['String']['output'];
  mimeType: Scalars['String']['output'];
};

export type ExtendParDeadlineInput = {
  id: Scalars['ID']['input'];
  phase: ParDeadlinePhase;
  /** Why (recorded in the audit log) */
  reason: Scalars['String']['input'];
  /** The new last day (inclusive) */
  until: Scalars['LocalDate']['input'];
  /** The version you read; a stale one answers CONFLICT */
  version: Scalars['Int']['input'];
};

export type FinaliseParAssessmentInput = {
  id: Scalars['ID']['input'];
  /** The version you read; a stale one answers CONFLICT */
  version: Scalars['Int']['input'];
};

export enum ImportAction {
  Create = 'CREATE',
  Unchanged = 'UNCHANGED',
  Update = 'UPDATE'
}

export type ImportAgenciesInput = {
  /** The file content (UTF-8 text) */
  content: Scalars['String']['input'];
  /** Default true: report only, write nothing */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  format: ImportFormat;
};

export type ImportError = {
  __typename?: 'ImportError';
  /** 1-based line in the submitted content */
  line: Scalars['Int']['output'];
  message: Scalars['String']['output'];
};

export { ImportFormat };

export type ImportMeasurementsInput = {
  /** The filled template (.xlsx), base64-encoded */
  contentBase64: Scalars['String']['input'];
  dryRun?: Scalars['Boolean']['input'];
  planId: Scalars['ID']['input'];
};

export type ImportParFrameworkInput = {
  /** The filled template (.xlsx), base64-encoded */
  contentBase64: Scalars['String']['input'];
  /** Check only; nothing is written */
  dryRun?: Scalars['Boolean']['input'];
  /** Root agency of the province; default the caller's */
  provinceId?: InputMaybe<Scalars['ID']['input']>;
  /** Year of the new framework */
  year: Scalars['Int']['input'];
};

export type ImportParNationalPointsInput = {
  /** The province's national assessment, SUBMITTED */
  assessmentId: Scalars['ID']['input'];
  /** Check only; nothing is written */
  dryRun?: Scalars['Boolean']['input'];
  /** The filled template (.xlsx), base64-encoded */
  fileBase64: Scalars['String']['input'];
  /** The version you read; a stale one answers CONFLICT */
  version: Scalars['Int']['input'];
};

export type ImportParSurveyPointsInput = {
  cycleId: Scalars['ID']['input'];
  /** Check only; nothing is written */
  dryRun?: Scalars['Boolean']['input'];
  /** The filled template (.xlsx), base64-encoded */
  fileBase64: Scalars['String']['input'];
};

export type ImportPlanDocumentInput = {
  agencyOverrides?: InputMaybe<Array<AgencyOverrideInput>>;
  /** The text, or the file base64-encoded for DOCX and XLSX */
  content: Scalars['String']['input'];
  /** Default true: report only, write nothing */
  dryRun?: Scalars['Boolean']['input'];
  format?: PlanDocumentFormat;
  /** …or create a new plan */
  newPlan?: InputMaybe<NewPlanInput>;
  /** Import into this plan (re-import updates items by code)… */
  planId?: InputMaybe<Scalars['ID']['input']>;
};

export type ImportSurveyResultsInput = {
  /** Check only; nothing is written */
  dryRun?: Scalars['Boolean']['input'];
  /** The filled template (.xlsx), base64-encoded */
  fileBase64: Scalars['String']['input'];
  shape: SurveyImportShape;
  surveyId: Scalars['ID']['input'];
};

export type ImportedIndicatorDraft = {
  __typename?: 'ImportedIndicatorDraft';
  aggregation: IndicatorAggregation;
  areaCode: Maybe<Scalars['String']['output']>;
  code: Scalars['String']['output'];
  direction: IndicatorDirection;
  /** False when the plan already has an indicator with this code (kept as it is) */
  isNew: Scalars['Boolean']['output'];
  /** e.g. PROVINCE 80, DISTRICT 70, COMMUNE 40 */
  levelTargets: Maybe<Scalars['String']['output']>;
  line: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  notes: Array<Scalars['String']['output']>;
  sourceText: Scalars['String']['output'];
  target: Scalars['Float']['output'];
  unit: IndicatorUnit;
};

export type ImportedPlanItem = {
  __typename?: 'ImportedPlanItem';
  action: ImportAction;
  areaCode: Maybe<Scalars['String']['output']>;
  code: Scalars['String']['output'];
  coordinatorText: Maybe<Scalars['String']['output']>;
  coordinators: Array<ResolvedAgencyName>;
  dueDate: Maybe<Scalars['LocalDate']['output']>;
  dueLabel: Maybe<Scalars['String']['output']>;
  fundingText: Maybe<Scalars['String']['output']>;
  kind: PlanItemKind;
  leadText: Maybe<Scalars['String']['output']>;
  leads: Array<ResolvedAgencyName>;
  line: Scalars['Int']['output'];
  parentCode: Maybe<Scalars['String']['output']>;
  productText: Maybe<Scalars['String']['output']>;
  productType: Maybe<ProductType>;
  title: Scalars['String']['output'];
};

export type Indicator = {
  __typename?: 'Indicator';
  aggregation: IndicatorAggregation;
  /** Reform area code I–VII */
  areaCode: Maybe<Scalars['String']['output']>;
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Figures accumulate through the year (status pro-rates the target) */
  cumulative: Scalars['Boolean']['output'];
  description: Maybe<Scalars['String']['output']>;
  direction: IndicatorDirection;
  /** What the extractor was unsure about */
  draftNotes: Array<Scalars['String']['output']>;
  frequency: IndicatorFrequency;
  id: Scalars['ID']['output'];
  /** Plan items the indicator measures */
  linkedItems: Array<PlanItem>;
  nameEn: Maybe<Scalars['String']['output']>;
  nameVi: Scalars['String']['output'];
  plan: Plan;
  planId: Scalars['ID']['output'];
  /** Agency levels that enter figures */
  reportingLevels: Array<AgencyLevel>;
  sortOrder: Scalars['Int']['output'];
  sourceLine: Maybe<Scalars['Int']['output']>;
  /** Sentence of the plan the indicator comes from */
  sourceText: Maybe<Scalars['String']['output']>;
  state: IndicatorState;
  /** Plan-wide target for the year */
  target: Maybe<Scalars['Float']['output']>;
  /** Overrides of the plan-wide target */
  targets: Array<IndicatorTarget>;
  unit: IndicatorUnit;
  updatedAt: Scalars['DateTime']['output'];
  /** Rolled-up value for an agency subtree (default: the plan owner) and period; batched across indicators */
  value: Maybe<IndicatorValue>;
  /** Optimistic-lock version: send it back with updates */
  version: Scalars['Int']['output'];
};


export type IndicatorValueArgs = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  includeUnapproved?: InputMaybe<Scalars['Boolean']['input']>;
  period: Scalars['String']['input'];
};

export { IndicatorAggregation };

export type IndicatorConnection = {
  __typename?: 'IndicatorConnection';
  edges: Array<IndicatorEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export { IndicatorDirection };

export type IndicatorEdge = {
  __typename?: 'IndicatorEdge';
  cursor: Scalars['String']['output'];
  node: Indicator;
};

export type IndicatorFilter = {
  areaCode?: InputMaybe<Scalars['String']['input']>;
  planId?: InputMaybe<Scalars['ID']['input']>;
  /** Code or name, diacritics-insensitive */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Default: every state */
  states?: InputMaybe<Array<IndicatorState>>;
};

export { IndicatorFrequency };

export type IndicatorScoreboard = {
  __typename?: 'IndicatorScoreboard';
  asOf: Scalars['LocalDate']['output'];
  indicators: Array<Indicator>;
  level: AgencyLevel;
  period: Scalars['String']['output'];
  /** Agencies by name */
  rows: Array<ScoreboardRow>;
  statusCounts: Array<StatusCount>;
};

export { IndicatorState };

export { IndicatorStatus };

export type IndicatorTarget = {
  __typename?: 'IndicatorTarget';
  agencyId: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  indicatorId: Scalars['ID']['output'];
  level: Maybe<AgencyLevel>;
  /** Milestone period, e.g. 2022-Q2; null = the year */
  period: Maybe<Scalars['String']['output']>;
  value: Scalars['Float']['output'];
};

export type IndicatorTargetInput = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  level?: InputMaybe<AgencyLevel>;
  /** Milestone period (2022-Q2…); omit for the year */
  period?: InputMaybe<Scalars['String']['input']>;
  value: Scalars['Float']['input'];
};

export { IndicatorUnit };

export type IndicatorValue = {
  __typename?: 'IndicatorValue';
  agency: Agency;
  agencyId: Scalars['ID']['output'];
  /** Hierarchy date used for the rollup */
  asOf: Scalars['LocalDate']['output'];
  /** Σ denominators (RATIO only) */
  denominator: Maybe<Scalars['Float']['output']>;
  indicatorId: Scalars['ID']['output'];
  /** Σ numerators (RATIO only) */
  numerator: Maybe<Scalars['Float']['output']>;
  period: Scalars['String']['output'];
  /** Measurements that contributed */
  reportedCount: Scalars['Int']['output'];
  status: IndicatorStatus;
  target: Maybe<Scalars['Float']['output']>;
  targetSource: Maybe<TargetSource>;
  /** Null when nobody reported */
  value: Maybe<Scalars['Float']['output']>;
};

export type Inspection = {
  __typename?: 'Inspection';
  /** The inspected agency */
  agency: Maybe<Agency>;
  /** The inspected agency */
  agencyId: Scalars['ID']['output'];
  /** The checklist in order; empty until built */
  checklist: Array<InspectionChecklistItem>;
  /** When the findings were recorded */
  conductedOn: Maybe<Scalars['LocalDate']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** In order */
  findings: Array<InspectionFinding>;
  id: Scalars['ID']['output'];
  /** The month of the visit, 1–12 */
  month: Maybe<Scalars['Int']['output']>;
  planId: Scalars['ID']['output'];
  /** Proposed by the sampling (else added by the coordinator) */
  proposed: Scalars['Boolean']['output'];
  /** Why it was proposed */
  reasons: Array<InspectionReasonModel>;
  /** The last re-inspection (tái kiểm tra) */
  reinspectedOn: Maybe<Scalars['LocalDate']['output']>;
  /** The sampling score when proposed */
  score: Maybe<Scalars['Float']['output']>;
  status: InspectionStatus;
  /** The team (đoàn kiểm tra) by name, its leader first */
  team: Array<InspectionTeamMember>;
  /** The team (đoàn kiểm tra), its leader first */
  teamUserIds: Array<Scalars['ID']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version: send it back with updates */
  version: Scalars['Int']['output'];
};

export type InspectionChecklistEvidence = {
  __typename?: 'InspectionChecklistEvidence';
  /** What it shows, shown instead of the link */
  label: Maybe<Scalars['String']['output']>;
  /** http:// or https:// */
  url: Scalars['String']['output'];
};

export type InspectionChecklistEvidenceInput = {
  /** What it shows, at most 500 characters */
  label?: InputMaybe<Scalars['String']['input']>;
  /** http:// or https://, at most 2000 characters */
  url: Scalars['String']['input'];
};

export type InspectionChecklistItem = {
  __typename?: 'InspectionChecklistItem';
  createdAt: Scalars['DateTime']['output'];
  evidence: Array<InspectionChecklistEvidence>;
  id: Scalars['ID']['output'];
  inspectionId: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  /** Order in the checklist, from 1 */
  position: Scalars['Int']['output'];
  /** Null while not assessed */
  result: Maybe<InspectionChecklistResult>;
  /** The framework area's or criterion's code ("1", "1.2"); null for a written line */
  sourceCode: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version: send it back with updates */
  version: Scalars['Int']['output'];
};

export { InspectionChecklistResult };

export type InspectionConnection = {
  __typename?: 'InspectionConnection';
  edges: Array<InspectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InspectionCoverageLine = {
  __typename?: 'InspectionCoverageLine';
  /** Agencies the province inspects at this level */
  agencies: Scalars['Int']['output'];
  /** Of them, inspected (an inspection DONE in the plan) */
  inspected: Scalars['Int']['output'];
  /** null for the total */
  level: Maybe<AgencyLevel>;
  /** inspected ÷ agencies × 100, two decimals; 0 without agencies */
  percent: Scalars['Float']['output'];
};

export type InspectionCoverageModel = {
  __typename?: 'InspectionCoverageModel';
  /** Per level, departments first */
  levels: Array<InspectionCoverageLine>;
  planId: Scalars['ID']['output'];
  total: InspectionCoverageLine;
  year: Scalars['Int']['output'];
};

export type InspectionEdge = {
  __typename?: 'InspectionEdge';
  cursor: Scalars['String']['output'];
  node: Inspection;
};

export type InspectionFinding = {
  __typename?: 'InspectionFinding';
  /** The re-inspection that closed it */
  closedOn: Maybe<Scalars['LocalDate']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** By when the agency remedies it (the task’s due date) */
  deadline: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  inspectionId: Scalars['ID']['output'];
  /** Order in the inspection, from 1 */
  position: Scalars['Int']['output'];
  /** What the last re-inspection found */
  reviewNote: Maybe<Scalars['String']['output']>;
  severity: InspectionFindingSeverity;
  status: InspectionFindingStatus;
  /** The corrective task (batched); null if a planner deleted it */
  task: Maybe<PlanItem>;
  /** The corrective task; null if a planner deleted it */
  taskId: Maybe<Scalars['ID']['output']>;
  text: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version: send it back with updates */
  version: Scalars['Int']['output'];
};

export type InspectionFindingInput = {
  /** By when the agency remedies it: its task’s due date */
  deadline: Scalars['LocalDate']['input'];
  severity: InspectionFindingSeverity;
  text: Scalars['String']['input'];
};

export { InspectionFindingSeverity };

export { InspectionFindingStatus };

export type InspectionPlan = {
  __typename?: 'InspectionPlan';
  /** Whole percent of the commune people’s committees to inspect */
  coverageCommune: Scalars['Int']['output'];
  /** Whole percent of the district people’s committees to inspect */
  coverageDistrict: Scalars['Int']['output'];
  /** Whole percent of the departments (province level) to inspect */
  coverageProvince: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Root agency of the province */
  provinceId: Scalars['ID']['output'];
  status: InspectionPlanStatus;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version: send it back with updates */
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type InspectionPlanConnection = {
  __typename?: 'InspectionPlanConnection';
  edges: Array<InspectionPlanEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InspectionPlanEdge = {
  __typename?: 'InspectionPlanEdge';
  cursor: Scalars['String']['output'];
  node: InspectionPlan;
};

export type InspectionPlanFilter = {
  year?: InputMaybe<Scalars['Int']['input']>;
};

export { InspectionPlanStatus };

export { InspectionReasonCode };

export type InspectionReasonModel = {
  __typename?: 'InspectionReasonModel';
  code: InspectionReasonCode;
  /** OVERDUE_TASKS: how many */
  count: Maybe<Scalars['Int']['output']>;
  /** What the reason added to the score */
  points: Scalars['Float']['output'];
  /** LOW_PAR_INDEX: the index */
  value: Maybe<Scalars['Float']['output']>;
  /** NOT_INSPECTED_SINCE: the year of the last inspection */
  year: Maybe<Scalars['Int']['output']>;
};

export { InspectionStatus };

export type InspectionTeamMember = {
  __typename?: 'InspectionTeamMember';
  /** The name of the user's agency */
  agencyName: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The team leader (trưởng đoàn): the first of the team */
  leader: Scalars['Boolean']['output'];
  /** The user's full name */
  name: Scalars['String']['output'];
};

export type LockParFrameworkInput = {
  id: Scalars['ID']['input'];
  /** The version you read; a stale one answers CONFLICT */
  version: Scalars['Int']['input'];
};

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type Measurement = {
  __typename?: 'Measurement';
  agency: Agency;
  agencyId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  denominator: Maybe<Scalars['Float']['output']>;
  /** Document number or link proving the figure */
  evidence: Maybe<Scalars['String']['output']>;
  /** Every version and review step, newest first */
  history: Array<MeasurementRevision>;
  id: Scalars['ID']['output'];
  indicator: Indicator;
  indicatorId: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  numerator: Maybe<Scalars['Float']['output']>;
  /** e.g. 2022-Q1, 2022-H1, 2022 */
  period: Scalars['String']['output'];
  /** Last day of the period */
  periodEnd: Scalars['LocalDate']['output'];
  /** Why it was returned or reopened */
  reviewComment: Maybe<Scalars['String']['output']>;
  reviewedAt: Maybe<Scalars['DateTime']['output']>;
  /** Where the figure comes from (system, register…) */
  source: Maybe<Scalars['String']['output']>;
  status: MeasurementStatus;
  submittedAt: Maybe<Scalars['DateTime']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  updatedByLabel: Maybe<Scalars['String']['output']>;
  value: Maybe<Scalars['Float']['output']>;
  /** Optimistic-lock version: send it back with updates */
  version: Scalars['Int']['output'];
};

export enum MeasurementAction {
  Approve = 'APPROVE',
  Import = 'IMPORT',
  Record = 'RECORD',
  Reopen = 'REOPEN',
  Return = 'RETURN',
  Submit = 'SUBMIT'
}

export type MeasurementConnection = {
  __typename?: 'MeasurementConnection';
  edges: Array<MeasurementEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export { MeasurementDecision };

export type MeasurementEdge = {
  __typename?: 'MeasurementEdge';
  cursor: Scalars['String']['output'];
  node: Measurement;
};

export type MeasurementEntry = {
  __typename?: 'MeasurementEntry';
  indicator: Indicator;
  measurement: Maybe<Measurement>;
  target: Maybe<Scalars['Float']['output']>;
};

export type MeasurementFilter = {
  /** This agency and everything under it */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  indicatorId?: InputMaybe<Scalars['ID']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
  planId?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<MeasurementStatus>>;
};

export type MeasurementImportProblem = {
  __typename?: 'MeasurementImportProblem';
  code: Scalars['String']['output'];
  /** Column letter */
  column: Maybe<Scalars['String']['output']>;
  field: Maybe<Scalars['String']['output']>;
  line: Scalars['Int']['output'];
  message: Scalars['String']['output'];
};

export type MeasurementImportResult = {
  __typename?: 'MeasurementImportResult';
  /** True when written: not a dry run and no problem at all */
  applied: Scalars['Boolean']['output'];
  created: Scalars['Int']['output'];
  dryRun: Scalars['Boolean']['output'];
  period: Scalars['String']['output'];
  problems: Array<MeasurementImportProblem>;
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

export type MeasurementRevision = {
  __typename?: 'MeasurementRevision';
  action: MeasurementAction;
  actorId: Maybe<Scalars['ID']['output']>;
  actorLabel: Maybe<Scalars['String']['output']>;
  /** Reason given when returning or reopening */
  comment: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  denominator: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  measurementId: Scalars['ID']['output'];
  /** Version of the measurement after this step */
  measurementVersion: Scalars['Int']['output'];
  note: Maybe<Scalars['String']['output']>;
  numerator: Maybe<Scalars['Float']['output']>;
  status: MeasurementStatus;
  value: Maybe<Scalars['Float']['output']>;
};

export { MeasurementStatus };

export type MeasurementTemplateInput = {
  /** Default: every active indicator of the plan */
  indicatorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  level?: InputMaybe<AgencyLevel>;
  period: Scalars['String']['input'];
  planId: Scalars['ID']['input'];
  /** One row per agency under it (itself included) that reports */
  rootAgencyId: Scalars['ID']['input'];
};

export type MergeAgenciesInput = {
  /** First day the sources are part of the target */
  effectiveDate: Scalars['LocalDate']['input'];
  sourceIds: Array<Scalars['ID']['input']>;
  targetId: Scalars['ID']['input'];
};

export type MoveAgencyInput = {
  /** First day the change holds (default: today); earlier days keep the previous facts */
  effectiveDate?: InputMaybe<Scalars['LocalDate']['input']>;
  id: Scalars['ID']['input'];
  /** Null makes the agency a root; admins only */
  newParentId?: InputMaybe<Scalars['ID']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Cites a web page on an item of a DRAFT self-assessment */
  addParEvidenceLink: ParEvidence;
  /** Cites one of the agency's tasks, task updates, reports or figures on an item of a DRAFT */
  addParEvidenceRecord: ParEvidence;
  /** Add agencies, drop inspections, change targets (a DRAFT) */
  adjustInspectionPlan: InspectionPlan;
  /** Survey items' points from partrack's satisfaction surveys (maximum × the agency's satisfaction %): all or nothing; dry run by default */
  applyParSurveyResults: ParSurveyImportResult;
  /** Applies the batch all-or-nothing; any problem is BAD_USER_INPUT with extensions.problems */
  applyReorganisation: AgencyReorganisation;
  /** DRAFT → APPROVED: the list is final, visits may be conducted */
  approveInspectionPlan: InspectionPlan;
  /** Gives items of the province's national self-assessment to the agencies answering for them */
  assignParResponsibilities: ParAssessment;
  /** The checklist from a PAR framework's areas and criteria or written lines; only while none is assessed */
  buildInspectionChecklist: Inspection;
  /** Signs out other sessions; returns new tokens for this one */
  changePassword: AuthPayload;
  /** A DRAFT copy for another year (or a new revision), items included */
  copyParFramework: ParFramework;
  /** A copy for another year: deadlines shifted, progress reset, status DRAFT */
  copyPlanToYear: Plan;
  createAgency: Agency;
  createAgencyGroup: AgencyGroup;
  createApiKey: CreatedApiKey;
  /** A new indicator, in DRAFT until confirmed */
  createIndicator: Indicator;
  /** Adds an area (no parent), a criterion or a sub-criterion to a DRAFT */
  createParCriterion: ParCriterion;
  createParFramework: ParFramework;
  /** Adds to next year's plan a task for every item that lost points; answers how many */
  createParImprovementTasks: Scalars['Int']['output'];
  createPlan: Plan;
  createPlanItem: PlanItem;
  /** A DRAFT survey with its questions */
  createSurvey: Survey;
  createUser: User;
  deactivateAgency: Agency;
  /** Also signs the user out everywhere */
  deactivateUser: User;
  deleteAgencyGroup: Scalars['Boolean']['output'];
  /** Deletes an item of a DRAFT with everything under it */
  deleteParCriterion: Scalars['Boolean']['output'];
  /** Deletes a DRAFT framework and its items */
  deleteParFramework: Scalars['Boolean']['output'];
  /** Deletes the item with its sub-items and updates */
  deletePlanItem: Scalars['Boolean']['output'];
  /** Removes an attachment while the report is DRAFT or RETURNED */
  deleteReportAttachment: Scalars['Boolean']['output'];
  /** The agency's own plan: the items it leads or coordinates, linked to the originals (re-run adds new ones) */
  deriveAgencyPlan: Plan;
  /** Extends one agency's deadline; a phase closed by its deadline reopens if nothing followed */
  extendParDeadline: ParAssessment;
  /** Freezes the statistics; the report can no longer change */
  finaliseConsolidatedReport: ConsolidatedReport;
  /** Finalises the appraisal once every explanation is answered */
  finaliseParAssessment: ParAssessment;
  /** Creates the draft from the accepted agency reports; redraw refills the narrative */
  generateConsolidatedReport: ConsolidatedReport;
  /** Upsert agencies by code from YAML, CSV or JSON; all or nothing */
  importAgencies: AgencyImportResult;
  /** The filled template: line-numbered problems; written only when there are none (all or nothing) */
  importMeasurements: MeasurementImportResult;
  /** A new DRAFT framework from the XLSX template: all or nothing, problems by line; dry run by default */
  importParFramework: ParFrameworkImportResult;
  /** The Ministry's points from the filled template, all or nothing with problems by line; records them and finalises like recordParNationalAppraisal; dry run by default */
  importParNationalPoints: ParNationalImportResult;
  /** Survey items' points from the filled template (maximum × satisfaction %): all or nothing, problems by line; dry run by default */
  importParSurveyPoints: ParSurveyImportResult;
  /** Parse a plan document; with dryRun false, write it all or nothing */
  importPlanDocument: PlanImportResult;
  /** An OPEN survey's results from the filled template: replaces the counts of the agencies it names; all or nothing, problems by line and column; dry run by default */
  importSurveyResults: SurveyImportResult;
  /** Locks a DRAFT whose items add up; refused with the problems otherwise */
  lockParFramework: ParFramework;
  login: AuthPayload;
  /** Revokes the session of this refresh token */
  logout: Scalars['Boolean']['output'];
  /** Marks all your notifications read; returns how many changed */
  markAllNotificationsRead: Scalars['Int']['output'];
  /** Marks some of your notifications read (at most 100); returns how many changed */
  markNotificationsRead: Scalars['Int']['output'];
  /** Returns the target agency */
  mergeAgencies: Agency;
  /** Refuses to create a cycle */
  moveAgency: Agency;
  /** Opens the year's cycle: locks its frameworks and gives every agency of their groups an assessment */
  openParCycle: ParCycle;
  /** Opens a round (idempotent for Q1/H1/Q3/YEAR) and creates a report for every reporting agency */
  openReportingRound: ReportingRound;
  /** Progress from the lead agency, or a contribution from a coordinating one */
  postTaskUpdate: TaskUpdate;
  /** Dry run: applies the batch in a transaction, reports every effect, and rolls it back */
  previewReorganisation: ReorganisationPreview;
  /** The year's DRAFT plan with the sample proposed per level, each inspection saying why */
  proposeInspections: InspectionPlan;
  /** Publishes the results once every assessment is finalised; freezes the cycle */
  publishParCycle: ParCycle;
  reactivateUser: User;
  /** Moves an agency's users (all or some) to another agency, by default its successor of today */
  reassignUsers: Array<User>;
  /** The plan's total coverage as the province's DRAFT figure for the year of an indicator (1.14) */
  recordInspectionCoverage: Measurement;
  /** Conducted: its findings, each one a corrective task led by the agency in the plan given */
  recordInspectionFindings: Inspection;
  /** Create or correct a figure (DRAFT); refused once submitted or approved */
  recordMeasurement: Measurement;
  /** Records the Ministry's appraised points of the province, every item, and finalises it */
  recordParNationalAppraisal: ParAssessment;
  /** A survey's satisfaction per agency as DRAFT figures of an indicator's period (then submitted and reviewed as usual) */
  recordSurveyMeasurements: SurveyMeasurementsResult;
  /** Rotates the refresh token; reusing an old one revokes the session */
  refreshToken: AuthPayload;
  /** Tái kiểm tra: close the findings remedied, keep the others open */
  reinspectFindings: Inspection;
  /** Removes evidence of a DRAFT self-assessment */
  removeParEvidence: Scalars['Boolean']['output'];
  /** ACCEPTED → RETURNED with a comment */
  reopenAgencyReport: AgencyReport;
  /** APPROVED → RETURNED with a reason, so the agency can correct it */
  reopenMeasurement: Measurement;
  /** Takes an assessment one step back, with a reason */
  reopenParAssessment: ParAssessment;
  /** Also signs the user out everywhere */
  resetUserPassword: User;
  /** SUBMITTED → ACCEPTED, or RETURNED with a comment */
  reviewAgencyReport: AgencyReport;
  /** SUBMITTED → APPROVED (locked) or RETURNED (with a comment) */
  reviewMeasurement: Measurement;
  revokeApiKey: ApiKey;
  /** Runs the daily reminder scan now (idempotent); today defaults to today in Vietnam */
  runReminderScan: ReminderScanResult;
  /** Saves some of the council's first-round points, a reason wherever they differ from the self-score */
  saveParAppraisal: ParAssessment;
  /** Saves the council's answers to the agency's explanations */
  saveParReappraisal: ParAssessment;
  /** Saves some of the agency's own scores (tự chấm) of a DRAFT */
  saveParSelfScores: ParAssessment;
  /** Month of the visit and the team (leader first) */
  scheduleInspection: Inspection;
  /** Sends the first appraisal to the agency, every item appraised; it may then explain differences */
  sendParAppraisal: ParAssessment;
  /** Confirm a draft (ACTIVE), archive, or send back to DRAFT */
  setIndicatorState: Indicator;
  /** Replaces the level, agency and period overrides of the target */
  setIndicatorTargets: Indicator;
  /** A muted kind is neither shown nor emailed to you */
  setNotificationMuted: NotificationSetting;
  /** Names the appraisal council (hội đồng thẩm định) of a cycle */
  setParCouncil: ParCycle;
  /** Records whether the satisfaction surveys were held (without them the index is scaled to 100) */
  setParSurveyHeld: ParCycle;
  /** Freezes the data sections; late when after the due date */
  submitAgencyReport: AgencyReport;
  /** DRAFT/RETURNED → SUBMITTED, all or nothing */
  submitMeasurements: Array<Measurement>;
  /** Sends the agency's explanations of the appraisal's differences (none: it accepts them) */
  submitParExplanations: ParAssessment;
  /** Sends the self-assessment, every self-scored item scored */
  submitParSelfAssessment: ParAssessment;
  /** Undoes a whole batch while nothing later depends on it */
  undoReorganisation: AgencyReorganisation;
  updateAgency: Agency;
  updateAgencyGroup: AgencyGroup;
  /** Narrative, number and signer; only while DRAFT or RETURNED */
  updateAgencyReport: AgencyReport;
  updateConsolidatedReport: ConsolidatedReport;
  updateIndicator: Indicator;
  /** One item's result, note and evidence links */
  updateInspectionChecklistItem: InspectionChecklistItem;
  updateParCriterion: ParCriterion;
  /** Name, decision, total and bands of a DRAFT framework */
  updateParFramework: ParFramework;
  updatePlan: Plan;
  updatePlanItem: PlanItem;
  /** Title, period, rule, status; the questions (replaced as a whole) only while a DRAFT */
  updateSurvey: Survey;
  updateUser: User;
};


export type MutationAddParEvidenceLinkArgs = {
  input: AddParEvidenceLinkInput;
};


export type MutationAddParEvidenceRecordArgs = {
  input: AddParEvidenceRecordInput;
};


export type MutationAdjustInspectionPlanArgs = {
  input: AdjustInspectionPlanInput;
};


export type MutationApplyParSurveyResultsArgs = {
  input: ApplyParSurveyResultsInput;
};


export type MutationApplyReorganisationArgs = {
  input: ReorganisationInput;
};


export type MutationApproveInspectionPlanArgs = {
  input: VersionedInput;
};


export type MutationAssignParResponsibilitiesArgs = {
  input: AssignParResponsibilitiesInput;
};


export type MutationBuildInspectionChecklistArgs = {
  input: BuildInspectionChecklistInput;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationCopyParFrameworkArgs = {
  input: CopyParFrameworkInput;
};


export type MutationCopyPlanToYearArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  planId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type MutationCreateAgencyArgs = {
  input: CreateAgencyInput;
};


export type MutationCreateAgencyGroupArgs = {
  input: CreateAgencyGroupInput;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateIndicatorArgs = {
  input: CreateIndicatorInput;
};


export type MutationCreateParCriterionArgs = {
  input: CreateParCriterionInput;
};


export type MutationCreateParFrameworkArgs = {
  input: CreateParFrameworkInput;
};


export type MutationCreateParImprovementTasksArgs = {
  input: CreateParImprovementTasksInput;
};


export type MutationCreatePlanArgs = {
  input: CreatePlanInput;
};


export type MutationCreatePlanItemArgs = {
  input: CreatePlanItemInput;
};


export type MutationCreateSurveyArgs = {
  input: CreateSurveyInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDeactivateAgencyArgs = {
  input: DeactivateAgencyInput;
};


export type MutationDeactivateUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteAgencyGroupArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteParCriterionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteParFrameworkArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeletePlanItemArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteReportAttachmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeriveAgencyPlanArgs = {
  agencyId: Scalars['ID']['input'];
  planId: Scalars['ID']['input'];
};


export type MutationExtendParDeadlineArgs = {
  input: ExtendParDeadlineInput;
};


export type MutationFinaliseConsolidatedReportArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationFinaliseParAssessmentArgs = {
  input: FinaliseParAssessmentInput;
};


export type MutationGenerateConsolidatedReportArgs = {
  redraw?: Scalars['Boolean']['input'];
  roundId: Scalars['ID']['input'];
};


export type MutationImportAgenciesArgs = {
  input: ImportAgenciesInput;
};


export type MutationImportMeasurementsArgs = {
  input: ImportMeasurementsInput;
};


export type MutationImportParFrameworkArgs = {
  input: ImportParFrameworkInput;
};


export type MutationImportParNationalPointsArgs = {
  input: ImportParNationalPointsInput;
};


export type MutationImportParSurveyPointsArgs = {
  input: ImportParSurveyPointsInput;
};


export type MutationImportPlanDocumentArgs = {
  input: ImportPlanDocumentInput;
};


export type MutationImportSurveyResultsArgs = {
  input: ImportSurveyResultsInput;
};


export type MutationLockParFrameworkArgs = {
  input: LockParFrameworkInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationLogoutArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationMarkNotificationsReadArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationMergeAgenciesArgs = {
  input: MergeAgenciesInput;
};


export type MutationMoveAgencyArgs = {
  input: MoveAgencyInput;
};


export type MutationOpenParCycleArgs = {
  input: OpenParCycleInput;
};


export type MutationOpenReportingRoundArgs = {
  input: OpenReportingRoundInput;
};


export type MutationPostTaskUpdateArgs = {
  input: PostTaskUpdateInput;
};


export type MutationPreviewReorganisationArgs = {
  input: ReorganisationInput;
};


export type MutationProposeInspectionsArgs = {
  input: ProposeInspectionsInput;
};


export type MutationPublishParCycleArgs = {
  input: PublishParCycleInput;
};


export type MutationReactivateUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReassignUsersArgs = {
  input: ReassignUsersInput;
};


export type MutationRecordInspectionCoverageArgs = {
  input: RecordInspectionCoverageInput;
};


export type MutationRecordInspectionFindingsArgs = {
  input: RecordInspectionFindingsInput;
};


export type MutationRecordMeasurementArgs = {
  input: RecordMeasurementInput;
};


export type MutationRecordParNationalAppraisalArgs = {
  input: RecordParNationalAppraisalInput;
};


export type MutationRecordSurveyMeasurementsArgs = {
  input: RecordSurveyMeasurementsInput;
};


export type MutationRefreshTokenArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationReinspectFindingsArgs = {
  input: ReinspectInput;
};


export type MutationRemoveParEvidenceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReopenAgencyReportArgs = {
  comment: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationReopenMeasurementArgs = {
  input: ReopenMeasurementInput;
};


export type MutationReopenParAssessmentArgs = {
  input: ReopenParAssessmentInput;
};


export type MutationResetUserPasswordArgs = {
  input: ResetUserPasswordInput;
};


export type MutationReviewAgencyReportArgs = {
  input: ReviewAgencyReportInput;
};


export type MutationReviewMeasurementArgs = {
  input: ReviewMeasurementInput;
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRunReminderScanArgs = {
  today?: InputMaybe<Scalars['LocalDate']['input']>;
};


export type MutationSaveParAppraisalArgs = {
  input: SaveParAppraisalInput;
};


export type MutationSaveParReappraisalArgs = {
  input: SaveParReappraisalInput;
};


export type MutationSaveParSelfScoresArgs = {
  input: SaveParSelfScoresInput;
};


export type MutationScheduleInspectionArgs = {
  input: ScheduleInspectionInput;
};


export type MutationSendParAppraisalArgs = {
  input: SendParAppraisalInput;
};


export type MutationSetIndicatorStateArgs = {
  input: SetIndicatorStateInput;
};


export type MutationSetIndicatorTargetsArgs = {
  input: SetIndicatorTargetsInput;
};


export type MutationSetNotificationMutedArgs = {
  kind: NotificationKind;
  muted: Scalars['Boolean']['input'];
};


export type MutationSetParCouncilArgs = {
  input: SetParCouncilInput;
};


export type MutationSetParSurveyHeldArgs = {
  input: SetParSurveyHeldInput;
};


export type MutationSubmitAgencyReportArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationSubmitMeasurementsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationSubmitParExplanationsArgs = {
  input: SubmitParExplanationsInput;
};


export type MutationSubmitParSelfAssessmentArgs = {
  input: SubmitParSelfAssessmentInput;
};


export type MutationUndoReorganisationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateAgencyArgs = {
  input: UpdateAgencyInput;
};


export type MutationUpdateAgencyGroupArgs = {
  input: UpdateAgencyGroupInput;
};


export type MutationUpdateAgencyReportArgs = {
  input: UpdateAgencyReportInput;
};


export type MutationUpdateConsolidatedReportArgs = {
  input: UpdateConsolidatedReportInput;
};


export type MutationUpdateIndicatorArgs = {
  input: UpdateIndicatorInput;
};


export type MutationUpdateInspectionChecklistItemArgs = {
  input: UpdateInspectionChecklistItemInput;
};


export type MutationUpdateParCriterionArgs = {
  input: UpdateParCriterionInput;
};


export type MutationUpdateParFrameworkArgs = {
  input: UpdateParFrameworkInput;
};


export type MutationUpdatePlanArgs = {
  input: UpdatePlanInput;
};


export type MutationUpdatePlanItemArgs = {
  input: UpdatePlanItemInput;
};


export type MutationUpdateSurveyArgs = {
  input: UpdateSurveyInput;
};


export type MutationUpdateUserArgs = {
  input: UpdateUserInput;
};

export type NewPlanInput = {
  code: Scalars['String']['input'];
  ownerAgencyId: Scalars['ID']['input'];
  /** Default: the document title */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Default: the year in the document title */
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type Notification = {
  __typename?: 'Notification';
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  entityId: Maybe<Scalars['ID']['output']>;
  /** AgencyReport or PlanItem */
  entityType: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  /** Path in the web app, e.g. /reports/<id> or /tasks/<id> */
  link: Maybe<Scalars['String']['output']>;
  readAt: Maybe<Scalars['DateTime']['output']>;
  title: Scalars['String']['output'];
};

export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  edges: Array<NotificationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  cursor: Scalars['String']['output'];
  node: Notification;
};

export enum NotificationKind {
  InspectionScheduled = 'INSPECTION_SCHEDULED',
  ReportAccepted = 'REPORT_ACCEPTED',
  ReportDueSoon = 'REPORT_DUE_SOON',
  ReportDueToday = 'REPORT_DUE_TODAY',
  ReportEscalated = 'REPORT_ESCALATED',
  ReportOverdue = 'REPORT_OVERDUE',
  ReportReturned = 'REPORT_RETURNED',
  ReportSubmitted = 'REPORT_SUBMITTED',
  TaskDueSoon = 'TASK_DUE_SOON',
  TaskDueToday = 'TASK_DUE_TODAY',
  TaskEscalated = 'TASK_ESCALATED',
  TaskOverdue = 'TASK_OVERDUE'
}

export type NotificationKindCount = {
  __typename?: 'NotificationKindCount';
  count: Scalars['Int']['output'];
  kind: NotificationKind;
};

/** Whether the caller receives a kind of notification (in the app and by email) */
export type NotificationSetting = {
  __typename?: 'NotificationSetting';
  kind: NotificationKind;
  muted: Scalars['Boolean']['output'];
};

export type OpenParCycleInput = {
  /** The council's target for its first appraisals (default: 30 days after the self-assessment) */
  appraisalDue?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Users of the appraisal council; may be set later */
  councilUserIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Days to explain, from the appraisal being sent */
  explanationDays?: Scalars['Int']['input'];
  /** One framework of the year per target group; DRAFTs are locked */
  frameworkIds: Array<Scalars['ID']['input']>;
  /** e.g. "Chỉ số CCHC năm 2022" */
  name: Scalars['String']['input'];
  /** Root agency of the province; default the caller's */
  provinceId?: InputMaybe<Scalars['ID']['input']>;
  /** Default: 30 days after the appraisal */
  publicationDue?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Last day agencies may score themselves */
  selfAssessmentDue: Scalars['LocalDate']['input'];
  /** Whether the satisfaction surveys are held (may be changed later) */
  surveyHeld?: Scalars['Boolean']['input'];
  year: Scalars['Int']['input'];
};

export type OpenReportingRoundInput = {
  /** Ad hoc rounds: data window start */
  dataFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Ad hoc rounds: data window end */
  dataTo?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Ad hoc rounds: due date for every level */
  dueDate?: InputMaybe<Scalars['LocalDate']['input']>;
  kind: ReportRoundKind;
  /** Default: PROVINCE, DISTRICT, COMMUNE */
  levels?: InputMaybe<Array<AgencyLevel>>;
  /** Ad hoc rounds: period reported, e.g. 2022-H1 */
  period?: InputMaybe<Scalars['String']['input']>;
  /** Default: the caller's province */
  provinceId?: InputMaybe<Scalars['ID']['input']>;
  /** Ad hoc rounds: title */
  title?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type ParAppraisalScoreInput = {
  criterionId: Scalars['ID']['input'];
  /** null clears the appraisal of the item */
  points?: InputMaybe<Scalars['Float']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type ParAppraisalSummary = {
  __typename?: 'ParAppraisalSummary';
  /** Explanations the council answered */
  answered: Scalars['Int']['output'];
  appraised: Scalars['Int']['output'];
  /** Items the agency scored whose appraisal differs from its score */
  differences: Scalars['Int']['output'];
  /** Differences the agency explained */
  explained: Scalars['Int']['output'];
  /** Final points (second appraisal, else first), bonus added, penalty subtracted */
  points: Scalars['Float']['output'];
  /** Items the council appraises (all but survey items) */
  toAppraise: Scalars['Int']['output'];
};

export type ParAssessment = {
  __typename?: 'ParAssessment';
  agency: Maybe<Agency>;
  agencyId: Scalars['ID']['output'];
  appraisalSummary: ParAppraisalSummary;
  appraisedAt: Maybe<Scalars['DateTime']['output']>;
  /** The phase the deadline job closed, when the agency did not send it itself */
  closedByDeadline: Maybe<ParDeadlinePhase>;
  createdAt: Scalars['DateTime']['output'];
  cycle: Maybe<ParCycle>;
  cycleId: Scalars['ID']['output'];
  /** Evidence of every item, oldest first */
  evidence: Array<ParEvidence>;
  explainedAt: Maybe<Scalars['DateTime']['output']>;
  /** Last day to explain differences (set when the appraisal is sent; extensible) */
  explanationDue: Maybe<Scalars['LocalDate']['output']>;
  finalisedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who finalised it */
  finalisedByLabel: Maybe<Scalars['String']['output']>;
  framework: Maybe<ParFramework>;
  frameworkId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** Submitted after the self-assessment was due */
  late: Scalars['Boolean']['output'];
  /** Who answers for which items (national assessment) */
  responsibilities: Array<ParResponsibility>;
  /** The scores entered so far */
  scores: Array<ParScore>;
  /** The agency's last day to score itself: its extension, else the cycle's */
  selfAssessmentDeadline: Scalars['LocalDate']['output'];
  /** This agency's extended self-assessment deadline; null: the cycle's */
  selfAssessmentDue: Maybe<Scalars['LocalDate']['output']>;
  selfSummary: ParSelfSummary;
  status: ParAssessmentStatus;
  submittedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who submitted it */
  submittedByLabel: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version: send it back with updates */
  version: Scalars['Int']['output'];
};

export type ParAssessmentConnection = {
  __typename?: 'ParAssessmentConnection';
  edges: Array<ParAssessmentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ParAssessmentEdge = {
  __typename?: 'ParAssessmentEdge';
  cursor: Scalars['String']['output'];
  node: ParAssessment;
};

export { ParAssessmentStatus };

export type ParAtRiskRow = {
  __typename?: 'ParAtRiskRow';
  agency: Maybe<Agency>;
  agencyId: Scalars['ID']['output'];
  assessmentId: Scalars['ID']['output'];
  index: Scalars['Float']['output'];
  /** Reports due and not sent on time */
  lateReports: Scalars['Int']['output'];
  /** Lead tasks due and not done on time */
  lateTasks: Scalars['Int']['output'];
  pointsAtRisk: Scalars['Float']['output'];
};

export type ParBand = {
  __typename?: 'ParBand';
  code: Scalars['String']['output'];
  label: Scalars['String']['output'];
  minIndex: Scalars['Float']['output'];
};

export type ParBandInput = {
  code: Scalars['String']['input'];
  /** e.g. "Tốt", "Nhóm A" */
  label: Scalars['String']['input'];
  /** Lowest index of the band, 0 to 100 */
  minIndex: Scalars['Float']['input'];
};

export type ParCouncilMember = {
  __typename?: 'ParCouncilMember';
  active: Scalars['Boolean']['output'];
  agencyId: Maybe<Scalars['ID']['output']>;
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

export type ParCriterion = {
  __typename?: 'ParCriterion';
  /** e.g. "1", "1.2", "1.2.3"; unique in the framework */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** How a DATA leaf reads the records; null: appraised */
  dataRule: Maybe<ParDataRule>;
  /** Scoring it without evidence needs a written reason */
  evidenceRequired: Scalars['Boolean']['output'];
  frameworkId: Scalars['ID']['output'];
  /** How to score it and which evidence to attach */
  guidance: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  level: ParCriterionLevel;
  maxPoints: Scalars['Float']['output'];
  /** Set on leaves; null on items with children */
  method: Maybe<ParScoringMethod>;
  parentId: Maybe<Scalars['ID']['output']>;
  /** Order among its siblings */
  position: Scalars['Int']['output'];
  /** The choices of a MANUAL leaf */
  scale: Maybe<Array<ParScaleOption>>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version: send it back with updates */
  version: Scalars['Int']['output'];
};

export { ParCriterionLevel };

export type ParCycle = {
  __typename?: 'ParCycle';
  /** The council's target for its first appraisals */
  appraisalDue: Scalars['LocalDate']['output'];
  /** The council, its lead first */
  council: Array<ParCouncilMember>;
  /** Users of the appraisal council (hội đồng thẩm định) */
  councilUserIds: Array<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Days an agency has to explain, counted from the appraisal being sent */
  explanationDays: Scalars['Int']['output'];
  /** The frameworks scored with, one per target group */
  frameworkIds: Array<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Root agency of the province */
  provinceId: Scalars['ID']['output'];
  /** When the results are to be published */
  publicationDue: Scalars['LocalDate']['output'];
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  publishedByLabel: Maybe<Scalars['String']['output']>;
  /** Last day agencies may score themselves (inclusive) */
  selfAssessmentDue: Scalars['LocalDate']['output'];
  status: ParCycleStatus;
  /** How many of the cycle's assessments are at each step (every step, zeros too) */
  statusCounts: Array<ParStatusCount>;
  /** Whether the satisfaction surveys were held this year; without them the SURVEY items leave the maximum and the rest is scaled to 100 */
  surveyHeld: Scalars['Boolean']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version: send it back with updates */
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type ParCycleConnection = {
  __typename?: 'ParCycleConnection';
  edges: Array<ParCycleEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ParCycleEdge = {
  __typename?: 'ParCycleEdge';
  cursor: Scalars['String']['output'];
  node: ParCycle;
};

export { ParCycleStatus };

export type ParDataRule = {
  __typename?: 'ParDataRule';
  /** Tasks only: the reform area of the plans ("I" … "VII") */
  areaCode: Maybe<Scalars['String']['output']>;
  /** INDICATOR_TARGET only, required there: the indicator's code in the plans of the framework's year */
  indicatorCode: Maybe<Scalars['String']['output']>;
  source: ParDataSource;
  /** e.g. 100 % → 1, 80 % → 0.5; below every one: 0 */
  thresholds: Array<ParThreshold>;
};

export type ParDataRuleInput = {
  /** Tasks only: the reform area of the plans ("I" … "VII") */
  areaCode?: InputMaybe<Scalars['String']['input']>;
  /** INDICATOR_TARGET only, required there: the indicator's code in the plans of the framework's year */
  indicatorCode?: InputMaybe<Scalars['String']['input']>;
  source: ParDataSource;
  /** e.g. 100 % → 1, 80 % → 0.5; below every one: 0 */
  thresholds: Array<ParThresholdInput>;
};

export { ParDataSource };

export { ParDeadlinePhase };

export type ParEvidence = {
  __typename?: 'ParEvidence';
  addedBy: Maybe<Scalars['String']['output']>;
  assessmentId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  criterionId: Scalars['ID']['output'];
  /** Download path of a FILE (GET with the same Authorization header) */
  downloadUrl: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: ParEvidenceKind;
  /** File name, record label as cited, or the title of a link */
  label: Scalars['String']['output'];
  mimeType: Maybe<Scalars['String']['output']>;
  recordId: Maybe<Scalars['ID']['output']>;
  recordType: Maybe<ParEvidenceRecordType>;
  /** Bytes (FILE) */
  size: Maybe<Scalars['Int']['output']>;
  /** The link (URL evidence) */
  url: Maybe<Scalars['String']['output']>;
};

export type ParEvidenceCandidate = {
  __typename?: 'ParEvidenceCandidate';
  /** When the record was last written; newest first */
  date: Maybe<Scalars['DateTime']['output']>;
  /** The label the evidence will carry: task code and title, report period, indicator… */
  label: Scalars['String']['output'];
  recordId: Scalars['ID']['output'];
  recordType: ParEvidenceRecordType;
};

export { ParEvidenceKind };

export { ParEvidenceRecordType };

export type ParExplanationInput = {
  criterionId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

export type ParFramework = {
  __typename?: 'ParFramework';
  /** Ranking bands, highest first */
  bands: Array<ParBand>;
  /** The framework this one was copied from */
  copiedFromId: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Areas, criteria and sub-criteria in tree order (depth first, siblings by position) */
  criteria: Array<ParCriterion>;
  /** The decision that issued it, e.g. 3463/QĐ-UBND */
  decisionNumber: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** A sample shipped with partrack (bộ tiêu chí mẫu), not an official framework */
  isSample: Scalars['Boolean']['output'];
  lockedAt: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** What keeps it from being locked; empty when it adds up */
  problems: Array<ParFrameworkProblem>;
  /** Root agency of the province */
  provinceId: Scalars['ID']['output'];
  /** 1 for the first framework of a year and group; a corrected copy is the next */
  revision: Scalars['Int']['output'];
  /** What the scored items add up to (bonus and penalty aside) */
  scoredMaximum: Scalars['Float']['output'];
  status: ParFrameworkStatus;
  targetGroup: ParTargetGroup;
  /** Maximum points the index divides by, bonus and penalty aside; usually 100 */
  totalPoints: Scalars['Float']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version: send it back with updates */
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type ParFrameworkConnection = {
  __typename?: 'ParFrameworkConnection';
  edges: Array<ParFrameworkEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ParFrameworkEdge = {
  __typename?: 'ParFrameworkEdge';
  cursor: Scalars['String']['output'];
  node: ParFramework;
};

export type ParFrameworkFilter = {
  targetGroup?: InputMaybe<ParTargetGroup>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type ParFrameworkImportProblem = {
  __typename?: 'ParFrameworkImportProblem';
  /** e.g. parXlsx.childrenDoNotAddUp */
  code: Scalars['String']['output'];
  /** Column letter */
  column: Maybe<Scalars['String']['output']>;
  /** Excel row */
  line: Maybe<Scalars['Int']['output']>;
  message: Scalars['String']['output'];
  /** Sheet name; empty for the file as a whole */
  sheet: Scalars['String']['output'];
};

export type ParFrameworkImportResult = {
  __typename?: 'ParFrameworkImportResult';
  /** True when written: not a dry run and no problem at all */
  applied: Scalars['Boolean']['output'];
  dryRun: Scalars['Boolean']['output'];
  /** The new DRAFT framework, once applied */
  framework: Maybe<ParFramework>;
  /** Items read (areas, criteria, sub-criteria) */
  items: Scalars['Int']['output'];
  problems: Array<ParFrameworkImportProblem>;
  totalPoints: Maybe<Scalars['Float']['output']>;
};

export type ParFrameworkProblem = {
  __typename?: 'ParFrameworkProblem';
  /** Code of the item concerned; null for the whole framework */
  code: Maybe<Scalars['String']['output']>;
  /** e.g. childrenDoNotAddUp, totalDoesNotAddUp, scale */
  kind: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export { ParFrameworkStatus };

export type ParIndicatorFigure = {
  __typename?: 'ParIndicatorFigure';
  code: Scalars['String']['output'];
  direction: IndicatorDirection;
  /** What the figure is held to: the target, pro-rated for a running cumulative figure */
  expected: Scalars['Float']['output'];
  indicatorId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The period read: the latest of the year, started by the day, with a figure */
  period: Scalars['String']['output'];
  /** The target for the agency and period (agency, level or plan-wide) */
  target: Scalars['Float']['output'];
  unit: IndicatorUnit;
  /** The agency's figure (its subtree's, submitted or approved); null: none yet, 0 % */
  value: Maybe<Scalars['Float']['output']>;
};

export type ParLostRecord = {
  __typename?: 'ParLostRecord';
  /** Done or sent, when late */
  doneOn: Maybe<Scalars['LocalDate']['output']>;
  dueDate: Scalars['LocalDate']['output'];
  /** Points the item would gain were this one record on time */
  gain: Scalars['Float']['output'];
  /** Task code and title, or the report round */
  label: Scalars['String']['output'];
  recordId: Scalars['ID']['output'];
  recordType: ParEvidenceRecordType;
};

export type ParNationalImportProblem = {
  __typename?: 'ParNationalImportProblem';
  /** e.g. parNational.aboveMaximum */
  code: Scalars['String']['output'];
  /** Column letter */
  column: Maybe<Scalars['String']['output']>;
  /** Excel row; null for the file as a whole or an item missing from it */
  line: Maybe<Scalars['Int']['output']>;
  message: Scalars['String']['output'];
};

export type ParNationalImportResult = {
  __typename?: 'ParNationalImportResult';
  /** True when recorded (and the assessment finalised): not a dry run and no problem at all */
  applied: Scalars['Boolean']['output'];
  /** The finalised assessment, once applied */
  assessment: Maybe<ParAssessment>;
  dryRun: Scalars['Boolean']['output'];
  problems: Array<ParNationalImportProblem>;
  /** Every scored item with its points, when the file has no problem */
  rows: Array<ParNationalImportRow>;
};

export type ParNationalImportRow = {
  __typename?: 'ParNationalImportRow';
  /** The item's code */
  code: Scalars['String']['output'];
  /** Excel row */
  line: Scalars['Int']['output'];
  maxPoints: Scalars['Float']['output'];
  /** The Ministry's points */
  points: Scalars['Float']['output'];
  /** The Ministry's remark */
  reason: Maybe<Scalars['String']['output']>;
  /** The province's own score */
  selfPoints: Maybe<Scalars['Float']['output']>;
  title: Scalars['String']['output'];
};

export type ParNationalScoreInput = {
  criterionId: Scalars['ID']['input'];
  points: Scalars['Float']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type ParProvisionalItem = {
  __typename?: 'ParProvisionalItem';
  /** COMPUTED: maximum − points; 0 otherwise */
  atRisk: Scalars['Float']['output'];
  code: Scalars['String']['output'];
  criterionId: Scalars['ID']['output'];
  /** COMPUTED: records due */
  due: Maybe<Scalars['Int']['output']>;
  /** COMPUTED from an indicator: the figure behind the points */
  indicator: Maybe<ParIndicatorFigure>;
  maxPoints: Scalars['Float']['output'];
  method: ParScoringMethod;
  /** COMPUTED: of which on time */
  onTime: Maybe<Scalars['Int']['output']>;
  points: Scalars['Float']['output'];
  /** COMPUTED: the records behind the lost points */
  records: Array<ParLostRecord>;
  /** COMPUTED: the on-time share read, or the indicator's attainment, in percent */
  share: Maybe<Scalars['Float']['output']>;
  source: ParProvisionalSource;
  title: Scalars['String']['output'];
};

export type ParProvisionalScore = {
  __typename?: 'ParProvisionalScore';
  /** Records are read as of this day (today, or the year end) */
  asOf: Scalars['LocalDate']['output'];
  /** PAR Index 0–100, two decimals */
  index: Scalars['Float']['output'];
  items: Array<ParProvisionalItem>;
  maxPoints: Scalars['Float']['output'];
  points: Scalars['Float']['output'];
  /** Points DATA items lose today */
  pointsAtRisk: Scalars['Float']['output'];
};

export { ParProvisionalSource };

export type ParRankingArea = {
  __typename?: 'ParRankingArea';
  /** The area's code, e.g. "1" */
  code: Scalars['String']['output'];
  /** points ÷ maxPoints × 100, two decimals */
  index: Scalars['Float']['output'];
  /** Sum of the maxima of its scored items */
  maxPoints: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  /** Points of its scored items (bonus and penalty aside) */
  points: Scalars['Float']['output'];
};

export type ParRankingRow = {
  __typename?: 'ParRankingRow';
  agency: Maybe<Agency>;
  agencyId: Scalars['ID']['output'];
  /** Component indices, in framework order */
  areas: Array<ParRankingArea>;
  assessmentId: Scalars['ID']['output'];
  /** The framework's band the index reaches */
  band: Maybe<ParBand>;
  bonus: Scalars['Float']['output'];
  /** The council has finalised it: its index no longer changes */
  finalised: Scalars['Boolean']['output'];
  /** (points + bonus − penalty) ÷ maxPoints × 100, within [0, 100] */
  index: Scalars['Float']['output'];
  /** What the index divides by: the scored items' maxima */
  maxPoints: Scalars['Float']['output'];
  penalty: Scalars['Float']['output'];
  /** Final points of the scored items (the appraisal, else 0) */
  points: Scalars['Float']['output'];
  /** The agency's index in the province's cycle of the year before; null without one */
  previousIndex: Maybe<Scalars['Float']['output']>;
  /** In its target group; equal indices share a rank and the next skips */
  rank: Scalars['Int']['output'];
  status: ParAssessmentStatus;
  targetGroup: ParTargetGroup;
};

export type ParReappraisalInput = {
  answer: Scalars['String']['input'];
  criterionId: Scalars['ID']['input'];
  points: Scalars['Float']['input'];
};

export type ParResponsibility = {
  __typename?: 'ParResponsibility';
  agency: Maybe<Agency>;
  agencyId: Scalars['ID']['output'];
  assessmentId: Scalars['ID']['output'];
  criterionId: Scalars['ID']['output'];
};

export type ParResponsibilityInput = {
  /** The agency answering for it; null removes the assignment */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  /** An item of the framework; it covers the items below it */
  criterionId: Scalars['ID']['input'];
};

export type ParScaleOption = {
  __typename?: 'ParScaleOption';
  label: Scalars['String']['output'];
  points: Scalars['Float']['output'];
};

export type ParScaleOptionInput = {
  /** e.g. "Hoàn thành 100% kế hoạch" */
  label: Scalars['String']['input'];
  points: Scalars['Float']['input'];
};

export type ParScore = {
  __typename?: 'ParScore';
  /** Required when the appraisal differs from the self-score */
  appraisalReason: Maybe<Scalars['String']['output']>;
  /** The council's points (điểm thẩm định) */
  appraisedPoints: Maybe<Scalars['Float']['output']>;
  assessmentId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  criterionId: Scalars['ID']['output'];
  /** The agency's explanation (giải trình) */
  explanation: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Why an item that requires evidence is scored without any */
  noEvidenceReason: Maybe<Scalars['String']['output']>;
  /** The council's answer to the explanation */
  reappraisalAnswer: Maybe<Scalars['String']['output']>;
  /** The council's second appraisal, answering the explanation */
  reappraisedPoints: Maybe<Scalars['Float']['output']>;
  /** How the agency explains its points */
  selfNote: Maybe<Scalars['String']['output']>;
  /** The agency's own points (tự chấm) */
  selfPoints: Maybe<Scalars['Float']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version: send it back with updates */
  version: Scalars['Int']['output'];
};

export { ParScoringMethod };

export type ParSelfScoreInput = {
  criterionId: Scalars['ID']['input'];
  /** Why an item that requires evidence has none (replaced with the score, like the note) */
  noEvidenceReason?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** null clears the score */
  points?: InputMaybe<Scalars['Float']['input']>;
};

export type ParSelfSummary = {
  __typename?: 'ParSelfSummary';
  scored: Scalars['Int']['output'];
  /** Its own points on MANUAL items, bonus added and penalty subtracted */
  selfPoints: Scalars['Float']['output'];
  /** Items the agency scores itself (MANUAL, bonus, penalty) */
  toScore: Scalars['Int']['output'];
};

export type ParStatusCount = {
  __typename?: 'ParStatusCount';
  count: Scalars['Int']['output'];
  status: ParAssessmentStatus;
  /** The group: publication waits for all but the province's own national assessment (PROVINCE) */
  targetGroup: ParTargetGroup;
};

export type ParSurveyImportProblem = {
  __typename?: 'ParSurveyImportProblem';
  /** e.g. parSurvey.unknownAgency */
  code: Scalars['String']['output'];
  /** Column letter */
  column: Maybe<Scalars['String']['output']>;
  /** Excel row; null for the file as a whole */
  line: Maybe<Scalars['Int']['output']>;
  message: Scalars['String']['output'];
};

export type ParSurveyImportResult = {
  __typename?: 'ParSurveyImportResult';
  /** True when written: not a dry run and no problem at all */
  applied: Scalars['Boolean']['output'];
  /** Items whose points the file sets or changes */
  changed: Scalars['Int']['output'];
  dryRun: Scalars['Boolean']['output'];
  problems: Array<ParSurveyImportProblem>;
  /** Rows read: an agency, an item and a valid rate */
  rows: Scalars['Int']['output'];
  /** Rows left without a rate, not imported */
  skipped: Scalars['Int']['output'];
  /** Items that already have these points */
  unchanged: Scalars['Int']['output'];
};

export type ParSurveySourceInput = {
  /** The code of a SURVEY item, e.g. "8.1" (every framework of the cycle that has it) */
  criterionCode: Scalars['String']['input'];
  /** The survey whose satisfaction of each agency gives the item's points */
  surveyId: Scalars['ID']['input'];
};

export { ParTargetGroup };

export type ParThreshold = {
  __typename?: 'ParThreshold';
  atLeast: Scalars['Float']['output'];
  points: Scalars['Float']['output'];
};

export type ParThresholdInput = {
  atLeast: Scalars['Float']['input'];
  points: Scalars['Float']['input'];
};

export type Plan = {
  __typename?: 'Plan';
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  decisionDate: Maybe<Scalars['LocalDate']['output']>;
  /** Issuing decision number, e.g. 3590/QĐ-UBND */
  decisionNumber: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Every item in document order; build the tree from parentId */
  items: Array<PlanItem>;
  ownerAgency: Agency;
  /** Agency whose plan this is; scope of the plan */
  ownerAgencyId: Scalars['ID']['output'];
  parentPlan: Maybe<Plan>;
  /** The plan this one was derived from */
  parentPlanId: Maybe<Scalars['ID']['output']>;
  signerAgency: Maybe<Agency>;
  /** Agency that signed the decision */
  signerAgencyId: Maybe<Scalars['ID']['output']>;
  status: PlanStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version: send it back with updates */
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type PlanConnection = {
  __typename?: 'PlanConnection';
  edges: Array<PlanEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** TEXT: the plan as plain text (copied from the PDF or Word file) */
export enum PlanDocumentFormat {
  Docx = 'DOCX',
  Text = 'TEXT',
  Xlsx = 'XLSX'
}

export type PlanDocumentSummary = {
  __typename?: 'PlanDocumentSummary';
  activities: Scalars['Int']['output'];
  decisionDate: Maybe<Scalars['LocalDate']['output']>;
  decisionNumber: Maybe<Scalars['String']['output']>;
  issuerText: Maybe<Scalars['String']['output']>;
  projects: Scalars['Int']['output'];
  results: Scalars['Int']['output'];
  tasks: Scalars['Int']['output'];
  title: Maybe<Scalars['String']['output']>;
  year: Maybe<Scalars['Int']['output']>;
};

export type PlanEdge = {
  __typename?: 'PlanEdge';
  cursor: Scalars['String']['output'];
  node: Plan;
};

export type PlanFilter = {
  ownerAgencyId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<PlanStatus>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type PlanImportProblem = {
  __typename?: 'PlanImportProblem';
  /** EMPTY_LEAD, AGENCY_UNRESOLVED, AGENCY_FUZZY, NUMBERING_GAP, … */
  code: Scalars['String']['output'];
  itemCode: Maybe<Scalars['String']['output']>;
  line: Scalars['Int']['output'];
  message: Scalars['String']['output'];
  /** ERROR blocks the import; WARNING does not */
  severity: Scalars['String']['output'];
  /** The text concerned, e.g. an unresolved agency name */
  text: Maybe<Scalars['String']['output']>;
};

export type PlanImportResult = {
  __typename?: 'PlanImportResult';
  /** True when written (not a dry run and no ERROR problems) */
  applied: Scalars['Boolean']['output'];
  created: Scalars['Int']['output'];
  document: PlanDocumentSummary;
  dryRun: Scalars['Boolean']['output'];
  /** Indicator drafts read from Part I; stored as DRAFT indicators on commit when new */
  indicatorDrafts: Array<ImportedIndicatorDraft>;
  /** Computed in memory: priced as one object */
  items: Array<ImportedPlanItem>;
  plan: Maybe<Plan>;
  problems: Array<PlanImportProblem>;
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

export type PlanItem = {
  __typename?: 'PlanItem';
  area: Maybe<ReformArea>;
  areaCode: Maybe<Scalars['String']['output']>;
  /** Lead and coordinating agencies and groups, in document order */
  assignments: Array<PlanItemAgency>;
  /** As numbered in the plan: 1.3, 2.4, 3.6, DA.1 */
  code: Scalars['String']['output'];
  completedOn: Maybe<Scalars['LocalDate']['output']>;
  coordinators: Array<PlanItemAgency>;
  createdAt: Scalars['DateTime']['output'];
  /** Days past due: until completion if done, until today if still open */
  daysLate: Scalars['Int']['output'];
  /** Done after the due date */
  doneLate: Scalars['Boolean']['output'];
  dueDate: Maybe<Scalars['LocalDate']['output']>;
  /** The deadline as written: "Quý II, III", "2022" */
  dueLabel: Maybe<Scalars['String']['output']>;
  evidenceDate: Maybe<Scalars['LocalDate']['output']>;
  evidenceLink: Maybe<Scalars['String']['output']>;
  /** Evidence document number */
  evidenceNumber: Maybe<Scalars['String']['output']>;
  fundingText: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: PlanItemKind;
  leads: Array<PlanItemAgency>;
  /** Past due and not done or cancelled (derived, never stored) */
  overdue: Scalars['Boolean']['output'];
  parent: Maybe<PlanItem>;
  parentId: Maybe<Scalars['ID']['output']>;
  plan: Plan;
  planId: Scalars['ID']['output'];
  /** The product cell as written */
  productText: Maybe<Scalars['String']['output']>;
  productType: Maybe<ProductType>;
  /** 0–100 */
  progress: Scalars['Int']['output'];
  /** Position in the document */
  sortOrder: Scalars['Int']['output'];
  /** Original item, for items of a derived agency plan */
  sourceItemId: Maybe<Scalars['ID']['output']>;
  status: PlanItemStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Newest first; for a derived item, the original’s updates */
  updates: Array<TaskUpdate>;
  /** Optimistic-lock version: send it back with updates */
  version: Scalars['Int']['output'];
};

export type PlanItemAgency = {
  __typename?: 'PlanItemAgency';
  agency: Maybe<Agency>;
  agencyId: Maybe<Scalars['ID']['output']>;
  group: Maybe<AgencyGroup>;
  groupId: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  itemId: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  role: AssignmentRole;
  /** The words of the document this came from */
  sourceText: Maybe<Scalars['String']['output']>;
};

export type PlanItemConnection = {
  __typename?: 'PlanItemConnection';
  edges: Array<PlanItemEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PlanItemEdge = {
  __typename?: 'PlanItemEdge';
  cursor: Scalars['String']['output'];
  node: PlanItem;
};

export { PlanItemKind };

export { PlanItemStatus };

export { PlanStatus };

export type PostTaskUpdateInput = {
  /** Agency the update speaks for; default: your own */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  /** When status becomes DONE; default today */
  completedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  evidence?: InputMaybe<EvidenceInput>;
  itemId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** 0–100; lead agency only */
  progress?: InputMaybe<Scalars['Int']['input']>;
  /** Lead agency only */
  status?: InputMaybe<PlanItemStatus>;
  /** The task version you saw; required to change progress or status */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export { ProductType };

export type ProposeInspectionsInput = {
  /** Whole percent of the communes; default 30 */
  coverageCommune?: InputMaybe<Scalars['Int']['input']>;
  /** Whole percent of the districts; default 30 */
  coverageDistrict?: InputMaybe<Scalars['Int']['input']>;
  /** Whole percent of the departments; default 30 */
  coverageProvince?: InputMaybe<Scalars['Int']['input']>;
  /** Root agency of the province; default the caller's */
  provinceId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};

export type PublishParCycleInput = {
  id: Scalars['ID']['input'];
  /** The version you read; a stale one answers CONFLICT */
  version: Scalars['Int']['input'];
};

export type Query = {
  __typename?: 'Query';
  agencies: AgencyConnection;
  agency: Agency;
  agencyGroup: AgencyGroup;
  agencyGroups: AgencyGroupConnection;
  /** Reorganisations of your province, newest first */
  agencyReorganisations: Array<AgencyReorganisation>;
  agencyReport: AgencyReport;
  /** Agency reports in your scope, by agency name */
  agencyReports: AgencyReportConnection;
  /** A subtree, flat and depth-first, from one SQL query */
  agencyTree: Array<AgencyTreeNode>;
  apiKeys: ApiKeyConnection;
  /** Newest first */
  auditLog: AuditEntryConnection;
  /** Null until generated */
  consolidatedReport: Maybe<ConsolidatedReport>;
  /** Emails written by partrack, newest first; without SMTP they stay STORED here */
  emailOutbox: EmailMessageConnection;
  /** The report in Word (Decree 30 layout) or its Excel appendices */
  exportAgencyReport: ExportedFile;
  /** The province report in Word or its Excel appendices */
  exportConsolidatedReport: ExportedFile;
  /** A framework as XLSX, in the import template layout */
  exportParFramework: ExportedFile;
  /** The plan in the XLSX import template (export → edit → import) */
  exportPlanXlsx: ExportedFile;
  /** The filtered task list as an XLSX workbook (at most 5,000 rows) */
  exportTasksXlsx: ExportedFile;
  indicator: Indicator;
  /** The agency, then each agency directly under it */
  indicatorBreakdown: Array<IndicatorValue>;
  /** Agencies of a level × active indicators of the plan, with value, target and status */
  indicatorScoreboard: IndicatorScoreboard;
  /** The scoreboard as an Excel workbook: numbers coloured by status, a legend sheet */
  indicatorScoreboardXlsx: ExportedFile;
  /** Every period of the indicator's frequency from..to (at most 40) */
  indicatorSeries: Array<IndicatorValue>;
  /** Rolled-up value of an agency subtree for a period */
  indicatorValue: IndicatorValue;
  /** In plan order */
  indicators: IndicatorConnection;
  inspection: Inspection;
  /** Kết luận kiểm tra (DOCX, Decree 30 layout) drafted from a conducted inspection’s findings */
  inspectionConclusionDocx: ExportedFile;
  /** Agencies inspected ÷ agencies to inspect, per level and in total (result 1.14) */
  inspectionCoverage: InspectionCoverageModel;
  /** The decision issuing the plan (DOCX, Decree 30 layout), its annex listing the agencies to inspect */
  inspectionDecisionDocx: ExportedFile;
  inspectionPlan: InspectionPlan;
  /** The province's inspection plans, newest year first */
  inspectionPlans: InspectionPlanConnection;
  /** Active users of the plan's province who may join its teams (by name; 20, at most 50) */
  inspectionTeamCandidates: Array<InspectionTeamMember>;
  /** A plan's inspections by month (unscheduled last) */
  inspections: InspectionConnection;
  /** The logged-in user (API keys have no user) */
  me: User;
  measurement: Measurement;
  /** An agency's entry grid for a period */
  measurementEntries: Array<MeasurementEntry>;
  /** XLSX for bulk entry: one row per reporting agency under the root */
  measurementTemplate: ExportedFile;
  /** Figures in your scope, oldest period first (review queue: statuses [SUBMITTED]) */
  measurements: MeasurementConnection;
  /** Every kind of notification, muted or not */
  myNotificationSettings: Array<NotificationSetting>;
  /** Your notifications, newest first */
  myNotifications: NotificationConnection;
  /** Tasks your agency leads or coordinates, directly or through a group */
  myTasks: PlanItemConnection;
  parAssessment: ParAssessment;
  /** A cycle's assessments, by agency name */
  parAssessments: ParAssessmentConnection;
  /** Active users of the cycle's province who may sit on its council (20 at most, by name) */
  parCouncilCandidates: Array<ParCouncilMember>;
  parCycle: ParCycle;
  /** The province's PAR Index cycles, newest year first */
  parCycles: ParCycleConnection;
  /** Records of the assessment's agency that may be cited, newest first (at most 50) */
  parEvidenceCandidates: Array<ParEvidenceCandidate>;
  parFramework: ParFramework;
  /** The blank XLSX template of a framework, with its guide sheet */
  parFrameworkTemplate: ExportedFile;
  /** The province's PAR Index frameworks, newest year first */
  parFrameworks: ParFrameworkConnection;
  /** The province's self-assessment report for the Ministry (DOCX, Decree 30 layout): totals by area, then every item with its self-score, the agency answering for it, explanation and evidence */
  parNationalReportDocx: ExportedFile;
  /** The Ministry's points template (XLSX) of the province's national assessment: every item, its maximum and self-score */
  parNationalTemplate: ExportedFile;
  /** A cycle's agencies, most points at risk first */
  parPointsAtRisk: Array<ParAtRiskRow>;
  /** An agency's PAR Index as it stands today, with the records behind every lost point */
  parProvisionalScore: ParProvisionalScore;
  /** The decision publishing the cycle's PAR Index (DOCX, Decree 30 layout) with its annex of ranks; number left blank */
  parPublicationDecisionDocx: ExportedFile;
  /** The PAR Index of every assessment of a cycle, ranked within its target group (by group, rank, agency name) */
  parRanking: Array<ParRankingRow>;
  /** The cycle's ranking (XLSX): one sheet per target group with component indices, points, band and change on last year */
  parRankingXlsx: ExportedFile;
  /** One assessment's scorecard (XLSX): every item with self-score, appraisal, explanation, second appraisal and final points; totals and index */
  parScorecardXlsx: ExportedFile;
  /** The cycle's survey points template (XLSX): every assessment's agency with its survey items */
  parSurveyTemplate: ExportedFile;
  plan: Plan;
  planItem: PlanItem;
  /** Newest year first */
  plans: PlanConnection;
  /** The 7 reform areas (I–VII) */
  reformAreas: Array<ReformArea>;
  /** Who should report the indicator for the period, and who has not */
  reportingCoverage: ReportingCoverage;
  /** The Q1, H1, Q3 and YEAR reports of a year: windows and due dates */
  reportingPeriods: Array<ReportingPeriod>;
  reportingRound: ReportingRound;
  /** Rounds of your province, latest due date first */
  reportingRounds: Array<ReportingRound>;
  /** Which agencies or groups a free-text cell names */
  resolveAgencyNames: AgencyNameResolution;
  survey: Survey;
  /** Satisfaction by question, aspect and agency (of one agency when named), with the counts */
  surveyResults: SurveyResults;
  /** The survey's results template (XLSX) in one shape: one row per respondent, or counts by level */
  surveyResultsTemplate: ExportedFile;
  /** Satisfaction per period of the surveys (not DRAFT) of a range of years, with changes in points */
  surveyTrends: SurveyTrends;
  /** The province's satisfaction surveys, newest year first */
  surveys: SurveyConnection;
  /** Counts by status, overdue and average progress, computed in SQL */
  taskStats: Array<TaskStatsRow>;
  /** Tasks and projects (by default) across the plans you may read */
  tasks: PlanItemConnection;
  unreadNotificationCount: Scalars['Int']['output'];
  user: User;
  users: UserConnection;
};


export type QueryAgenciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgencyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAgencyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAgencyGroupArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAgencyGroupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAgencyReorganisationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAgencyReportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAgencyReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgencyReportFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAgencyTreeArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
  rootId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryConsolidatedReportArgs = {
  roundId: Scalars['ID']['input'];
};


export type QueryEmailOutboxArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<EmailStatus>;
};


export type QueryExportAgencyReportArgs = {
  format: ReportFileFormat;
  id: Scalars['ID']['input'];
};


export type QueryExportConsolidatedReportArgs = {
  format: ReportFileFormat;
  id: Scalars['ID']['input'];
};


export type QueryExportParFrameworkArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExportPlanXlsxArgs = {
  planId: Scalars['ID']['input'];
};


export type QueryExportTasksXlsxArgs = {
  filter?: InputMaybe<TaskFilter>;
  orderBy?: InputMaybe<TaskOrder>;
};


export type QueryIndicatorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIndicatorBreakdownArgs = {
  agencyId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  includeUnapproved?: InputMaybe<Scalars['Boolean']['input']>;
  indicatorId: Scalars['ID']['input'];
  period: Scalars['String']['input'];
};


export type QueryIndicatorScoreboardArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  includeUnapproved?: InputMaybe<Scalars['Boolean']['input']>;
  level: AgencyLevel;
  period: Scalars['String']['input'];
  planId: Scalars['ID']['input'];
  rootAgencyId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryIndicatorScoreboardXlsxArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  includeUnapproved?: InputMaybe<Scalars['Boolean']['input']>;
  level: AgencyLevel;
  period: Scalars['String']['input'];
  planId: Scalars['ID']['input'];
  rootAgencyId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryIndicatorSeriesArgs = {
  agencyId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  from: Scalars['String']['input'];
  includeUnapproved?: InputMaybe<Scalars['Boolean']['input']>;
  indicatorId: Scalars['ID']['input'];
  to: Scalars['String']['input'];
};


export type QueryIndicatorValueArgs = {
  agencyId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  includeUnapproved?: InputMaybe<Scalars['Boolean']['input']>;
  indicatorId: Scalars['ID']['input'];
  period: Scalars['String']['input'];
};


export type QueryIndicatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IndicatorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInspectionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInspectionConclusionDocxArgs = {
  inspectionId: Scalars['ID']['input'];
};


export type QueryInspectionCoverageArgs = {
  planId: Scalars['ID']['input'];
};


export type QueryInspectionDecisionDocxArgs = {
  planId: Scalars['ID']['input'];
};


export type QueryInspectionPlanArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInspectionPlansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InspectionPlanFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInspectionTeamCandidatesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  planId: Scalars['ID']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryInspectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  planId: Scalars['ID']['input'];
};


export type QueryMeasurementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMeasurementEntriesArgs = {
  agencyId: Scalars['ID']['input'];
  period: Scalars['String']['input'];
  planId: Scalars['ID']['input'];
};


export type QueryMeasurementTemplateArgs = {
  input: MeasurementTemplateInput;
};


export type QueryMeasurementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MeasurementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryMyTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryParAssessmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryParAssessmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  cycleId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<ParAssessmentStatus>>;
};


export type QueryParCouncilCandidatesArgs = {
  cycleId: Scalars['ID']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryParCycleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryParCyclesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryParEvidenceCandidatesArgs = {
  assessmentId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  recordType?: InputMaybe<ParEvidenceRecordType>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryParFrameworkArgs = {
  id: Scalars['ID']['input'];
};


export type QueryParFrameworksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ParFrameworkFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryParNationalReportDocxArgs = {
  assessmentId: Scalars['ID']['input'];
};


export type QueryParNationalTemplateArgs = {
  assessmentId: Scalars['ID']['input'];
};


export type QueryParPointsAtRiskArgs = {
  cycleId: Scalars['ID']['input'];
};


export type QueryParProvisionalScoreArgs = {
  assessmentId: Scalars['ID']['input'];
  doneTaskIds?: Array<Scalars['ID']['input']>;
};


export type QueryParPublicationDecisionDocxArgs = {
  cycleId: Scalars['ID']['input'];
};


export type QueryParRankingArgs = {
  cycleId: Scalars['ID']['input'];
  targetGroup?: InputMaybe<ParTargetGroup>;
};


export type QueryParRankingXlsxArgs = {
  cycleId: Scalars['ID']['input'];
};


export type QueryParScorecardXlsxArgs = {
  assessmentId: Scalars['ID']['input'];
};


export type QueryParSurveyTemplateArgs = {
  cycleId: Scalars['ID']['input'];
};


export type QueryPlanArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlanItemArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PlanFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReportingCoverageArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  includeUnapproved?: InputMaybe<Scalars['Boolean']['input']>;
  indicatorId: Scalars['ID']['input'];
  period: Scalars['String']['input'];
  rootAgencyId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryReportingPeriodsArgs = {
  year: Scalars['Int']['input'];
};


export type QueryReportingRoundArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReportingRoundsArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryResolveAgencyNamesArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  rootId?: InputMaybe<Scalars['ID']['input']>;
  text: Scalars['String']['input'];
};


export type QuerySurveyArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySurveyResultsArgs = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  surveyId: Scalars['ID']['input'];
};


export type QuerySurveyResultsTemplateArgs = {
  shape: SurveyImportShape;
  surveyId: Scalars['ID']['input'];
};


export type QuerySurveyTrendsArgs = {
  filter: SurveyTrendsFilter;
};


export type QuerySurveysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SurveyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTaskStatsArgs = {
  filter?: InputMaybe<TaskFilter>;
  groupBy: TaskStatsGroupBy;
  planId: Scalars['ID']['input'];
};


export type QueryTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TaskOrder>;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UserFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ReassignUsersInput = {
  /** The agency whose users move (typically one that has ended) */
  fromAgencyId: Scalars['ID']['input'];
  /** Default: the agency carrying its work today (its successor) */
  toAgencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these users (default: all of the agency) */
  userIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type RecordInspectionCoverageInput = {
  /** An ACTIVE yearly indicator of the province's plan of the year, reported at province level */
  indicatorId: Scalars['ID']['input'];
  planId: Scalars['ID']['input'];
};

export type RecordInspectionFindingsInput = {
  /** Default today */
  conductedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Each one becomes a task of the inspected agency */
  findings: Array<InspectionFindingInput>;
  id: Scalars['ID']['input'];
  /** The plan of the year that receives the corrective tasks */
  taskPlanId: Scalars['ID']['input'];
  /** The version you read; a stale one answers CONFLICT */
  version: Scalars['Int']['input'];
};

export type RecordMeasurementInput = {
  agencyId: Scalars['ID']['input'];
  denominator?: InputMaybe<Scalars['Float']['input']>;
  evidence?: InputMaybe<Scalars['String']['input']>;
  indicatorId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  numerator?: InputMaybe<Scalars['Float']['input']>;
  /** 2022-Q1, 2022-H1 or 2022, of the indicator’s frequency */
  period: Scalars['String']['input'];
  source?: InputMaybe<Scalars['String']['input']>;
  /** Omit for RATIO indicators (derived) */
  value?: InputMaybe<Scalars['Float']['input']>;
  /** Required when the measurement exists already */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type RecordParNationalAppraisalInput = {
  id: Scalars['ID']['input'];
  /** Every scored item of the framework */
  scores: Array<ParNationalScoreInput>;
  /** The version you read; a stale one answers CONFLICT */
  version: Scalars['Int']['input'];
};

export type RecordSurveyMeasurementsInput = {
  /** An ACTIVE indicator, best a RATIO of PERCENT (satisfied ÷ valid answers) */
  indicatorId: Scalars['ID']['input'];
  /** The indicator's period the figures are for: 2022, 2022-H1 or 2022-Q3 */
  period: Scalars['String']['input'];
  surveyId: Scalars['ID']['input'];
};

export type ReformArea = {
  __typename?: 'ReformArea';
  /** I … VII */
  code: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  nameVi: Scalars['String']['output'];
  sortOrder: Scalars['Int']['output'];
};

export type ReinspectInput = {
  id: Scalars['ID']['input'];
  results: Array<ReinspectionResultInput>;
  /** The version you read; a stale one answers CONFLICT */
  version: Scalars['Int']['input'];
};

export type ReinspectionResultInput = {
  /** true: remedied, the finding closes; false: it stays open */
  closed: Scalars['Boolean']['input'];
  findingId: Scalars['ID']['input'];
  /** What the team saw */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** What one reminder scan did */
export type ReminderScanResult = {
  __typename?: 'ReminderScanResult';
  byKind: Array<NotificationKindCount>;
  /** Notifications created (each with its email in the outbox) */
  notifications: Scalars['Int']['output'];
  /** Agency reports (DRAFT or RETURNED) with a deadline in the scan window */
  reports: Scalars['Int']['output'];
  /** Open tasks and projects of active plans with a deadline in the window */
  tasks: Scalars['Int']['output'];
  today: Scalars['LocalDate']['output'];
};

export type ReopenMeasurementInput = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  /** The version you read; a stale one answers CONFLICT */
  version: Scalars['Int']['input'];
};

export type ReopenParAssessmentInput = {
  id: Scalars['ID']['input'];
  /** Why (recorded in the audit log) */
  reason: Scalars['String']['input'];
  /** The version you read; a stale one answers CONFLICT */
  version: Scalars['Int']['input'];
};

export enum ReorganisationAction {
  Abolish = 'ABOLISH',
  Create = 'CREATE',
  Merge = 'MERGE',
  Move = 'MOVE',
  Rename = 'RENAME',
  Split = 'SPLIT'
}

/** How one agency changes on the effective date, everything by name */
export type ReorganisationAgencyChange = {
  __typename?: 'ReorganisationAgencyChange';
  code: Scalars['String']['output'];
  created: Scalars['Boolean']['output'];
  ends: Scalars['Boolean']['output'];
  nameAfter: Scalars['String']['output'];
  /** Null for a new agency */
  nameBefore: Maybe<Scalars['String']['output']>;
  parentAfter: Maybe<Scalars['String']['output']>;
  parentBefore: Maybe<Scalars['String']['output']>;
  /** Who carries on its work when it ends */
  successor: Maybe<Scalars['String']['output']>;
};

/** Something that belongs to an agency that ends, and where it goes */
export type ReorganisationDependent = {
  __typename?: 'ReorganisationDependent';
  /** The ending agency it belongs to */
  agency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** A person, a task, a group, a report: by name or title */
  label: Scalars['String']['output'];
  /** The agency's successor, if any */
  successor: Maybe<Scalars['String']['output']>;
};

export enum ReorganisationFileFormat {
  Csv = 'CSV',
  Json = 'JSON',
  Xlsx = 'XLSX',
  Yaml = 'YAML'
}

export type ReorganisationFileInput = {
  /** The file: UTF-8 text, or base64 for XLSX */
  content: Scalars['String']['input'];
  format: ReorganisationFileFormat;
};

export type ReorganisationInput = {
  /** Legal basis, e.g. "Nghị quyết số 1660/NQ-UBTVQH15" */
  decision?: InputMaybe<Scalars['String']['input']>;
  /** First day every change holds */
  effectiveDate: Scalars['LocalDate']['input'];
  /** The operations as a mapping file */
  file?: InputMaybe<ReorganisationFileInput>;
  /** In order; or give `file` */
  operations?: InputMaybe<Array<ReorganisationOperationInput>>;
  title: Scalars['String']['input'];
};

export type ReorganisationOperationInput = {
  action: ReorganisationAction;
  /** Code of the agency acted on (of the new one for CREATE) */
  code: Scalars['String']['input'];
  kind?: InputMaybe<AgencyKind>;
  level?: InputMaybe<AgencyLevel>;
  name?: InputMaybe<Scalars['String']['input']>;
  shortName?: InputMaybe<Scalars['String']['input']>;
  /** Code(s) of the other agency: see ReorganisationAction */
  target?: InputMaybe<Scalars['String']['input']>;
};

/** A dry run: what the batch would change, nothing written */
export type ReorganisationPreview = {
  __typename?: 'ReorganisationPreview';
  agencies: Array<ReorganisationAgencyChange>;
  effectiveDate: Scalars['LocalDate']['output'];
  /** Group memberships of ending agencies: their successor joins each of those groups */
  groups: Array<ReorganisationDependent>;
  /** Indicator figures of ending agencies: they roll up to the successor from then on */
  measurementCount: Scalars['Int']['output'];
  problems: Array<ReorganisationProblem>;
  /** Reports of ending agencies still open in rounds due on or after the effective date */
  reports: Array<ReorganisationDependent>;
  taskCount: Scalars['Int']['output'];
  /** Unfinished tasks led by ending agencies in plans of the effective year or later (first 200) */
  tasks: Array<ReorganisationDependent>;
  /** Active users of ending agencies (to reassign) */
  users: Array<ReorganisationDependent>;
};

/** Why a line of the batch cannot be applied; any problem means nothing is written */
export type ReorganisationProblem = {
  __typename?: 'ReorganisationProblem';
  field: Scalars['String']['output'];
  /** Line of the file, or position (from 1) in `operations` */
  line: Scalars['Int']['output'];
  message: Scalars['String']['output'];
};

export enum ReorganisationStatus {
  Applied = 'APPLIED',
  Undone = 'UNDONE'
}

export { ReportAction };

export type ReportAreaData = {
  __typename?: 'ReportAreaData';
  areaCode: Maybe<Scalars['String']['output']>;
  areaName: Scalars['String']['output'];
  cancelled: Scalars['Int']['output'];
  done: Scalars['Int']['output'];
  doneLate: Scalars['Int']['output'];
  inProgress: Scalars['Int']['output'];
  notStarted: Scalars['Int']['output'];
  /** Open past their due date on the data cut-off day */
  overdue: Scalars['Int']['output'];
  tasks: Array<ReportTaskLine>;
  total: Scalars['Int']['output'];
};

export type ReportAttachment = {
  __typename?: 'ReportAttachment';
  createdAt: Scalars['DateTime']['output'];
  filename: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  mimeType: Scalars['String']['output'];
  reportId: Scalars['ID']['output'];
  /** Bytes */
  size: Scalars['Int']['output'];
  uploadedBy: Maybe<Scalars['String']['output']>;
  /** Download path (GET with the same Authorization header) */
  url: Scalars['String']['output'];
};

export type ReportCompleteness = {
  __typename?: 'ReportCompleteness';
  accepted: Scalars['Int']['output'];
  agencies: Array<ReportCompletenessLine>;
  expected: Scalars['Int']['output'];
  late: Scalars['Int']['output'];
  /** Still in draft (never submitted) */
  missing: Scalars['Int']['output'];
  /** Handed in by the due date */
  onTime: Scalars['Int']['output'];
  returned: Scalars['Int']['output'];
  /** Submitted or accepted */
  submitted: Scalars['Int']['output'];
};

export type ReportCompletenessLine = {
  __typename?: 'ReportCompletenessLine';
  agencyId: Scalars['ID']['output'];
  agencyName: Scalars['String']['output'];
  dueDate: Scalars['LocalDate']['output'];
  late: Scalars['Boolean']['output'];
  reportId: Scalars['ID']['output'];
  status: ReportStatus;
  /** ISO timestamp of the last submission */
  submittedAt: Maybe<Scalars['String']['output']>;
};

export type ReportContribution = {
  __typename?: 'ReportContribution';
  code: Scalars['String']['output'];
  itemId: Scalars['ID']['output'];
  /** What the agency posted as a coordinating agency, in the window */
  notes: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type ReportData = {
  __typename?: 'ReportData';
  areas: Array<ReportAreaData>;
  /** Day the overdue flags and the hierarchy refer to */
  asOf: Scalars['LocalDate']['output'];
  contributions: Array<ReportContribution>;
  /** ISO timestamp of the computation */
  generatedAt: Scalars['String']['output'];
  indicators: Array<ReportIndicatorLine>;
  period: Scalars['String']['output'];
};

export { ReportDecision };

export type ReportEvent = {
  __typename?: 'ReportEvent';
  action: ReportAction;
  actorId: Maybe<Scalars['ID']['output']>;
  actorLabel: Maybe<Scalars['String']['output']>;
  comment: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  reportId: Scalars['ID']['output'];
  status: ReportStatus;
};

/** DOCX: the report; XLSX: its appendices */
export enum ReportFileFormat {
  Docx = 'DOCX',
  Xlsx = 'XLSX'
}

export type ReportIndicatorLine = {
  __typename?: 'ReportIndicatorLine';
  code: Scalars['String']['output'];
  denominator: Maybe<Scalars['Float']['output']>;
  indicatorId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  numerator: Maybe<Scalars['Float']['output']>;
  period: Scalars['String']['output'];
  /** Agencies whose figures are in the value */
  reportedCount: Scalars['Int']['output'];
  status: IndicatorStatus;
  target: Maybe<Scalars['Float']['output']>;
  unit: IndicatorUnit;
  value: Maybe<Scalars['Float']['output']>;
};

export { ReportKind };

export type ReportNarrative = {
  __typename?: 'ReportNarrative';
  areas: Maybe<Array<AreaNarrative>>;
  assessment: Maybe<Scalars['String']['output']>;
  direction: Maybe<Scalars['String']['output']>;
  nextTasks: Maybe<Scalars['String']['output']>;
  proposals: Maybe<Scalars['String']['output']>;
};

export type ReportNarrativeInput = {
  areas?: InputMaybe<Array<AreaNarrativeInput>>;
  assessment?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Scalars['String']['input']>;
  nextTasks?: InputMaybe<Scalars['String']['input']>;
  proposals?: InputMaybe<Scalars['String']['input']>;
};

export { ReportRoundKind };

export { ReportStatus };

export type ReportTaskLine = {
  __typename?: 'ReportTaskLine';
  code: Scalars['String']['output'];
  completedOn: Maybe<Scalars['LocalDate']['output']>;
  dueDate: Maybe<Scalars['LocalDate']['output']>;
  id: Scalars['ID']['output'];
  overdue: Scalars['Boolean']['output'];
  progress: Scalars['Int']['output'];
  status: PlanItemStatus;
  title: Scalars['String']['output'];
};

export type ReportingCoverage = {
  __typename?: 'ReportingCoverage';
  approved: Scalars['Int']['output'];
  asOf: Scalars['LocalDate']['output'];
  /** Agencies that should report (their level reports the indicator) */
  expected: Scalars['Int']['output'];
  /** Figures still in draft or returned */
  inProgress: Scalars['Int']['output'];
  indicatorId: Scalars['ID']['output'];
  /** Expected agencies without a submitted figure, by name */
  missing: Array<Agency>;
  period: Scalars['String']['output'];
  /** Of those, with a submitted or approved figure */
  reported: Scalars['Int']['output'];
};

export type ReportingPeriod = {
  __typename?: 'ReportingPeriod';
  dataFrom: Scalars['LocalDate']['output'];
  dataTo: Scalars['LocalDate']['output'];
  dueCommune: Scalars['LocalDate']['output'];
  /** Legal date of the province report (day 20 of the last month) */
  dueDate: Scalars['LocalDate']['output'];
  dueDistrict: Scalars['LocalDate']['output'];
  dueProvince: Scalars['LocalDate']['output'];
  kind: ReportKind;
  period: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type ReportingRound = {
  __typename?: 'ReportingRound';
  /** Who submitted, on time or late, and who has not */
  completeness: ReportCompleteness;
  createdAt: Scalars['DateTime']['output'];
  /** Data cut-off window, first day */
  dataFrom: Scalars['LocalDate']['output'];
  /** Data cut-off window, last day */
  dataTo: Scalars['LocalDate']['output'];
  dueCommune: Scalars['LocalDate']['output'];
  /** The province's own due date */
  dueDate: Scalars['LocalDate']['output'];
  dueDistrict: Scalars['LocalDate']['output'];
  dueProvince: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  kind: ReportRoundKind;
  /** Levels whose agencies report in this round */
  levels: Array<AgencyLevel>;
  /** Period whose results are reported, e.g. 2022-Q1 */
  period: Scalars['String']['output'];
  /** Root agency of the province */
  provinceId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version: send it back with updates */
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type ResetUserPasswordInput = {
  id: Scalars['ID']['input'];
  newPassword: Scalars['String']['input'];
};

export type ResolvedAgencyName = {
  __typename?: 'ResolvedAgencyName';
  agency: Maybe<Agency>;
  confidence: Scalars['Float']['output'];
  group: Maybe<AgencyGroup>;
  text: Scalars['String']['output'];
};

export type ReviewAgencyReportInput = {
  /** Required when returning */
  comment?: InputMaybe<Scalars['String']['input']>;
  decision: ReportDecision;
  id: Scalars['ID']['input'];
  /** The version you read; a stale one answers CONFLICT */
  version: Scalars['Int']['input'];
};

export type ReviewMeasurementInput = {
  /** Required when returning */
  comment?: InputMaybe<Scalars['String']['input']>;
  decision: MeasurementDecision;
  id: Scalars['ID']['input'];
  /** The version you read; a stale one answers CONFLICT */
  version: Scalars['Int']['input'];
};

export { Role };

export type SaveParAppraisalInput = {
  id: Scalars['ID']['input'];
  scores: Array<ParAppraisalScoreInput>;
  /** The version you read; a stale one answers CONFLICT */
  version: Scalars['Int']['input'];
};

export type SaveParReappraisalInput = {
  answers: Array<ParReappraisalInput>;
  id: Scalars['ID']['input'];
  /** The version you read; a stale one answers CONFLICT */
  version: Scalars['Int']['input'];
};

export type SaveParSelfScoresInput = {
  id: Scalars['ID']['input'];
  scores: Array<ParSelfScoreInput>;
  /** The version you read; a stale one answers CONFLICT */
  version: Scalars['Int']['input'];
};

export type ScheduleInspectionInput = {
  id: Scalars['ID']['input'];
  /** Month of the visit, 1–12 */
  month?: InputMaybe<Scalars['Int']['input']>;
  /** Active users of the province, the leader first */
  teamUserIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The version you read; a stale one answers CONFLICT */
  version: Scalars['Int']['input'];
};

export type ScoreboardRow = {
  __typename?: 'ScoreboardRow';
  agency: Agency;
  /** One per indicator, in the order of `indicators` */
  cells: Array<IndicatorValue>;
  /** The status of each cell, in the order of `indicators` */
  statuses: Array<IndicatorStatus>;
  /** The target of each cell, in the order of `indicators` */
  targets: Array<Maybe<Scalars['Float']['output']>>;
  /** The value of each cell, in the order of `indicators` (null when nobody reported) */
  values: Array<Maybe<Scalars['Float']['output']>>;
};

export type SendParAppraisalInput = {
  /** Items not yet appraised take their self-score */
  acceptSelfScores?: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  /** The version you read; a stale one answers CONFLICT */
  version: Scalars['Int']['input'];
};

export type SetIndicatorStateInput = {
  id: Scalars['ID']['input'];
  state: IndicatorState;
  /** The version you read; a stale one answers CONFLICT */
  version: Scalars['Int']['input'];
};

export type SetIndicatorTargetsInput = {
  id: Scalars['ID']['input'];
  /** Replaces every override of the indicator */
  targets: Array<IndicatorTargetInput>;
  /** The version you read; a stale one answers CONFLICT */
  version: Scalars['Int']['input'];
};

export type SetParCouncilInput = {
  id: Scalars['ID']['input'];
  /** The members; the first leads it */
  userIds: Array<Scalars['ID']['input']>;
  /** The version you read; a stale one answers CONFLICT */
  version: Scalars['Int']['input'];
};

export type SetParSurveyHeldInput = {
  id: Scalars['ID']['input'];
  /** false: the SURVEY items leave the maximum and the rest is scaled to 100 */
  surveyHeld: Scalars['Boolean']['input'];
  /** The version you read; a stale one answers CONFLICT */
  version: Scalars['Int']['input'];
};

export enum SortDirection {
  Asc = 'ASC',
  Desc = 'DESC'
}

export type StatusCount = {
  __typename?: 'StatusCount';
  count: Scalars['Int']['output'];
  status: IndicatorStatus;
};

export type SubmitParExplanationsInput = {
  /** Empty: the agency accepts the appraisal */
  explanations: Array<ParExplanationInput>;
  id: Scalars['ID']['input'];
  /** The version you read; a stale one answers CONFLICT */
  version: Scalars['Int']['input'];
};

export type SubmitParSelfAssessmentInput = {
  id: Scalars['ID']['input'];
  /** The version you read; a stale one answers CONFLICT */
  version: Scalars['Int']['input'];
};

export type Survey = {
  __typename?: 'Survey';
  /** The agency asked about, for an AGENCY survey */
  agencyId: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** A sample shipped with partrack (khảo sát mẫu), not a real survey */
  isSample: Scalars['Boolean']['output'];
  /** The period surveyed: 2022, 2022-H1 or 2022-Q3, inside the year */
  period: Scalars['String']['output'];
  /** Root agency of the province */
  provinceId: Scalars['ID']['output'];
  /** In order */
  questions: Array<SurveyQuestion>;
  /** How many top levels of the scale count as satisfied: 2 = "hài lòng" and "rất hài lòng" */
  satisfiedLevels: Scalars['Int']['output'];
  scope: SurveyScope;
  /** The service sector, for a SECTOR survey */
  sector: Maybe<SurveySector>;
  status: SurveyStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version: send it back with updates */
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type SurveyAgencyResult = {
  __typename?: 'SurveyAgencyResult';
  agency: Maybe<Agency>;
  agencyId: Scalars['ID']['output'];
  /** Answers by level: [no answer, 1, 2, 3, 4, 5] */
  counts: Array<Scalars['Int']['output']>;
  /** Blank or invalid answers, left out of the share */
  noAnswer: Scalars['Int']['output'];
  /** People who answered about this agency */
  respondents: Scalars['Int']['output'];
  /** Valid answers at a satisfied level */
  satisfied: Scalars['Int']['output'];
  /** satisfied ÷ valid × 100, two decimals; null: no answer */
  share: Maybe<Scalars['Float']['output']>;
  /** Answers on the scale (levels 1–5) */
  valid: Scalars['Int']['output'];
};

export type SurveyAspectResult = {
  __typename?: 'SurveyAspectResult';
  aspectCode: Scalars['String']['output'];
  aspectTitle: Scalars['String']['output'];
  /** Answers by level: [no answer, 1, 2, 3, 4, 5] */
  counts: Array<Scalars['Int']['output']>;
  /** Blank or invalid answers, left out of the share */
  noAnswer: Scalars['Int']['output'];
  /** Valid answers at a satisfied level */
  satisfied: Scalars['Int']['output'];
  /** satisfied ÷ valid × 100, two decimals; null: no answer */
  share: Maybe<Scalars['Float']['output']>;
  /** Answers on the scale (levels 1–5) */
  valid: Scalars['Int']['output'];
};

export type SurveyConnection = {
  __typename?: 'SurveyConnection';
  edges: Array<SurveyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SurveyEdge = {
  __typename?: 'SurveyEdge';
  cursor: Scalars['String']['output'];
  node: Survey;
};

export type SurveyFilter = {
  status?: InputMaybe<SurveyStatus>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type SurveyImportProblem = {
  __typename?: 'SurveyImportProblem';
  /** e.g. surveyXlsx.answer */
  code: Scalars['String']['output'];
  /** Column letter */
  column: Maybe<Scalars['String']['output']>;
  /** Excel row; null for the file as a whole */
  line: Maybe<Scalars['Int']['output']>;
  message: Scalars['String']['output'];
};

export type SurveyImportResult = {
  __typename?: 'SurveyImportResult';
  /** Agencies whose counts the file replaces */
  agencies: Scalars['Int']['output'];
  /** True when written: not a dry run and no problem at all */
  applied: Scalars['Boolean']['output'];
  dryRun: Scalars['Boolean']['output'];
  problems: Array<SurveyImportProblem>;
  /** People who answered, over those agencies */
  respondents: Scalars['Int']['output'];
  /** Respondents (one row each) or count rows read */
  rows: Scalars['Int']['output'];
};

export { SurveyImportShape };

export enum SurveyMeasurementOutcome {
  Locked = 'LOCKED',
  NotReporting = 'NOT_REPORTING',
  Recorded = 'RECORDED'
}

export type SurveyMeasurementRow = {
  __typename?: 'SurveyMeasurementRow';
  agencyId: Scalars['ID']['output'];
  agencyName: Scalars['String']['output'];
  outcome: SurveyMeasurementOutcome;
  /** Valid answers at a satisfied level (the numerator) */
  satisfied: Scalars['Int']['output'];
  /** Satisfaction, percent, two decimals */
  share: Scalars['Float']['output'];
  /** Valid answers (the denominator) */
  valid: Scalars['Int']['output'];
};

export type SurveyMeasurementsResult = {
  __typename?: 'SurveyMeasurementsResult';
  recorded: Scalars['Int']['output'];
  /** Every agency with valid answers, by name */
  rows: Array<SurveyMeasurementRow>;
};

export type SurveyQuestion = {
  __typename?: 'SurveyQuestion';
  /** Code of the aspect the question belongs to */
  aspectCode: Scalars['String']['output'];
  aspectTitle: Scalars['String']['output'];
  /** Short code, unique in the survey, used as the XLSX column: 1.1, 2.3… */
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Order in the survey, from 1 */
  position: Scalars['Int']['output'];
  surveyId: Scalars['ID']['output'];
  text: Scalars['String']['output'];
};

export type SurveyQuestionInput = {
  aspectCode: Scalars['String']['input'];
  /** e.g. "Tiếp cận dịch vụ" */
  aspectTitle: Scalars['String']['input'];
  /** Unique in the survey: 1.1, 2.3… */
  code: Scalars['String']['input'];
  text: Scalars['String']['input'];
};

export type SurveyQuestionResult = {
  __typename?: 'SurveyQuestionResult';
  aspectCode: Scalars['String']['output'];
  code: Scalars['String']['output'];
  /** Answers by level: [no answer, 1, 2, 3, 4, 5] */
  counts: Array<Scalars['Int']['output']>;
  /** Blank or invalid answers, left out of the share */
  noAnswer: Scalars['Int']['output'];
  questionId: Scalars['ID']['output'];
  /** Valid answers at a satisfied level */
  satisfied: Scalars['Int']['output'];
  /** satisfied ÷ valid × 100, two decimals; null: no answer */
  share: Maybe<Scalars['Float']['output']>;
  text: Scalars['String']['output'];
  /** Answers on the scale (levels 1–5) */
  valid: Scalars['Int']['output'];
};

/** Satisfaction of a survey by question, aspect and agency, with the counts */
export type SurveyResults = {
  __typename?: 'SurveyResults';
  /** Agencies with results, by share, highest first */
  agencies: Array<SurveyAgencyResult>;
  /** The agency asked for; null: every agency pooled */
  agencyId: Maybe<Scalars['ID']['output']>;
  /** In the order of their first question */
  aspects: Array<SurveyAspectResult>;
  overall: SurveySatisfactionFigure;
  /** In survey order */
  questions: Array<SurveyQuestionResult>;
  respondents: Scalars['Int']['output'];
  /** The rule applied: the top N levels count as satisfied */
  satisfiedLevels: Scalars['Int']['output'];
  surveyId: Scalars['ID']['output'];
};

export type SurveySatisfactionFigure = {
  __typename?: 'SurveySatisfactionFigure';
  /** Answers by level: [no answer, 1, 2, 3, 4, 5] */
  counts: Array<Scalars['Int']['output']>;
  /** Blank or invalid answers, left out of the share */
  noAnswer: Scalars['Int']['output'];
  /** Valid answers at a satisfied level */
  satisfied: Scalars['Int']['output'];
  /** satisfied ÷ valid × 100, two decimals; null: no answer */
  share: Maybe<Scalars['Float']['output']>;
  /** Answers on the scale (levels 1–5) */
  valid: Scalars['Int']['output'];
};

export { SurveyScope };

export { SurveySector };

/** One sector’s SECTOR surveys by period, against its target */
export type SurveySectorTrend = {
  __typename?: 'SurveySectorTrend';
  periods: Array<SurveyTrendPeriod>;
  sector: SurveySector;
  /** Whole percent: 80 for the five named sectors, else 85 */
  target: Scalars['Int']['output'];
};

export { SurveyStatus };

export type SurveyTrendAspect = {
  __typename?: 'SurveyTrendAspect';
  /** Aspects match by code across surveys */
  aspectCode: Scalars['String']['output'];
  aspectTitle: Scalars['String']['output'];
  /** Percentage points gained (+) or lost (−) since the previous period with a share */
  change: Maybe<Scalars['Float']['output']>;
  /** Valid answers at a satisfied level (each survey’s own rule) */
  satisfied: Scalars['Int']['output'];
  /** satisfied ÷ valid × 100, two decimals; null: no answer */
  share: Maybe<Scalars['Float']['output']>;
  /** Answers on the scale (levels 1–5) */
  valid: Scalars['Int']['output'];
};

export type SurveyTrendPeriod = {
  __typename?: 'SurveyTrendPeriod';
  /** By aspect code, in code order */
  aspects: Array<SurveyTrendAspect>;
  /** Percentage points gained (+) or lost (−) since the previous period with a share */
  change: Maybe<Scalars['Float']['output']>;
  /** 2022, 2022-H1 or 2022-Q3 */
  period: Scalars['String']['output'];
  respondents: Scalars['Int']['output'];
  /** Valid answers at a satisfied level (each survey’s own rule) */
  satisfied: Scalars['Int']['output'];
  /** satisfied ÷ valid × 100, two decimals; null: no answer */
  share: Maybe<Scalars['Float']['output']>;
  /** Surveys (not DRAFT) of the period */
  surveys: Scalars['Int']['output'];
  /** Answers on the scale (levels 1–5) */
  valid: Scalars['Int']['output'];
};

/** Satisfaction by period over a range of years, overall, by aspect and by sector */
export type SurveyTrends = {
  __typename?: 'SurveyTrends';
  agencyId: Maybe<Scalars['ID']['output']>;
  fromYear: Scalars['Int']['output'];
  /** In calendar order */
  periods: Array<SurveyTrendPeriod>;
  sector: Maybe<SurveySector>;
  /** SECTOR surveys compared by sector */
  sectors: Array<SurveySectorTrend>;
  /** The target line, whole percent (80 for the five named sectors, else 85) */
  target: Scalars['Int']['output'];
  toYear: Scalars['Int']['output'];
};

export type SurveyTrendsFilter = {
  /** Only the results about this agency */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  fromYear: Scalars['Int']['input'];
  /** Only SECTOR surveys of this sector */
  sector?: InputMaybe<SurveySector>;
  /** At most 20 years after fromYear */
  toYear: Scalars['Int']['input'];
};

export enum TargetSource {
  Agency = 'AGENCY',
  Level = 'LEVEL',
  Plan = 'PLAN'
}

export type TaskFilter = {
  /** Led or coordinated by an agency in this subtree */
  agencySubtree?: InputMaybe<Scalars['ID']['input']>;
  areaCode?: InputMaybe<Scalars['String']['input']>;
  /** Coordinated by this agency, directly or through a group */
  coordinatingAgencyId?: InputMaybe<Scalars['ID']['input']>;
  dueFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  dueTo?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Default: TASK and PROJECT */
  kinds?: InputMaybe<Array<PlanItemKind>>;
  /** Led by this agency, directly or through a group */
  leadAgencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Past due and not done or cancelled (today in Vietnam) */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  planId?: InputMaybe<Scalars['ID']['input']>;
  /** Code, title or product; ignores case and diacritics */
  search?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<PlanItemStatus>>;
};

export type TaskOrder = {
  direction?: SortDirection;
  field?: TaskOrderField;
};

export enum TaskOrderField {
  Document = 'DOCUMENT',
  DueDate = 'DUE_DATE',
  Progress = 'PROGRESS',
  UpdatedAt = 'UPDATED_AT'
}

export enum TaskStatsGroupBy {
  Area = 'AREA',
  DueQuarter = 'DUE_QUARTER',
  LeadAgency = 'LEAD_AGENCY',
  Status = 'STATUS'
}

/** Counts for one group of tasks (an area, a lead agency, a status or a due quarter) */
export type TaskStatsRow = {
  __typename?: 'TaskStatsRow';
  /** Mean progress, 0–100 */
  averageProgress: Scalars['Float']['output'];
  cancelled: Scalars['Int']['output'];
  done: Scalars['Int']['output'];
  inProgress: Scalars['Int']['output'];
  /** Area code, agency id, status, or "2022-Q3"; NONE when the tasks have none */
  key: Scalars['String']['output'];
  /** Display name where one exists (area, agency) */
  label: Maybe<Scalars['String']['output']>;
  notStarted: Scalars['Int']['output'];
  /** Past due and not done or cancelled */
  overdue: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type TaskUpdate = {
  __typename?: 'TaskUpdate';
  agency: Agency;
  /** The agency this update speaks for */
  agencyId: Scalars['ID']['output'];
  authorId: Maybe<Scalars['ID']['output']>;
  authorLabel: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  evidenceDate: Maybe<Scalars['LocalDate']['output']>;
  evidenceLink: Maybe<Scalars['String']['output']>;
  evidenceNumber: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  itemId: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  /** Progress after this update (lead only) */
  progress: Maybe<Scalars['Int']['output']>;
  role: AssignmentRole;
  /** Status after this update (lead only) */
  status: Maybe<PlanItemStatus>;
};

export type UpdateAgencyGroupInput = {
  /** Other wordings, used by the name resolver */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  code?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  memberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a stale one answers CONFLICT */
  version: Scalars['Int']['input'];
};

export type UpdateAgencyInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  code?: InputMaybe<Scalars['String']['input']>;
  /** Fix today's version in place (a misspelt name) instead of a change from effectiveDate */
  correction?: InputMaybe<Scalars['Boolean']['input']>;
  /** First day the change holds (default: today); earlier days keep the previous facts */
  effectiveDate?: InputMaybe<Scalars['LocalDate']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<AgencyKind>;
  level?: InputMaybe<AgencyLevel>;
  name?: InputMaybe<Scalars['String']['input']>;
  shortName?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a stale one answers CONFLICT */
  version: Scalars['Int']['input'];
};

export type UpdateAgencyReportInput = {
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  narrative?: InputMaybe<ReportNarrativeInput>;
  signerName?: InputMaybe<Scalars['String']['input']>;
  signerTitle?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a stale one answers CONFLICT */
  version: Scalars['Int']['input'];
};

export type UpdateConsolidatedReportInput = {
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  narrative?: InputMaybe<ReportNarrativeInput>;
  signerName?: InputMaybe<Scalars['String']['input']>;
  signerTitle?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a stale one answers CONFLICT */
  version: Scalars['Int']['input'];
};

export type UpdateIndicatorInput = {
  aggregation?: InputMaybe<IndicatorAggregation>;
  areaCode?: InputMaybe<Scalars['String']['input']>;
  cumulative?: InputMaybe<Scalars['Boolean']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<IndicatorDirection>;
  frequency?: InputMaybe<IndicatorFrequency>;
  id: Scalars['ID']['input'];
  /** Plan items the indicator measures (replaces the list) */
  linkedItemIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  nameVi?: InputMaybe<Scalars['String']['input']>;
  reportingLevels?: InputMaybe<Array<AgencyLevel>>;
  target?: InputMaybe<Scalars['Float']['input']>;
  unit?: InputMaybe<IndicatorUnit>;
  /** The version you read; a stale one answers CONFLICT */
  version: Scalars['Int']['input'];
};

export type UpdateInspectionChecklistItemInput = {
  /** Replaces the item's evidence; at most 10 links */
  evidence?: InputMaybe<Array<InspectionChecklistEvidenceInput>>;
  id: Scalars['ID']['input'];
  /** At most 2000 characters */
  note?: InputMaybe<Scalars['String']['input']>;
  result?: InputMaybe<InspectionChecklistResult>;
  /** The version you read; a stale one answers CONFLICT */
  version: Scalars['Int']['input'];
};

export type UpdateParCriterionInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  /** How a DATA leaf reads partrack's records */
  dataRule?: InputMaybe<ParDataRuleInput>;
  /** Default false */
  evidenceRequired?: InputMaybe<Scalars['Boolean']['input']>;
  guidance?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  maxPoints?: InputMaybe<Scalars['Float']['input']>;
  /** For a leaf; leave out on items with children */
  method?: InputMaybe<ParScoringMethod>;
  /** Order among its siblings; default last */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** The choices of a MANUAL leaf */
  scale?: InputMaybe<Array<ParScaleOptionInput>>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a stale one answers CONFLICT */
  version: Scalars['Int']['input'];
};

export type UpdateParFrameworkInput = {
  /** Default: A ≥ 90, B ≥ 80, C ≥ 70, D below */
  bands?: InputMaybe<Array<ParBandInput>>;
  decisionNumber?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** Default 100 */
  totalPoints?: InputMaybe<Scalars['Float']['input']>;
  /** The version you read; a stale one answers CONFLICT */
  version: Scalars['Int']['input'];
};

export type UpdatePlanInput = {
  decisionDate?: InputMaybe<Scalars['LocalDate']['input']>;
  decisionNumber?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  signerAgencyId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<PlanStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a stale one answers CONFLICT */
  version: Scalars['Int']['input'];
};

export type UpdatePlanItemInput = {
  /** I … VII */
  areaCode?: InputMaybe<Scalars['String']['input']>;
  coordinatorAgencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  coordinatorGroupIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Default: parsed from dueLabel */
  dueDate?: InputMaybe<Scalars['LocalDate']['input']>;
  dueLabel?: InputMaybe<Scalars['String']['input']>;
  fundingText?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  leadAgencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  leadGroupIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  productText?: InputMaybe<Scalars['String']['input']>;
  productType?: InputMaybe<ProductType>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a stale one answers CONFLICT */
  version: Scalars['Int']['input'];
};

export type UpdateSurveyInput = {
  id: Scalars['ID']['input'];
  /** The period surveyed, inside the year: 2022, 2022-H1 or 2022-Q3 */
  period?: InputMaybe<Scalars['String']['input']>;
  /** In order; codes unique */
  questions?: InputMaybe<Array<SurveyQuestionInput>>;
  /** Top levels counted as satisfied, 1–4; default 2 */
  satisfiedLevels?: InputMaybe<Scalars['Int']['input']>;
  /** DRAFT → OPEN → CLOSED; CLOSED → OPEN reopens */
  status?: InputMaybe<SurveyStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a stale one answers CONFLICT */
  version: Scalars['Int']['input'];
};

export type UpdateUserInput = {
  /** Required for every role but ADMIN */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  fullName?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  role?: InputMaybe<Role>;
  /** The version you read; a stale one answers CONFLICT */
  version: Scalars['Int']['input'];
};

export type User = {
  __typename?: 'User';
  active: Scalars['Boolean']['output'];
  agency: Maybe<Agency>;
  agencyId: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastLoginAt: Maybe<Scalars['DateTime']['output']>;
  role: Role;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version: send it back with updates */
  version: Scalars['Int']['output'];
};

export type UserConnection = {
  __typename?: 'UserConnection';
  edges: Array<UserEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type UserEdge = {
  __typename?: 'UserEdge';
  cursor: Scalars['String']['output'];
  node: User;
};

export type UserFilter = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
  role?: InputMaybe<Role>;
  /** Name or email; ignores case and diacritics */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type VersionedInput = {
  id: Scalars['ID']['input'];
  /** The version you read; a stale one answers CONFLICT */
  version: Scalars['Int']['input'];
};

export type CreateAgencyForAgenciesMutationVariables = Exact<{
  i: CreateAgencyInput;
}>;


export type CreateAgencyForAgenciesMutation = { __typename?: 'Mutation', createAgency: { __typename?: 'Agency', id: string, code: string, name: string, version: number, parentId: string | null } };

export type CreateAgencyIdForAgenciesMutationVariables = Exact<{
  i: CreateAgencyInput;
}>;


export type CreateAgencyIdForAgenciesMutation = { __typename?: 'Mutation', createAgency: { __typename?: 'Agency', id: string } };

export type SearchAgenciesForAgenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchAgenciesForAgenciesQuery = { __typename?: 'Query', agencies: { __typename?: 'AgencyConnection', totalCount: number, edges: Array<{ __typename?: 'AgencyEdge', node: { __typename?: 'Agency', code: string } }> } };

export type MoveAgencyParentForAgenciesMutationVariables = Exact<{
  i: MoveAgencyInput;
}>;


export type MoveAgencyParentForAgenciesMutation = { __typename?: 'Mutation', moveAgency: { __typename?: 'Agency', parentId: string | null } };

export type MoveAgencyForAgenciesMutationVariables = Exact<{
  i: MoveAgencyInput;
}>;


export type MoveAgencyForAgenciesMutation = { __typename?: 'Mutation', moveAgency: { __typename?: 'Agency', id: string } };

export type UpdateAgencyForAgenciesMutationVariables = Exact<{
  i: UpdateAgencyInput;
}>;


export type UpdateAgencyForAgenciesMutation = { __typename?: 'Mutation', updateAgency: { __typename?: 'Agency', name: string, version: number } };

export type MergeAgenciesCodeForAgenciesMutationVariables = Exact<{
  i: MergeAgenciesInput;
}>;


export type MergeAgenciesCodeForAgenciesMutation = { __typename?: 'Mutation', mergeAgencies: { __typename?: 'Agency', code: string } };

export type MergeAgenciesForAgenciesMutationVariables = Exact<{
  i: MergeAgenciesInput;
}>;


export type MergeAgenciesForAgenciesMutation = { __typename?: 'Mutation', mergeAgencies: { __typename?: 'Agency', id: string } };

export type AgencyTreeAsOfForAgenciesQueryVariables = Exact<{
  r: Scalars['ID']['input'];
  d?: InputMaybe<Scalars['LocalDate']['input']>;
}>;


export type AgencyTreeAsOfForAgenciesQuery = { __typename?: 'Query', agencyTree: Array<{ __typename?: 'AgencyTreeNode', code: string, parentId: string | null }> };

export type MergedSourceForAgenciesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MergedSourceForAgenciesQuery = { __typename?: 'Query', agency: { __typename?: 'Agency', active: boolean, validTo: string | null, successor: { __typename?: 'Agency', code: string } | null } };

export type DeactivateAgencyForAgenciesMutationVariables = Exact<{
  i: DeactivateAgencyInput;
}>;


export type DeactivateAgencyForAgenciesMutation = { __typename?: 'Mutation', deactivateAgency: { __typename?: 'Agency', id: string } };

export type DeactivateAgencyValidToForAgenciesMutationVariables = Exact<{
  i: DeactivateAgencyInput;
}>;


export type DeactivateAgencyValidToForAgenciesMutation = { __typename?: 'Mutation', deactivateAgency: { __typename?: 'Agency', validTo: string | null } };

export type AgencyTreeDepthsForAgenciesQueryVariables = Exact<{
  r: Scalars['ID']['input'];
}>;


export type AgencyTreeDepthsForAgenciesQuery = { __typename?: 'Query', agencyTree: Array<{ __typename?: 'AgencyTreeNode', code: string, depth: number, childCount: number }> };

export type AgencyDetailForAgenciesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AgencyDetailForAgenciesQuery = { __typename?: 'Query', agency: { __typename?: 'Agency', descendantCount: number, ancestors: Array<{ __typename?: 'Agency', code: string }>, children: Array<{ __typename?: 'Agency', code: string }> } };

export type AgencyCodeForAgenciesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AgencyCodeForAgenciesQuery = { __typename?: 'Query', agency: { __typename?: 'Agency', code: string } };

export type SearchOtherProvinceForAgenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchOtherProvinceForAgenciesQuery = { __typename?: 'Query', agencies: { __typename?: 'AgencyConnection', edges: Array<{ __typename?: 'AgencyEdge', node: { __typename?: 'Agency', code: string } }> } };

export type AgencyTreeCodesForAgenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type AgencyTreeCodesForAgenciesQuery = { __typename?: 'Query', agencyTree: Array<{ __typename?: 'AgencyTreeNode', code: string }> };

export type FirstAgencyPageForAgenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type FirstAgencyPageForAgenciesQuery = { __typename?: 'Query', agencies: { __typename?: 'AgencyConnection', totalCount: number, edges: Array<{ __typename?: 'AgencyEdge', node: { __typename?: 'Agency', code: string } }>, pageInfo: { __typename?: 'PageInfo', endCursor: string | null, hasNextPage: boolean } } };

export type NextAgencyPageForAgenciesQueryVariables = Exact<{
  a?: InputMaybe<Scalars['String']['input']>;
}>;


export type NextAgencyPageForAgenciesQuery = { __typename?: 'Query', agencies: { __typename?: 'AgencyConnection', edges: Array<{ __typename?: 'AgencyEdge', node: { __typename?: 'Agency', code: string } }> } };

export type GarbageCursorForAgenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type GarbageCursorForAgenciesQuery = { __typename?: 'Query', agencies: { __typename?: 'AgencyConnection', totalCount: number } };

export type CreateAgencyGroupForGroupsMutationVariables = Exact<{
  i: CreateAgencyGroupInput;
}>;


export type CreateAgencyGroupForGroupsMutation = { __typename?: 'Mutation', createAgencyGroup: { __typename?: 'AgencyGroup', id: string, code: string, name: string, version: number, provinceId: string, memberIds: Array<string>, members: Array<{ __typename?: 'Agency', code: string }> } };

export type UpdateAgencyGroupForGroupsMutationVariables = Exact<{
  i: UpdateAgencyGroupInput;
}>;


export type UpdateAgencyGroupForGroupsMutation = { __typename?: 'Mutation', updateAgencyGroup: { __typename?: 'AgencyGroup', id: string, code: string, name: string, version: number, provinceId: string, memberIds: Array<string>, members: Array<{ __typename?: 'Agency', code: string }> } };

export type AgencyGroupForGroupsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AgencyGroupForGroupsQuery = { __typename?: 'Query', agencyGroup: { __typename?: 'AgencyGroup', id: string, code: string, name: string, version: number, provinceId: string, memberIds: Array<string>, members: Array<{ __typename?: 'Agency', code: string }> } };

export type AgencyGroupCodesForGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type AgencyGroupCodesForGroupsQuery = { __typename?: 'Query', agencyGroups: { __typename?: 'AgencyGroupConnection', totalCount: number, edges: Array<{ __typename?: 'AgencyGroupEdge', node: { __typename?: 'AgencyGroup', code: string } }> } };

export type CreateAgencyGroupIdForGroupsMutationVariables = Exact<{
  i: CreateAgencyGroupInput;
}>;


export type CreateAgencyGroupIdForGroupsMutation = { __typename?: 'Mutation', createAgencyGroup: { __typename?: 'AgencyGroup', id: string } };

export type UpdateAgencyGroupIdForGroupsMutationVariables = Exact<{
  i: UpdateAgencyGroupInput;
}>;


export type UpdateAgencyGroupIdForGroupsMutation = { __typename?: 'Mutation', updateAgencyGroup: { __typename?: 'AgencyGroup', id: string } };

export type SearchAgencyGroupsForGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchAgencyGroupsForGroupsQuery = { __typename?: 'Query', agencyGroups: { __typename?: 'AgencyGroupConnection', edges: Array<{ __typename?: 'AgencyGroupEdge', node: { __typename?: 'AgencyGroup', code: string } }> } };

export type CountAgencyGroupsForGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type CountAgencyGroupsForGroupsQuery = { __typename?: 'Query', agencyGroups: { __typename?: 'AgencyGroupConnection', totalCount: number } };

export type DeleteAgencyGroupForGroupsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteAgencyGroupForGroupsMutation = { __typename?: 'Mutation', deleteAgencyGroup: boolean };

export type ResolveAgencyNamesForGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type ResolveAgencyNamesForGroupsQuery = { __typename?: 'Query', resolveAgencyNames: { __typename?: 'AgencyNameResolution', matches: Array<{ __typename?: 'AgencyNameMatch', group: { __typename?: 'AgencyGroup', code: string } | null, agency: { __typename?: 'Agency', code: string } | null }> } };

export type CreatePlanForGroupsMutationVariables = Exact<{
  i: CreatePlanInput;
}>;


export type CreatePlanForGroupsMutation = { __typename?: 'Mutation', createPlan: { __typename?: 'Plan', id: string } };

export type CreatePlanItemForGroupsMutationVariables = Exact<{
  i: CreatePlanItemInput;
}>;


export type CreatePlanItemForGroupsMutation = { __typename?: 'Mutation', createPlanItem: { __typename?: 'PlanItem', id: string } };

export type PlanItemAssignmentsForGroupsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PlanItemAssignmentsForGroupsQuery = { __typename?: 'Query', planItem: { __typename?: 'PlanItem', assignments: Array<{ __typename?: 'PlanItemAgency', group: { __typename?: 'AgencyGroup', code: string } | null, agency: { __typename?: 'Agency', code: string } | null }> } };

export type MoveAgencyForGroupsMutationVariables = Exact<{
  i: MoveAgencyInput;
}>;


export type MoveAgencyForGroupsMutation = { __typename?: 'Mutation', moveAgency: { __typename?: 'Agency', id: string } };

export type AgencyTreeForHistoryQueryVariables = Exact<{
  r?: InputMaybe<Scalars['ID']['input']>;
  d?: InputMaybe<Scalars['LocalDate']['input']>;
  all?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type AgencyTreeForHistoryQuery = { __typename?: 'Query', agencyTree: Array<{ __typename?: 'AgencyTreeNode', id: string, code: string, name: string, parentId: string | null, depth: number, active: boolean }> };

export type AgencyForHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AgencyForHistoryQuery = { __typename?: 'Query', agency: { __typename?: 'Agency', id: string, code: string, name: string, parentId: string | null, version: number, validTo: string | null, successor: { __typename?: 'Agency', code: string } | null, history: Array<{ __typename?: 'AgencyVersion', effectiveFrom: string | null, effectiveTo: string | null, parentId: string | null, name: string, shortName: string | null, kind: AgencyKind, level: AgencyLevel }> } };

export type MoveAgencyForHistoryMutationVariables = Exact<{
  i: MoveAgencyInput;
}>;


export type MoveAgencyForHistoryMutation = { __typename?: 'Mutation', moveAgency: { __typename?: 'Agency', id: string, parentId: string | null } };

export type UpdateAgencyForHistoryMutationVariables = Exact<{
  i: UpdateAgencyInput;
}>;


export type UpdateAgencyForHistoryMutation = { __typename?: 'Mutation', updateAgency: { __typename?: 'Agency', id: string, name: string, version: number } };

export type CreateAgencyForHistoryMutationVariables = Exact<{
  i: CreateAgencyInput;
}>;


export type CreateAgencyForHistoryMutation = { __typename?: 'Mutation', createAgency: { __typename?: 'Agency', id: string, code: string, validFrom: string } };

export type MergeAgenciesForHistoryMutationVariables = Exact<{
  i: MergeAgenciesInput;
}>;


export type MergeAgenciesForHistoryMutation = { __typename?: 'Mutation', mergeAgencies: { __typename?: 'Agency', id: string } };

export type DeactivateAgencyForHistoryMutationVariables = Exact<{
  i: DeactivateAgencyInput;
}>;


export type DeactivateAgencyForHistoryMutation = { __typename?: 'Mutation', deactivateAgency: { __typename?: 'Agency', validTo: string | null } };

export type CreatePlanForHistoryMutationVariables = Exact<{
  i: CreatePlanInput;
}>;


export type CreatePlanForHistoryMutation = { __typename?: 'Mutation', createPlan: { __typename?: 'Plan', id: string } };

export type PlanForHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PlanForHistoryQuery = { __typename?: 'Query', plan: { __typename?: 'Plan', id: string, title: string, ownerAgencyId: string } };

export type IndicatorValueForHistoryQueryVariables = Exact<{
  ind: Scalars['ID']['input'];
  a: Scalars['ID']['input'];
  p: Scalars['String']['input'];
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
}>;


export type IndicatorValueForHistoryQuery = { __typename?: 'Query', indicatorValue: { __typename?: 'IndicatorValue', value: number | null, numerator: number | null, denominator: number | null, reportedCount: number } };

export type OpenRoundForHistoryMutationVariables = Exact<{
  i: OpenReportingRoundInput;
}>;


export type OpenRoundForHistoryMutation = { __typename?: 'Mutation', openReportingRound: { __typename?: 'ReportingRound', id: string, dueDate: string } };

export type AgencyReportsForHistoryQueryVariables = Exact<{
  f?: InputMaybe<AgencyReportFilter>;
}>;


export type AgencyReportsForHistoryQuery = { __typename?: 'Query', agencyReports: { __typename?: 'AgencyReportConnection', edges: Array<{ __typename?: 'AgencyReportEdge', node: { __typename?: 'AgencyReport', id: string, agencyId: string, status: ReportStatus, version: number } }> } };

export type SubmitReportForHistoryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  v: Scalars['Int']['input'];
}>;


export type SubmitReportForHistoryMutation = { __typename?: 'Mutation', submitAgencyReport: { __typename?: 'AgencyReport', status: ReportStatus, submittedAt: string | null } };

export type ExportReportForHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExportReportForHistoryQuery = { __typename?: 'Query', exportAgencyReport: { __typename?: 'ExportedFile', filename: string, contentBase64: string } };

export type ResolveNamesForHistoryQueryVariables = Exact<{
  text: Scalars['String']['input'];
  r?: InputMaybe<Scalars['ID']['input']>;
  d?: InputMaybe<Scalars['LocalDate']['input']>;
}>;


export type ResolveNamesForHistoryQuery = { __typename?: 'Query', resolveAgencyNames: { __typename?: 'AgencyNameResolution', unresolved: Array<string>, matches: Array<{ __typename?: 'AgencyNameMatch', text: string, confidence: number, agency: { __typename?: 'Agency', id: string, code: string, name: string } | null, successor: { __typename?: 'Agency', id: string, code: string } | null }> } };

export type CreateAgencyForHistoryPropertyMutationVariables = Exact<{
  i: CreateAgencyInput;
}>;


export type CreateAgencyForHistoryPropertyMutation = { __typename?: 'Mutation', createAgency: { __typename?: 'Agency', id: string } };

export type MoveAgencyForHistoryPropertyMutationVariables = Exact<{
  i: MoveAgencyInput;
}>;


export type MoveAgencyForHistoryPropertyMutation = { __typename?: 'Mutation', moveAgency: { __typename?: 'Agency', id: string } };

export type AgencyLockVersionForHistoryPropertyQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AgencyLockVersionForHistoryPropertyQuery = { __typename?: 'Query', agency: { __typename?: 'Agency', version: number } };

export type UpdateAgencyForHistoryPropertyMutationVariables = Exact<{
  i: UpdateAgencyInput;
}>;


export type UpdateAgencyForHistoryPropertyMutation = { __typename?: 'Mutation', updateAgency: { __typename?: 'Agency', id: string } };

export type MergeAgenciesForHistoryPropertyMutationVariables = Exact<{
  i: MergeAgenciesInput;
}>;


export type MergeAgenciesForHistoryPropertyMutation = { __typename?: 'Mutation', mergeAgencies: { __typename?: 'Agency', id: string } };

export type DeactivateAgencyForHistoryPropertyMutationVariables = Exact<{
  i: DeactivateAgencyInput;
}>;


export type DeactivateAgencyForHistoryPropertyMutation = { __typename?: 'Mutation', deactivateAgency: { __typename?: 'Agency', id: string } };

export type AgencyTreeForHistoryPropertyQueryVariables = Exact<{
  r: Scalars['ID']['input'];
  d: Scalars['LocalDate']['input'];
}>;


export type AgencyTreeForHistoryPropertyQuery = { __typename?: 'Query', agencyTree: Array<{ __typename?: 'AgencyTreeNode', id: string, parentId: string | null, name: string }> };

export type AgencyHistoryForHistoryPropertyQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AgencyHistoryForHistoryPropertyQuery = { __typename?: 'Query', agency: { __typename?: 'Agency', history: Array<{ __typename?: 'AgencyVersion', agencyId: string, effectiveFrom: string | null, effectiveTo: string | null, parentId: string | null, name: string }> } };

export type PreviewReorganisationForReorgMutationVariables = Exact<{
  i: ReorganisationInput;
}>;


export type PreviewReorganisationForReorgMutation = { __typename?: 'Mutation', previewReorganisation: { __typename?: 'ReorganisationPreview', effectiveDate: string, taskCount: number, measurementCount: number, problems: Array<{ __typename?: 'ReorganisationProblem', line: number, field: string, message: string }>, agencies: Array<{ __typename?: 'ReorganisationAgencyChange', code: string, nameBefore: string | null, nameAfter: string, parentBefore: string | null, parentAfter: string | null, created: boolean, ends: boolean, successor: string | null }>, users: Array<{ __typename?: 'ReorganisationDependent', id: string, label: string, agency: string, successor: string | null }>, tasks: Array<{ __typename?: 'ReorganisationDependent', id: string, label: string, agency: string, successor: string | null }>, groups: Array<{ __typename?: 'ReorganisationDependent', id: string, label: string, agency: string, successor: string | null }>, reports: Array<{ __typename?: 'ReorganisationDependent', id: string, label: string, agency: string, successor: string | null }> } };

export type ApplyReorganisationForReorgMutationVariables = Exact<{
  i: ReorganisationInput;
}>;


export type ApplyReorganisationForReorgMutation = { __typename?: 'Mutation', applyReorganisation: { __typename?: 'AgencyReorganisation', id: string, title: string, decision: string | null, effectiveDate: string, status: ReorganisationStatus, operationCount: number, undoBlockedBy: string | null } };

export type UndoReorganisationForReorgMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UndoReorganisationForReorgMutation = { __typename?: 'Mutation', undoReorganisation: { __typename?: 'AgencyReorganisation', id: string, status: ReorganisationStatus, undoneAt: string | null, undoBlockedBy: string | null } };

export type AgencyReorganisationsForReorgQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AgencyReorganisationsForReorgQuery = { __typename?: 'Query', agencyReorganisations: Array<{ __typename?: 'AgencyReorganisation', id: string, title: string, status: ReorganisationStatus, effectiveDate: string, operationCount: number, undoBlockedBy: string | null }> };

export type CreateAgencyGroupForReorgMutationVariables = Exact<{
  i: CreateAgencyGroupInput;
}>;


export type CreateAgencyGroupForReorgMutation = { __typename?: 'Mutation', createAgencyGroup: { __typename?: 'AgencyGroup', id: string } };

export type AgencyGroupForReorgQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AgencyGroupForReorgQuery = { __typename?: 'Query', agencyGroup: { __typename?: 'AgencyGroup', id: string, memberIds: Array<string> } };

export type CreatePlanItemForReorgMutationVariables = Exact<{
  i: CreatePlanItemInput;
}>;


export type CreatePlanItemForReorgMutation = { __typename?: 'Mutation', createPlanItem: { __typename?: 'PlanItem', id: string, code: string } };

export type GenerateConsolidatedReportForEditingMutationVariables = Exact<{
  r: Scalars['ID']['input'];
}>;


export type GenerateConsolidatedReportForEditingMutation = { __typename?: 'Mutation', generateConsolidatedReport: { __typename?: 'ConsolidatedReport', id: string, status: ConsolidatedReportStatus, version: number, documentNumber: string | null, signerName: string | null, narrative: { __typename?: 'ReportNarrative', direction: string | null, assessment: string | null } } };

export type UpdateConsolidatedReportForEditingMutationVariables = Exact<{
  i: UpdateConsolidatedReportInput;
}>;


export type UpdateConsolidatedReportForEditingMutation = { __typename?: 'Mutation', updateConsolidatedReport: { __typename?: 'ConsolidatedReport', id: string, status: ConsolidatedReportStatus, version: number, documentNumber: string | null, signerName: string | null, narrative: { __typename?: 'ReportNarrative', direction: string | null, assessment: string | null } } };

export type ConsolidatedReportForEditingQueryVariables = Exact<{
  r: Scalars['ID']['input'];
}>;


export type ConsolidatedReportForEditingQuery = { __typename?: 'Query', consolidatedReport: { __typename?: 'ConsolidatedReport', id: string, status: ConsolidatedReportStatus, version: number, documentNumber: string | null, signerName: string | null, narrative: { __typename?: 'ReportNarrative', direction: string | null, assessment: string | null } } | null };

export type FinaliseConsolidatedReportForEditingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  v: Scalars['Int']['input'];
}>;


export type FinaliseConsolidatedReportForEditingMutation = { __typename?: 'Mutation', finaliseConsolidatedReport: { __typename?: 'ConsolidatedReport', id: string, status: ConsolidatedReportStatus, version: number, documentNumber: string | null, signerName: string | null, narrative: { __typename?: 'ReportNarrative', direction: string | null, assessment: string | null } } };

export type AgencyTreeForDemoReorgQueryVariables = Exact<{
  d?: InputMaybe<Scalars['LocalDate']['input']>;
}>;


export type AgencyTreeForDemoReorgQuery = { __typename?: 'Query', agencyTree: Array<{ __typename?: 'AgencyTreeNode', id: string, code: string, name: string, shortName: string | null, parentId: string | null, depth: number, level: AgencyLevel, active: boolean }> };

export type PlansForDemoReorgQueryVariables = Exact<{ [key: string]: never; }>;


export type PlansForDemoReorgQuery = { __typename?: 'Query', plans: { __typename?: 'PlanConnection', edges: Array<{ __typename?: 'PlanEdge', node: { __typename?: 'Plan', id: string, code: string, title: string, ownerAgencyId: string } }> } };

export type PlanTasksForDemoReorgQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PlanTasksForDemoReorgQuery = { __typename?: 'Query', plan: { __typename?: 'Plan', id: string, code: string, ownerAgency: { __typename?: 'Agency', id: string, name: string }, items: Array<{ __typename?: 'PlanItem', id: string, code: string, kind: PlanItemKind, title: string, status: PlanItemStatus, progress: number, dueDate: string | null, leads: Array<{ __typename?: 'PlanItemAgency', agencyId: string | null, groupId: string | null, sourceText: string | null, agency: { __typename?: 'Agency', id: string, name: string } | null }>, coordinators: Array<{ __typename?: 'PlanItemAgency', agencyId: string | null, groupId: string | null, sourceText: string | null, agency: { __typename?: 'Agency', id: string, name: string } | null }> }> } };

export type TaskStatsForDemoReorgQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  by: TaskStatsGroupBy;
}>;


export type TaskStatsForDemoReorgQuery = { __typename?: 'Query', taskStats: Array<{ __typename?: 'TaskStatsRow', key: string, label: string | null, total: number, done: number, inProgress: number, notStarted: number, cancelled: number, overdue: number, averageProgress: number }> };

export type IndicatorValuesForDemoReorgQueryVariables = Exact<{
  plan: Scalars['ID']['input'];
  root: Scalars['ID']['input'];
}>;


export type IndicatorValuesForDemoReorgQuery = { __typename?: 'Query', indicators: { __typename?: 'IndicatorConnection', edges: Array<{ __typename?: 'IndicatorEdge', node: { __typename?: 'Indicator', id: string, code: string, state: IndicatorState, aggregation: IndicatorAggregation, q1: { __typename?: 'IndicatorValue', asOf: string, value: number | null, numerator: number | null, denominator: number | null, reportedCount: number, status: IndicatorStatus, target: number | null } | null, q2: { __typename?: 'IndicatorValue', asOf: string, value: number | null, numerator: number | null, denominator: number | null, reportedCount: number, status: IndicatorStatus, target: number | null } | null, q3: { __typename?: 'IndicatorValue', asOf: string, value: number | null, numerator: number | null, denominator: number | null, reportedCount: number, status: IndicatorStatus, target: number | null } | null, q4: { __typename?: 'IndicatorValue', asOf: string, value: number | null, numerator: number | null, denominator: number | null, reportedCount: number, status: IndicatorStatus, target: number | null } | null } }> } };

export type DemoReorgValueFragment = { __typename?: 'IndicatorValue', asOf: string, value: number | null, numerator: number | null, denominator: number | null, reportedCount: number, status: IndicatorStatus, target: number | null };

export type IndicatorValueForDemoReorgQueryVariables = Exact<{
  ind: Scalars['ID']['input'];
  a: Scalars['ID']['input'];
  p: Scalars['String']['input'];
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
}>;


export type IndicatorValueForDemoReorgQuery = { __typename?: 'Query', indicatorValue: { __typename?: 'IndicatorValue', value: number | null, numerator: number | null, denominator: number | null, reportedCount: number } };

export type ScoreboardForDemoReorgQueryVariables = Exact<{
  plan: Scalars['ID']['input'];
  p: Scalars['String']['input'];
  level: AgencyLevel;
}>;


export type ScoreboardForDemoReorgQuery = { __typename?: 'Query', indicatorScoreboard: { __typename?: 'IndicatorScoreboard', asOf: string, period: string, indicators: Array<{ __typename?: 'Indicator', id: string }>, statusCounts: Array<{ __typename?: 'StatusCount', status: IndicatorStatus, count: number }>, rows: Array<{ __typename?: 'ScoreboardRow', values: Array<number | null>, statuses: Array<IndicatorStatus>, targets: Array<number | null>, agency: { __typename?: 'Agency', id: string, name: string } }> } };

export type ReportsForDemoReorgQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReportsForDemoReorgQuery = { __typename?: 'Query', agencyReports: { __typename?: 'AgencyReportConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename?: 'AgencyReportEdge', node: { __typename?: 'AgencyReport', id: string, agencyId: string, status: ReportStatus, dueDate: string, late: boolean, agency: { __typename?: 'Agency', id: string, name: string }, round: { __typename?: 'ReportingRound', id: string, period: string } } }> } };

export type ExportReportForDemoReorgQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExportReportForDemoReorgQuery = { __typename?: 'Query', exportAgencyReport: { __typename?: 'ExportedFile', filename: string, contentBase64: string } };

export type ResolveNamesForDemoReorgQueryVariables = Exact<{
  text: Scalars['String']['input'];
  d?: InputMaybe<Scalars['LocalDate']['input']>;
}>;


export type ResolveNamesForDemoReorgQuery = { __typename?: 'Query', resolveAgencyNames: { __typename?: 'AgencyNameResolution', unresolved: Array<string>, matches: Array<{ __typename?: 'AgencyNameMatch', text: string, confidence: number, agency: { __typename?: 'Agency', id: string, code: string } | null, successor: { __typename?: 'Agency', id: string, code: string } | null }> } };

export type PreviewReorganisationForDemoReorgMutationVariables = Exact<{
  i: ReorganisationInput;
}>;


export type PreviewReorganisationForDemoReorgMutation = { __typename?: 'Mutation', previewReorganisation: { __typename?: 'ReorganisationPreview', problems: Array<{ __typename?: 'ReorganisationProblem', line: number, field: string, message: string }>, agencies: Array<{ __typename?: 'ReorganisationAgencyChange', code: string, ends: boolean }> } };

export type ApplyReorganisationForDemoReorgMutationVariables = Exact<{
  i: ReorganisationInput;
}>;


export type ApplyReorganisationForDemoReorgMutation = { __typename?: 'Mutation', applyReorganisation: { __typename?: 'AgencyReorganisation', id: string, status: ReorganisationStatus, operationCount: number, undoBlockedBy: string | null } };

export type UndoReorganisationForDemoReorgMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UndoReorganisationForDemoReorgMutation = { __typename?: 'Mutation', undoReorganisation: { __typename?: 'AgencyReorganisation', id: string, status: ReorganisationStatus } };

export type ReorganisationsForDemoReorgQueryVariables = Exact<{ [key: string]: never; }>;


export type ReorganisationsForDemoReorgQuery = { __typename?: 'Query', agencyReorganisations: Array<{ __typename?: 'AgencyReorganisation', id: string, status: ReorganisationStatus, undoBlockedBy: string | null }> };

export type UpdateIndicatorForLockingMutationVariables = Exact<{
  i: UpdateIndicatorInput;
}>;


export type UpdateIndicatorForLockingMutation = { __typename?: 'Mutation', updateIndicator: { __typename?: 'Indicator', id: string, version: number, nameVi: string, target: number | null, cumulative: boolean, state: IndicatorState } };

export type SetIndicatorTargetsForLockingMutationVariables = Exact<{
  i: SetIndicatorTargetsInput;
}>;


export type SetIndicatorTargetsForLockingMutation = { __typename?: 'Mutation', setIndicatorTargets: { __typename?: 'Indicator', id: string, version: number, nameVi: string, target: number | null, cumulative: boolean, state: IndicatorState } };

export type IndicatorForLockingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type IndicatorForLockingQuery = { __typename?: 'Query', indicator: { __typename?: 'Indicator', id: string, version: number, nameVi: string, target: number | null, cumulative: boolean, state: IndicatorState } };

export type CreatePlanForLockingMutationVariables = Exact<{
  i: CreatePlanInput;
}>;


export type CreatePlanForLockingMutation = { __typename?: 'Mutation', createPlan: { __typename?: 'Plan', id: string } };

export type BuildInspectionChecklistForTestMutationVariables = Exact<{
  i: BuildInspectionChecklistInput;
}>;


export type BuildInspectionChecklistForTestMutation = { __typename?: 'Mutation', buildInspectionChecklist: { __typename?: 'Inspection', id: string, checklist: Array<{ __typename?: 'InspectionChecklistItem', id: string, version: number, position: number, title: string, sourceCode: string | null, result: InspectionChecklistResult | null }> } };

export type UpdateInspectionChecklistItemForTestMutationVariables = Exact<{
  i: UpdateInspectionChecklistItemInput;
}>;


export type UpdateInspectionChecklistItemForTestMutation = { __typename?: 'Mutation', updateInspectionChecklistItem: { __typename?: 'InspectionChecklistItem', id: string, version: number, result: InspectionChecklistResult | null, note: string | null, evidence: Array<{ __typename?: 'InspectionChecklistEvidence', url: string, label: string | null }> } };

export type InspectionsWithChecklistForTestQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type InspectionsWithChecklistForTestQuery = { __typename?: 'Query', inspections: { __typename?: 'InspectionConnection', edges: Array<{ __typename?: 'InspectionEdge', node: { __typename?: 'Inspection', id: string, checklist: Array<{ __typename?: 'InspectionChecklistItem', title: string, result: InspectionChecklistResult | null }> } }> } };

export type InspectionsWithoutChecklistForTestQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type InspectionsWithoutChecklistForTestQuery = { __typename?: 'Query', inspections: { __typename?: 'InspectionConnection', edges: Array<{ __typename?: 'InspectionEdge', node: { __typename?: 'Inspection', id: string } }> } };

export type ProposeInspectionsForTestMutationVariables = Exact<{
  i: ProposeInspectionsInput;
}>;


export type ProposeInspectionsForTestMutation = { __typename?: 'Mutation', proposeInspections: { __typename?: 'InspectionPlan', id: string, version: number, year: number, status: InspectionPlanStatus, coverageProvince: number, coverageDistrict: number, coverageCommune: number } };

export type InspectionsForTestQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type InspectionsForTestQuery = { __typename?: 'Query', inspections: { __typename?: 'InspectionConnection', totalCount: number, edges: Array<{ __typename?: 'InspectionEdge', node: { __typename?: 'Inspection', id: string, version: number, agencyId: string, status: InspectionStatus, proposed: boolean, score: number | null, month: number | null, teamUserIds: Array<string>, agency: { __typename?: 'Agency', name: string, level: AgencyLevel } | null, reasons: Array<{ __typename?: 'InspectionReasonModel', code: InspectionReasonCode, year: number | null, value: number | null, count: number | null, points: number }>, findings: Array<{ __typename?: 'InspectionFinding', id: string, text: string, severity: InspectionFindingSeverity, deadline: string, taskId: string | null, status: InspectionFindingStatus, closedOn: string | null, reviewNote: string | null }> } }> } };

export type AdjustInspectionPlanForTestMutationVariables = Exact<{
  i: AdjustInspectionPlanInput;
}>;


export type AdjustInspectionPlanForTestMutation = { __typename?: 'Mutation', adjustInspectionPlan: { __typename?: 'InspectionPlan', id: string, version: number, coverageCommune: number } };

export type ApproveInspectionPlanForTestMutationVariables = Exact<{
  i: VersionedInput;
}>;


export type ApproveInspectionPlanForTestMutation = { __typename?: 'Mutation', approveInspectionPlan: { __typename?: 'InspectionPlan', id: string, version: number, status: InspectionPlanStatus } };

export type ScheduleInspectionForTestMutationVariables = Exact<{
  i: ScheduleInspectionInput;
}>;


export type ScheduleInspectionForTestMutation = { __typename?: 'Mutation', scheduleInspection: { __typename?: 'Inspection', id: string, version: number, month: number | null, teamUserIds: Array<string> } };

export type RecordInspectionFindingsForTestMutationVariables = Exact<{
  i: RecordInspectionFindingsInput;
}>;


export type RecordInspectionFindingsForTestMutation = { __typename?: 'Mutation', recordInspectionFindings: { __typename?: 'Inspection', id: string, version: number, status: InspectionStatus, conductedOn: string | null, findings: Array<{ __typename?: 'InspectionFinding', id: string, taskId: string | null, status: InspectionFindingStatus, deadline: string }> } };

export type ReinspectFindingsForTestMutationVariables = Exact<{
  i: ReinspectInput;
}>;


export type ReinspectFindingsForTestMutation = { __typename?: 'Mutation', reinspectFindings: { __typename?: 'Inspection', id: string, version: number, reinspectedOn: string | null, findings: Array<{ __typename?: 'InspectionFinding', id: string, status: InspectionFindingStatus, closedOn: string | null, reviewNote: string | null }> } };

export type InspectionCoverageForTestQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type InspectionCoverageForTestQuery = { __typename?: 'Query', inspectionCoverage: { __typename?: 'InspectionCoverageModel', year: number, levels: Array<{ __typename?: 'InspectionCoverageLine', level: AgencyLevel | null, agencies: number, inspected: number, percent: number }>, total: { __typename?: 'InspectionCoverageLine', agencies: number, inspected: number, percent: number } } };

export type InspectionAgencyTasksForTestQueryVariables = Exact<{
  lead: Scalars['ID']['input'];
}>;


export type InspectionAgencyTasksForTestQuery = { __typename?: 'Query', tasks: { __typename?: 'PlanItemConnection', edges: Array<{ __typename?: 'PlanItemEdge', node: { __typename?: 'PlanItem', id: string, title: string, dueDate: string | null } }> } };

export type RecordInspectionCoverageForTestMutationVariables = Exact<{
  i: RecordInspectionCoverageInput;
}>;


export type RecordInspectionCoverageForTestMutation = { __typename?: 'Mutation', recordInspectionCoverage: { __typename?: 'Measurement', id: string, agencyId: string, period: string, numerator: number | null, denominator: number | null, status: MeasurementStatus } };

export type InspectionCoverageIndicatorValueForTestQueryVariables = Exact<{
  indicatorId: Scalars['ID']['input'];
  agencyId: Scalars['ID']['input'];
  period: Scalars['String']['input'];
}>;


export type InspectionCoverageIndicatorValueForTestQuery = { __typename?: 'Query', indicatorValue: { __typename?: 'IndicatorValue', value: number | null, numerator: number | null, denominator: number | null } };

export type InspectionDecisionDocxForTestQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type InspectionDecisionDocxForTestQuery = { __typename?: 'Query', inspectionDecisionDocx: { __typename?: 'ExportedFile', filename: string, mimeType: string, contentBase64: string } };

export type InspectionConclusionDocxForTestQueryVariables = Exact<{
  inspectionId: Scalars['ID']['input'];
}>;


export type InspectionConclusionDocxForTestQuery = { __typename?: 'Query', inspectionConclusionDocx: { __typename?: 'ExportedFile', filename: string, contentBase64: string } };

export type InspectionTeamsForTestQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type InspectionTeamsForTestQuery = { __typename?: 'Query', inspections: { __typename?: 'InspectionConnection', edges: Array<{ __typename?: 'InspectionEdge', node: { __typename?: 'Inspection', id: string, version: number, agencyId: string, status: InspectionStatus, team: Array<{ __typename?: 'InspectionTeamMember', id: string, name: string, agencyName: string | null, leader: boolean }>, findings: Array<{ __typename?: 'InspectionFinding', id: string, task: { __typename?: 'PlanItem', id: string, code: string, title: string } | null }> } }> } };

export type InspectionTeamCandidatesForTestQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type InspectionTeamCandidatesForTestQuery = { __typename?: 'Query', inspectionTeamCandidates: Array<{ __typename?: 'InspectionTeamMember', id: string, name: string, agencyName: string | null, leader: boolean }> };

export type ParAppraisalViewForTestQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ParAppraisalViewForTestQuery = { __typename?: 'Query', parAssessment: { __typename?: 'ParAssessment', id: string, version: number, status: ParAssessmentStatus, explanationDue: string | null, closedByDeadline: ParDeadlinePhase | null, selfAssessmentDeadline: string, finalisedByLabel: string | null, cycle: { __typename?: 'ParCycle', id: string, status: ParCycleStatus, council: Array<{ __typename?: 'ParCouncilMember', fullName: string }> } | null, scores: Array<{ __typename?: 'ParScore', criterionId: string, selfPoints: number | null, appraisedPoints: number | null, appraisalReason: string | null, explanation: string | null, reappraisedPoints: number | null, reappraisalAnswer: string | null }>, appraisalSummary: { __typename?: 'ParAppraisalSummary', toAppraise: number, appraised: number, differences: number, explained: number, answered: number, points: number } } };

export type SaveParAppraisalForTestMutationVariables = Exact<{
  i: SaveParAppraisalInput;
}>;


export type SaveParAppraisalForTestMutation = { __typename?: 'Mutation', saveParAppraisal: { __typename?: 'ParAssessment', id: string, version: number } };

export type SendParAppraisalForTestMutationVariables = Exact<{
  i: SendParAppraisalInput;
}>;


export type SendParAppraisalForTestMutation = { __typename?: 'Mutation', sendParAppraisal: { __typename?: 'ParAssessment', id: string, version: number, status: ParAssessmentStatus, explanationDue: string | null } };

export type SubmitParExplanationsForTestMutationVariables = Exact<{
  i: SubmitParExplanationsInput;
}>;


export type SubmitParExplanationsForTestMutation = { __typename?: 'Mutation', submitParExplanations: { __typename?: 'ParAssessment', id: string, version: number, status: ParAssessmentStatus } };

export type SaveParReappraisalForTestMutationVariables = Exact<{
  i: SaveParReappraisalInput;
}>;


export type SaveParReappraisalForTestMutation = { __typename?: 'Mutation', saveParReappraisal: { __typename?: 'ParAssessment', id: string, version: number } };

export type FinaliseParAssessmentForTestMutationVariables = Exact<{
  i: FinaliseParAssessmentInput;
}>;


export type FinaliseParAssessmentForTestMutation = { __typename?: 'Mutation', finaliseParAssessment: { __typename?: 'ParAssessment', id: string, version: number, status: ParAssessmentStatus } };

export type ReopenParAssessmentForTestMutationVariables = Exact<{
  i: ReopenParAssessmentInput;
}>;


export type ReopenParAssessmentForTestMutation = { __typename?: 'Mutation', reopenParAssessment: { __typename?: 'ParAssessment', id: string, version: number, status: ParAssessmentStatus } };

export type ExtendParDeadlineForTestMutationVariables = Exact<{
  i: ExtendParDeadlineInput;
}>;


export type ExtendParDeadlineForTestMutation = { __typename?: 'Mutation', extendParDeadline: { __typename?: 'ParAssessment', id: string, version: number, status: ParAssessmentStatus, selfAssessmentDue: string | null, explanationDue: string | null, closedByDeadline: ParDeadlinePhase | null } };

export type SetParCouncilForTestMutationVariables = Exact<{
  i: SetParCouncilInput;
}>;


export type SetParCouncilForTestMutation = { __typename?: 'Mutation', setParCouncil: { __typename?: 'ParCycle', id: string, version: number, councilUserIds: Array<string> } };

export type PublishParCycleForTestMutationVariables = Exact<{
  i: PublishParCycleInput;
}>;


export type PublishParCycleForTestMutation = { __typename?: 'Mutation', publishParCycle: { __typename?: 'ParCycle', id: string, version: number, status: ParCycleStatus, publishedAt: string | null } };

export type ParCycleVersionForTestQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ParCycleVersionForTestQuery = { __typename?: 'Query', parCycle: { __typename?: 'ParCycle', id: string, version: number, status: ParCycleStatus, appraisalDue: string, publicationDue: string, explanationDays: number } };

export type OpenParCycleForTestMutationVariables = Exact<{
  i: OpenParCycleInput;
}>;


export type OpenParCycleForTestMutation = { __typename?: 'Mutation', openParCycle: { __typename?: 'ParCycle', id: string, year: number, status: ParCycleStatus, selfAssessmentDue: string, frameworkIds: Array<string> } };

export type ParAssessmentsForTestQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ParAssessmentsForTestQuery = { __typename?: 'Query', parAssessments: { __typename?: 'ParAssessmentConnection', totalCount: number, edges: Array<{ __typename?: 'ParAssessmentEdge', node: { __typename?: 'ParAssessment', id: string, version: number, status: ParAssessmentStatus, agency: { __typename?: 'Agency', code: string } | null, framework: { __typename?: 'ParFramework', targetGroup: ParTargetGroup, status: ParFrameworkStatus } | null, selfSummary: { __typename?: 'ParSelfSummary', toScore: number, scored: number, selfPoints: number } } }> } };

export type ParAssessmentForTestQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ParAssessmentForTestQuery = { __typename?: 'Query', parAssessment: { __typename?: 'ParAssessment', id: string, version: number, status: ParAssessmentStatus, late: boolean, submittedByLabel: string | null, scores: Array<{ __typename?: 'ParScore', criterionId: string, selfPoints: number | null, selfNote: string | null }>, selfSummary: { __typename?: 'ParSelfSummary', toScore: number, scored: number, selfPoints: number } } };

export type SaveParSelfScoresForTestMutationVariables = Exact<{
  i: SaveParSelfScoresInput;
}>;


export type SaveParSelfScoresForTestMutation = { __typename?: 'Mutation', saveParSelfScores: { __typename?: 'ParAssessment', id: string, version: number, selfSummary: { __typename?: 'ParSelfSummary', scored: number, selfPoints: number } } };

export type SubmitParSelfAssessmentForTestMutationVariables = Exact<{
  i: SubmitParSelfAssessmentInput;
}>;


export type SubmitParSelfAssessmentForTestMutation = { __typename?: 'Mutation', submitParSelfAssessment: { __typename?: 'ParAssessment', status: ParAssessmentStatus, version: number, late: boolean, submittedAt: string | null } };

export type ParCyclesWithStatusCountsForTestQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ParCyclesWithStatusCountsForTestQuery = { __typename?: 'Query', parCycles: { __typename?: 'ParCycleConnection', edges: Array<{ __typename?: 'ParCycleEdge', node: { __typename?: 'ParCycle', id: string, year: number, statusCounts: Array<{ __typename?: 'ParStatusCount', targetGroup: ParTargetGroup, status: ParAssessmentStatus, count: number }> } }> } };

export type ParAssessmentsByStatusForTestQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
  status?: InputMaybe<Array<ParAssessmentStatus> | ParAssessmentStatus>;
}>;


export type ParAssessmentsByStatusForTestQuery = { __typename?: 'Query', parAssessments: { __typename?: 'ParAssessmentConnection', totalCount: number, edges: Array<{ __typename?: 'ParAssessmentEdge', node: { __typename?: 'ParAssessment', id: string, status: ParAssessmentStatus, agency: { __typename?: 'Agency', code: string } | null } }> } };

export type AddParEvidenceLinkForTestMutationVariables = Exact<{
  i: AddParEvidenceLinkInput;
}>;


export type AddParEvidenceLinkForTestMutation = { __typename?: 'Mutation', addParEvidenceLink: { __typename?: 'ParEvidence', id: string, kind: ParEvidenceKind, label: string, url: string | null, downloadUrl: string | null, addedBy: string | null } };

export type AddParEvidenceRecordForTestMutationVariables = Exact<{
  i: AddParEvidenceRecordInput;
}>;


export type AddParEvidenceRecordForTestMutation = { __typename?: 'Mutation', addParEvidenceRecord: { __typename?: 'ParEvidence', id: string, kind: ParEvidenceKind, label: string, recordType: ParEvidenceRecordType | null, recordId: string | null, downloadUrl: string | null } };

export type RemoveParEvidenceForTestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveParEvidenceForTestMutation = { __typename?: 'Mutation', removeParEvidence: boolean };

export type ParEvidenceCandidatesForTestQueryVariables = Exact<{
  assessmentId: Scalars['ID']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  recordType?: InputMaybe<ParEvidenceRecordType>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ParEvidenceCandidatesForTestQuery = { __typename?: 'Query', parEvidenceCandidates: Array<{ __typename?: 'ParEvidenceCandidate', recordType: ParEvidenceRecordType, recordId: string, label: string, date: string | null }> };

export type ParAssessmentEvidenceForTestQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ParAssessmentEvidenceForTestQuery = { __typename?: 'Query', parAssessment: { __typename?: 'ParAssessment', id: string, evidence: Array<{ __typename?: 'ParEvidence', id: string, criterionId: string, kind: ParEvidenceKind, label: string, url: string | null, recordType: ParEvidenceRecordType | null, recordId: string | null, mimeType: string | null, size: number | null, downloadUrl: string | null }> } };

export type ParCycleEvidenceForTestQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ParCycleEvidenceForTestQuery = { __typename?: 'Query', parAssessments: { __typename?: 'ParAssessmentConnection', edges: Array<{ __typename?: 'ParAssessmentEdge', node: { __typename?: 'ParAssessment', id: string, evidence: Array<{ __typename?: 'ParEvidence', id: string, label: string }> } }> } };

export type CreateParFrameworkForTestMutationVariables = Exact<{
  i: CreateParFrameworkInput;
}>;


export type CreateParFrameworkForTestMutation = { __typename?: 'Mutation', createParFramework: { __typename?: 'ParFramework', id: string, version: number, year: number, targetGroup: ParTargetGroup, revision: number, name: string, totalPoints: number, status: ParFrameworkStatus, isSample: boolean, bands: Array<{ __typename?: 'ParBand', code: string, label: string, minIndex: number }> } };

export type UpdateParFrameworkForTestMutationVariables = Exact<{
  i: UpdateParFrameworkInput;
}>;


export type UpdateParFrameworkForTestMutation = { __typename?: 'Mutation', updateParFramework: { __typename?: 'ParFramework', name: string, version: number, totalPoints: number, bands: Array<{ __typename?: 'ParBand', code: string }> } };

export type DeleteParFrameworkForTestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteParFrameworkForTestMutation = { __typename?: 'Mutation', deleteParFramework: boolean };

export type LockParFrameworkForTestMutationVariables = Exact<{
  i: LockParFrameworkInput;
}>;


export type LockParFrameworkForTestMutation = { __typename?: 'Mutation', lockParFramework: { __typename?: 'ParFramework', status: ParFrameworkStatus, version: number, lockedAt: string | null } };

export type CopyParFrameworkForTestMutationVariables = Exact<{
  i: CopyParFrameworkInput;
}>;


export type CopyParFrameworkForTestMutation = { __typename?: 'Mutation', copyParFramework: { __typename?: 'ParFramework', id: string, year: number, revision: number, status: ParFrameworkStatus, copiedFromId: string | null, criteria: Array<{ __typename?: 'ParCriterion', id: string, code: string, parentId: string | null, level: ParCriterionLevel, maxPoints: number, scale: Array<{ __typename?: 'ParScaleOption', label: string, points: number }> | null }> } };

export type CreateParCriterionForTestMutationVariables = Exact<{
  i: CreateParCriterionInput;
}>;


export type CreateParCriterionForTestMutation = { __typename?: 'Mutation', createParCriterion: { __typename?: 'ParCriterion', id: string, version: number, code: string, level: ParCriterionLevel, position: number, maxPoints: number, method: ParScoringMethod | null, scale: Array<{ __typename?: 'ParScaleOption', label: string, points: number }> | null } };

export type UpdateParCriterionForTestMutationVariables = Exact<{
  i: UpdateParCriterionInput;
}>;


export type UpdateParCriterionForTestMutation = { __typename?: 'Mutation', updateParCriterion: { __typename?: 'ParCriterion', code: string, maxPoints: number, method: ParScoringMethod | null, version: number, scale: Array<{ __typename?: 'ParScaleOption', points: number }> | null } };

export type DeleteParCriterionForTestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteParCriterionForTestMutation = { __typename?: 'Mutation', deleteParCriterion: boolean };

export type ParFrameworkForTestQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ParFrameworkForTestQuery = { __typename?: 'Query', parFramework: { __typename?: 'ParFramework', id: string, version: number, status: ParFrameworkStatus, scoredMaximum: number, problems: Array<{ __typename?: 'ParFrameworkProblem', code: string | null, kind: string, message: string }>, criteria: Array<{ __typename?: 'ParCriterion', code: string, level: ParCriterionLevel, position: number }> } };

export type ParFrameworksForTestQueryVariables = Exact<{
  filter?: InputMaybe<ParFrameworkFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ParFrameworksForTestQuery = { __typename?: 'Query', parFrameworks: { __typename?: 'ParFrameworkConnection', totalCount: number, edges: Array<{ __typename?: 'ParFrameworkEdge', node: { __typename?: 'ParFramework', id: string, year: number, revision: number, criteria: Array<{ __typename?: 'ParCriterion', code: string }>, problems: Array<{ __typename?: 'ParFrameworkProblem', kind: string }> } }> } };

export type ParFrameworkTemplateForTestQueryVariables = Exact<{ [key: string]: never; }>;


export type ParFrameworkTemplateForTestQuery = { __typename?: 'Query', parFrameworkTemplate: { __typename?: 'ExportedFile', filename: string, mimeType: string, contentBase64: string } };

export type ExportParFrameworkForTestQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExportParFrameworkForTestQuery = { __typename?: 'Query', exportParFramework: { __typename?: 'ExportedFile', filename: string, contentBase64: string } };

export type ImportParFrameworkForTestMutationVariables = Exact<{
  i: ImportParFrameworkInput;
}>;


export type ImportParFrameworkForTestMutation = { __typename?: 'Mutation', importParFramework: { __typename?: 'ParFrameworkImportResult', dryRun: boolean, applied: boolean, items: number, totalPoints: number | null, problems: Array<{ __typename?: 'ParFrameworkImportProblem', sheet: string, line: number | null, column: string | null, code: string, message: string }>, framework: { __typename?: 'ParFramework', id: string, year: number, status: ParFrameworkStatus, name: string, criteria: Array<{ __typename?: 'ParCriterion', code: string, parentId: string | null, level: ParCriterionLevel, title: string, maxPoints: number, method: ParScoringMethod | null, guidance: string | null, evidenceRequired: boolean, scale: Array<{ __typename?: 'ParScaleOption', label: string, points: number }> | null }> } | null } };

export type ParNationalReportDocxForTestQueryVariables = Exact<{
  assessmentId: Scalars['ID']['input'];
}>;


export type ParNationalReportDocxForTestQuery = { __typename?: 'Query', parNationalReportDocx: { __typename?: 'ExportedFile', filename: string, mimeType: string, contentBase64: string } };

export type ParNationalTemplateForTestQueryVariables = Exact<{
  assessmentId: Scalars['ID']['input'];
}>;


export type ParNationalTemplateForTestQuery = { __typename?: 'Query', parNationalTemplate: { __typename?: 'ExportedFile', filename: string, mimeType: string, contentBase64: string } };

export type ImportParNationalPointsForTestMutationVariables = Exact<{
  i: ImportParNationalPointsInput;
}>;


export type ImportParNationalPointsForTestMutation = { __typename?: 'Mutation', importParNationalPoints: { __typename?: 'ParNationalImportResult', dryRun: boolean, applied: boolean, rows: Array<{ __typename?: 'ParNationalImportRow', line: number, code: string, title: string, maxPoints: number, selfPoints: number | null, points: number, reason: string | null }>, problems: Array<{ __typename?: 'ParNationalImportProblem', line: number | null, column: string | null, code: string, message: string }>, assessment: { __typename?: 'ParAssessment', id: string, status: ParAssessmentStatus, version: number } | null } };

export type AssignParResponsibilitiesForTestMutationVariables = Exact<{
  i: AssignParResponsibilitiesInput;
}>;


export type AssignParResponsibilitiesForTestMutation = { __typename?: 'Mutation', assignParResponsibilities: { __typename?: 'ParAssessment', id: string, version: number, responsibilities: Array<{ __typename?: 'ParResponsibility', criterionId: string, agency: { __typename?: 'Agency', code: string } | null }> } };

export type RecordParNationalAppraisalForTestMutationVariables = Exact<{
  i: RecordParNationalAppraisalInput;
}>;


export type RecordParNationalAppraisalForTestMutation = { __typename?: 'Mutation', recordParNationalAppraisal: { __typename?: 'ParAssessment', id: string, version: number, status: ParAssessmentStatus } };

export type CreateParImprovementTasksForTestMutationVariables = Exact<{
  i: CreateParImprovementTasksInput;
}>;


export type CreateParImprovementTasksForTestMutation = { __typename?: 'Mutation', createParImprovementTasks: number };

export type ParRankingXlsxForTestQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
}>;


export type ParRankingXlsxForTestQuery = { __typename?: 'Query', parRankingXlsx: { __typename?: 'ExportedFile', filename: string, mimeType: string, contentBase64: string } };

export type ParPublicationDecisionDocxForTestQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
}>;


export type ParPublicationDecisionDocxForTestQuery = { __typename?: 'Query', parPublicationDecisionDocx: { __typename?: 'ExportedFile', filename: string, mimeType: string, contentBase64: string } };

export type ParScorecardXlsxForTestQueryVariables = Exact<{
  assessmentId: Scalars['ID']['input'];
}>;


export type ParScorecardXlsxForTestQuery = { __typename?: 'Query', parScorecardXlsx: { __typename?: 'ExportedFile', filename: string, mimeType: string, contentBase64: string } };

export type ParProvisionalIndicatorForTestQueryVariables = Exact<{
  assessmentId: Scalars['ID']['input'];
}>;


export type ParProvisionalIndicatorForTestQuery = { __typename?: 'Query', parProvisionalScore: { __typename?: 'ParProvisionalScore', points: number, pointsAtRisk: number, items: Array<{ __typename?: 'ParProvisionalItem', code: string, points: number, source: ParProvisionalSource, share: number | null, atRisk: number, due: number | null, records: Array<{ __typename?: 'ParLostRecord', recordId: string }>, indicator: { __typename?: 'ParIndicatorFigure', indicatorId: string, code: string, name: string, period: string, value: number | null, target: number, expected: number } | null }> } };

export type ParProvisionalForTestQueryVariables = Exact<{
  assessmentId: Scalars['ID']['input'];
  doneTaskIds?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type ParProvisionalForTestQuery = { __typename?: 'Query', parProvisionalScore: { __typename?: 'ParProvisionalScore', asOf: string, index: number, points: number, maxPoints: number, pointsAtRisk: number, items: Array<{ __typename?: 'ParProvisionalItem', code: string, points: number, source: ParProvisionalSource, share: number | null, due: number | null, onTime: number | null, atRisk: number, records: Array<{ __typename?: 'ParLostRecord', recordType: ParEvidenceRecordType, recordId: string, label: string, dueDate: string, doneOn: string | null, gain: number }> }> } };

export type ParPointsAtRiskForTestQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
}>;


export type ParPointsAtRiskForTestQuery = { __typename?: 'Query', parPointsAtRisk: Array<{ __typename?: 'ParAtRiskRow', index: number, pointsAtRisk: number, lateTasks: number, lateReports: number, agency: { __typename?: 'Agency', code: string } | null }> };

export type ParRankingForTestQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
  targetGroup?: InputMaybe<ParTargetGroup>;
}>;


export type ParRankingForTestQuery = { __typename?: 'Query', parRanking: Array<{ __typename?: 'ParRankingRow', assessmentId: string, targetGroup: ParTargetGroup, status: ParAssessmentStatus, finalised: boolean, rank: number, index: number, points: number, bonus: number, penalty: number, maxPoints: number, previousIndex: number | null, agency: { __typename?: 'Agency', code: string, name: string } | null, band: { __typename?: 'ParBand', code: string, label: string } | null, areas: Array<{ __typename?: 'ParRankingArea', code: string, name: string, points: number, maxPoints: number, index: number }> }> };

export type ParSurveyTemplateForTestQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
}>;


export type ParSurveyTemplateForTestQuery = { __typename?: 'Query', parSurveyTemplate: { __typename?: 'ExportedFile', filename: string, mimeType: string, contentBase64: string } };

export type ImportParSurveyPointsForTestMutationVariables = Exact<{
  i: ImportParSurveyPointsInput;
}>;


export type ImportParSurveyPointsForTestMutation = { __typename?: 'Mutation', importParSurveyPoints: { __typename?: 'ParSurveyImportResult', dryRun: boolean, applied: boolean, rows: number, changed: number, unchanged: number, skipped: number, problems: Array<{ __typename?: 'ParSurveyImportProblem', line: number | null, column: string | null, code: string, message: string }> } };

export type SetParSurveyHeldForTestMutationVariables = Exact<{
  i: SetParSurveyHeldInput;
}>;


export type SetParSurveyHeldForTestMutation = { __typename?: 'Mutation', setParSurveyHeld: { __typename?: 'ParCycle', surveyHeld: boolean, version: number } };

export type ApplyParSurveyResultsForTestMutationVariables = Exact<{
  i: ApplyParSurveyResultsInput;
}>;


export type ApplyParSurveyResultsForTestMutation = { __typename?: 'Mutation', applyParSurveyResults: { __typename?: 'ParSurveyImportResult', dryRun: boolean, applied: boolean, rows: number, changed: number, unchanged: number, skipped: number, problems: Array<{ __typename?: 'ParSurveyImportProblem', line: number | null, code: string }> } };

export type UpdatePlanForPlanEditingMutationVariables = Exact<{
  i: UpdatePlanInput;
}>;


export type UpdatePlanForPlanEditingMutation = { __typename?: 'Mutation', updatePlan: { __typename?: 'Plan', id: string, code: string, title: string, status: PlanStatus, version: number, decisionNumber: string | null, decisionDate: string | null, signerAgencyId: string | null } };

export type SearchPlansForPlanEditingQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchPlansForPlanEditingQuery = { __typename?: 'Query', plans: { __typename?: 'PlanConnection', edges: Array<{ __typename?: 'PlanEdge', node: { __typename?: 'Plan', id: string } }> } };

export type CreatePlanItemForPlanEditingMutationVariables = Exact<{
  i: CreatePlanItemInput;
}>;


export type CreatePlanItemForPlanEditingMutation = { __typename?: 'Mutation', createPlanItem: { __typename?: 'PlanItem', id: string, code: string, kind: PlanItemKind, title: string, areaCode: string | null, parentId: string | null, dueLabel: string | null, dueDate: string | null, productText: string | null, version: number, leads: Array<{ __typename?: 'PlanItemAgency', agency: { __typename?: 'Agency', code: string } | null }>, coordinators: Array<{ __typename?: 'PlanItemAgency', agency: { __typename?: 'Agency', code: string } | null }> } };

export type RecordSurveyMeasurementsForTestMutationVariables = Exact<{
  i: RecordSurveyMeasurementsInput;
}>;


export type RecordSurveyMeasurementsForTestMutation = { __typename?: 'Mutation', recordSurveyMeasurements: { __typename?: 'SurveyMeasurementsResult', recorded: number, rows: Array<{ __typename?: 'SurveyMeasurementRow', agencyName: string, satisfied: number, valid: number, share: number, outcome: SurveyMeasurementOutcome }> } };

export type SurveyTrendsForTestQueryVariables = Exact<{
  filter: SurveyTrendsFilter;
}>;


export type SurveyTrendsForTestQuery = { __typename?: 'Query', surveyTrends: { __typename?: 'SurveyTrends', fromYear: number, toYear: number, agencyId: string | null, sector: SurveySector | null, target: number, periods: Array<{ __typename?: 'SurveyTrendPeriod', period: string, surveys: number, respondents: number, valid: number, satisfied: number, share: number | null, change: number | null, aspects: Array<{ __typename?: 'SurveyTrendAspect', aspectCode: string, aspectTitle: string, valid: number, satisfied: number, share: number | null, change: number | null }> }>, sectors: Array<{ __typename?: 'SurveySectorTrend', sector: SurveySector, target: number, periods: Array<{ __typename?: 'SurveyTrendPeriod', period: string, share: number | null, change: number | null }> }> } };

export type CreateSurveyForTestMutationVariables = Exact<{
  i: CreateSurveyInput;
}>;


export type CreateSurveyForTestMutation = { __typename?: 'Mutation', createSurvey: { __typename?: 'Survey', id: string, version: number, year: number, period: string, title: string, scope: SurveyScope, agencyId: string | null, sector: SurveySector | null, satisfiedLevels: number, status: SurveyStatus, isSample: boolean, questions: Array<{ __typename?: 'SurveyQuestion', id: string, code: string, aspectCode: string, aspectTitle: string, position: number, text: string }> } };

export type UpdateSurveyForTestMutationVariables = Exact<{
  i: UpdateSurveyInput;
}>;


export type UpdateSurveyForTestMutation = { __typename?: 'Mutation', updateSurvey: { __typename?: 'Survey', id: string, version: number, title: string, period: string, status: SurveyStatus, satisfiedLevels: number, questions: Array<{ __typename?: 'SurveyQuestion', code: string }> } };

export type SurveysForTestQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SurveyFilter>;
}>;


export type SurveysForTestQuery = { __typename?: 'Query', surveys: { __typename?: 'SurveyConnection', edges: Array<{ __typename?: 'SurveyEdge', node: { __typename?: 'Survey', id: string, title: string, questions: Array<{ __typename?: 'SurveyQuestion', code: string }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type SurveyForTestQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SurveyForTestQuery = { __typename?: 'Query', survey: { __typename?: 'Survey', id: string, title: string } };

export type SurveyResultsForTestQueryVariables = Exact<{
  surveyId: Scalars['ID']['input'];
  agencyId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type SurveyResultsForTestQuery = { __typename?: 'Query', surveyResults: { __typename?: 'SurveyResults', surveyId: string, agencyId: string | null, satisfiedLevels: number, respondents: number, overall: { __typename?: 'SurveySatisfactionFigure', counts: Array<number>, valid: number, satisfied: number, noAnswer: number, share: number | null }, aspects: Array<{ __typename?: 'SurveyAspectResult', aspectCode: string, aspectTitle: string, valid: number, share: number | null }>, questions: Array<{ __typename?: 'SurveyQuestionResult', code: string, aspectCode: string, counts: Array<number>, share: number | null }>, agencies: Array<{ __typename?: 'SurveyAgencyResult', agencyId: string, respondents: number, share: number | null, agency: { __typename?: 'Agency', name: string } | null }> } };

export type ImportSurveyResultsForTestMutationVariables = Exact<{
  i: ImportSurveyResultsInput;
}>;


export type ImportSurveyResultsForTestMutation = { __typename?: 'Mutation', importSurveyResults: { __typename?: 'SurveyImportResult', dryRun: boolean, applied: boolean, rows: number, agencies: number, respondents: number, problems: Array<{ __typename?: 'SurveyImportProblem', line: number | null, column: string | null, code: string, message: string }> } };

export type SurveyResultsTemplateForTestQueryVariables = Exact<{
  surveyId: Scalars['ID']['input'];
  shape: SurveyImportShape;
}>;


export type SurveyResultsTemplateForTestQuery = { __typename?: 'Query', surveyResultsTemplate: { __typename?: 'ExportedFile', filename: string, contentBase64: string } };

export type CreateUserForTestMutationVariables = Exact<{
  i: CreateUserInput;
}>;


export type CreateUserForTestMutation = { __typename?: 'Mutation', createUser: { __typename?: 'User', id: string, email: string, role: Role, active: boolean, version: number, agency: { __typename?: 'Agency', code: string } | null } };

export type FindUsersForTestQueryVariables = Exact<{
  a?: InputMaybe<Scalars['ID']['input']>;
}>;


export type FindUsersForTestQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', totalCount: number, edges: Array<{ __typename?: 'UserEdge', node: { __typename?: 'User', email: string } }> } };

export type UpdateUserRoleForTestMutationVariables = Exact<{
  i: UpdateUserInput;
}>;


export type UpdateUserRoleForTestMutation = { __typename?: 'Mutation', updateUser: { __typename?: 'User', role: Role, version: number } };

export type DeactivateUserForTestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeactivateUserForTestMutation = { __typename?: 'Mutation', deactivateUser: { __typename?: 'User', id: string, active: boolean } };

export type ReactivateUserForTestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReactivateUserForTestMutation = { __typename?: 'Mutation', reactivateUser: { __typename?: 'User', active: boolean } };

export type ResetUserPasswordForTestMutationVariables = Exact<{
  i: ResetUserPasswordInput;
}>;


export type ResetUserPasswordForTestMutation = { __typename?: 'Mutation', resetUserPassword: { __typename?: 'User', id: string } };

export type MeForTestQueryVariables = Exact<{ [key: string]: never; }>;


export type MeForTestQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string } };

export type UserAuditForTestQueryVariables = Exact<{ [key: string]: never; }>;


export type UserAuditForTestQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditEntryConnection', totalCount: number, edges: Array<{ __typename?: 'AuditEntryEdge', node: { __typename?: 'AuditEntry', action: string } }> } };

export type LoginForTestMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginForTestMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', accessToken: string, refreshToken: string } };

export type CreateIndicatorForFixtureMutationVariables = Exact<{
  i: CreateIndicatorInput;
}>;


export type CreateIndicatorForFixtureMutation = { __typename?: 'Mutation', createIndicator: { __typename?: 'Indicator', id: string, version: number } };

export type ActivateIndicatorForFixtureMutationVariables = Exact<{
  i: SetIndicatorStateInput;
}>;


export type ActivateIndicatorForFixtureMutation = { __typename?: 'Mutation', setIndicatorState: { __typename?: 'Indicator', id: string } };

export type RecordMeasurementForFixtureMutationVariables = Exact<{
  i: RecordMeasurementInput;
}>;


export type RecordMeasurementForFixtureMutation = { __typename?: 'Mutation', recordMeasurement: { __typename?: 'Measurement', id: string, status: MeasurementStatus, version: number, value: number | null, numerator: number | null, denominator: number | null, reviewComment: string | null, period: string } };

export type SubmitMeasurementsForFixtureMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type SubmitMeasurementsForFixtureMutation = { __typename?: 'Mutation', submitMeasurements: Array<{ __typename?: 'Measurement', id: string, status: MeasurementStatus, version: number, value: number | null, numerator: number | null, denominator: number | null, reviewComment: string | null, period: string }> };

export type ReviewMeasurementForFixtureMutationVariables = Exact<{
  i: ReviewMeasurementInput;
}>;


export type ReviewMeasurementForFixtureMutation = { __typename?: 'Mutation', reviewMeasurement: { __typename?: 'Measurement', id: string, status: MeasurementStatus, version: number, value: number | null, numerator: number | null, denominator: number | null, reviewComment: string | null, period: string } };

export type CreatePlanForEditingFixtureMutationVariables = Exact<{
  i: CreatePlanInput;
}>;


export type CreatePlanForEditingFixtureMutation = { __typename?: 'Mutation', createPlan: { __typename?: 'Plan', id: string } };

export type CreateOtherPlanItemForEditingFixtureMutationVariables = Exact<{
  i: CreatePlanItemInput;
}>;


export type CreateOtherPlanItemForEditingFixtureMutation = { __typename?: 'Mutation', createPlanItem: { __typename?: 'PlanItem', id: string } };

export type PlanForEditingFixtureQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PlanForEditingFixtureQuery = { __typename?: 'Query', plan: { __typename?: 'Plan', id: string, code: string, title: string, status: PlanStatus, version: number, decisionNumber: string | null, decisionDate: string | null, signerAgencyId: string | null, items: Array<{ __typename?: 'PlanItem', id: string, code: string, kind: PlanItemKind, title: string, areaCode: string | null, parentId: string | null, dueLabel: string | null, dueDate: string | null, productText: string | null, version: number, leads: Array<{ __typename?: 'PlanItemAgency', agency: { __typename?: 'Agency', code: string } | null }>, coordinators: Array<{ __typename?: 'PlanItemAgency', agency: { __typename?: 'Agency', code: string } | null }> }> } };

export type ImportSeedPlanForFixtureMutationVariables = Exact<{
  i: ImportPlanDocumentInput;
}>;


export type ImportSeedPlanForFixtureMutation = { __typename?: 'Mutation', importPlanDocument: { __typename?: 'PlanImportResult', applied: boolean, plan: { __typename?: 'Plan', id: string } | null } };

export type OpenAdHocRoundForFixtureMutationVariables = Exact<{
  i: OpenReportingRoundInput;
}>;


export type OpenAdHocRoundForFixtureMutation = { __typename?: 'Mutation', openReportingRound: { __typename?: 'ReportingRound', id: string } };

export type CreatePlanForScopeFixtureMutationVariables = Exact<{
  i: CreatePlanInput;
}>;


export type CreatePlanForScopeFixtureMutation = { __typename?: 'Mutation', createPlan: { __typename?: 'Plan', id: string } };

export type CreatePlanItemForScopeFixtureMutationVariables = Exact<{
  i: CreatePlanItemInput;
}>;


export type CreatePlanItemForScopeFixtureMutation = { __typename?: 'Mutation', createPlanItem: { __typename?: 'PlanItem', id: string } };

export type CreateAgencyGroupForScopeFixtureMutationVariables = Exact<{
  i: CreateAgencyGroupInput;
}>;


export type CreateAgencyGroupForScopeFixtureMutation = { __typename?: 'Mutation', createAgencyGroup: { __typename?: 'AgencyGroup', id: string, version: number } };

export type IndicatorVersionForScopeFixtureQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type IndicatorVersionForScopeFixtureQuery = { __typename?: 'Query', indicator: { __typename?: 'Indicator', version: number } };

export type OpenQ1RoundForScopeFixtureMutationVariables = Exact<{ [key: string]: never; }>;


export type OpenQ1RoundForScopeFixtureMutation = { __typename?: 'Mutation', openReportingRound: { __typename?: 'ReportingRound', id: string } };

export type GenerateConsolidatedReportForScopeFixtureMutationVariables = Exact<{
  r: Scalars['ID']['input'];
}>;


export type GenerateConsolidatedReportForScopeFixtureMutation = { __typename?: 'Mutation', generateConsolidatedReport: { __typename?: 'ConsolidatedReport', id: string, version: number } };

export const DemoReorgValueFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DemoReorgValue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"reportedCount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}}]} as unknown as DocumentNode<DemoReorgValueFragment, unknown>;
export const CreateAgencyForAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAgencyForAgencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]}}]} as unknown as DocumentNode<CreateAgencyForAgenciesMutation, CreateAgencyForAgenciesMutationVariables>;
export const CreateAgencyIdForAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAgencyIdForAgencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateAgencyIdForAgenciesMutation, CreateAgencyIdForAgenciesMutationVariables>;
export const SearchAgenciesForAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchAgenciesForAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"so noi vu","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchAgenciesForAgenciesQuery, SearchAgenciesForAgenciesQueryVariables>;
export const MoveAgencyParentForAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveAgencyParentForAgencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveAgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]}}]} as unknown as DocumentNode<MoveAgencyParentForAgenciesMutation, MoveAgencyParentForAgenciesMutationVariables>;
export const MoveAgencyForAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveAgencyForAgencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveAgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MoveAgencyForAgenciesMutation, MoveAgencyForAgenciesMutationVariables>;
export const UpdateAgencyForAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAgencyForAgencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateAgencyForAgenciesMutation, UpdateAgencyForAgenciesMutationVariables>;
export const MergeAgenciesCodeForAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeAgenciesCodeForAgencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeAgenciesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeAgencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<MergeAgenciesCodeForAgenciesMutation, MergeAgenciesCodeForAgenciesMutationVariables>;
export const MergeAgenciesForAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeAgenciesForAgencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeAgenciesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeAgencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MergeAgenciesForAgenciesMutation, MergeAgenciesForAgenciesMutationVariables>;
export const AgencyTreeAsOfForAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyTreeAsOfForAgencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"d"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyTree"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rootId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]}}]} as unknown as DocumentNode<AgencyTreeAsOfForAgenciesQuery, AgencyTreeAsOfForAgenciesQueryVariables>;
export const MergedSourceForAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MergedSourceForAgencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MergedSourceForAgenciesQuery, MergedSourceForAgenciesQueryVariables>;
export const DeactivateAgencyForAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateAgencyForAgencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeactivateAgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeactivateAgencyForAgenciesMutation, DeactivateAgencyForAgenciesMutationVariables>;
export const DeactivateAgencyValidToForAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateAgencyValidToForAgencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeactivateAgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]} as unknown as DocumentNode<DeactivateAgencyValidToForAgenciesMutation, DeactivateAgencyValidToForAgenciesMutationVariables>;
export const AgencyTreeDepthsForAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyTreeDepthsForAgencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyTree"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rootId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}}]}}]}}]} as unknown as DocumentNode<AgencyTreeDepthsForAgenciesQuery, AgencyTreeDepthsForAgenciesQueryVariables>;
export const AgencyDetailForAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyDetailForAgencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"descendantCount"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AgencyDetailForAgenciesQuery, AgencyDetailForAgenciesQueryVariables>;
export const AgencyCodeForAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyCodeForAgencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<AgencyCodeForAgenciesQuery, AgencyCodeForAgenciesQueryVariables>;
export const SearchOtherProvinceForAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchOtherProvinceForAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"HB","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchOtherProvinceForAgenciesQuery, SearchOtherProvinceForAgenciesQueryVariables>;
export const AgencyTreeCodesForAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyTreeCodesForAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<AgencyTreeCodesForAgenciesQuery, AgencyTreeCodesForAgenciesQueryVariables>;
export const FirstAgencyPageForAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirstAgencyPageForAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<FirstAgencyPageForAgenciesQuery, FirstAgencyPageForAgenciesQueryVariables>;
export const NextAgencyPageForAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NextAgencyPageForAgencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NextAgencyPageForAgenciesQuery, NextAgencyPageForAgenciesQueryVariables>;
export const GarbageCursorForAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GarbageCursorForAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"StringValue","value":"garbage","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<GarbageCursorForAgenciesQuery, GarbageCursorForAgenciesQueryVariables>;
export const CreateAgencyGroupForGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAgencyGroupForGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAgencyGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgencyGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"provinceId"}},{"kind":"Field","name":{"kind":"Name","value":"memberIds"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateAgencyGroupForGroupsMutation, CreateAgencyGroupForGroupsMutationVariables>;
export const UpdateAgencyGroupForGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAgencyGroupForGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAgencyGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgencyGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"provinceId"}},{"kind":"Field","name":{"kind":"Name","value":"memberIds"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateAgencyGroupForGroupsMutation, UpdateAgencyGroupForGroupsMutationVariables>;
export const AgencyGroupForGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyGroupForGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"provinceId"}},{"kind":"Field","name":{"kind":"Name","value":"memberIds"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AgencyGroupForGroupsQuery, AgencyGroupForGroupsQueryVariables>;
export const AgencyGroupCodesForGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyGroupCodesForGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgencyGroupCodesForGroupsQuery, AgencyGroupCodesForGroupsQueryVariables>;
export const CreateAgencyGroupIdForGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAgencyGroupIdForGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAgencyGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgencyGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateAgencyGroupIdForGroupsMutation, CreateAgencyGroupIdForGroupsMutationVariables>;
export const UpdateAgencyGroupIdForGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAgencyGroupIdForGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAgencyGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgencyGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateAgencyGroupIdForGroupsMutation, UpdateAgencyGroupIdForGroupsMutationVariables>;
export const SearchAgencyGroupsForGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchAgencyGroupsForGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"ubnd cap huyen","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchAgencyGroupsForGroupsQuery, SearchAgencyGroupsForGroupsQueryVariables>;
export const CountAgencyGroupsForGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountAgencyGroupsForGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CountAgencyGroupsForGroupsQuery, CountAgencyGroupsForGroupsQueryVariables>;
export const DeleteAgencyGroupForGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAgencyGroupForGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAgencyGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteAgencyGroupForGroupsMutation, DeleteAgencyGroupForGroupsMutationVariables>;
export const ResolveAgencyNamesForGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResolveAgencyNamesForGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveAgencyNames"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"StringValue","value":"Sở Nội vụ, UBND các huyện","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResolveAgencyNamesForGroupsQuery, ResolveAgencyNamesForGroupsQueryVariables>;
export const CreatePlanForGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePlanForGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreatePlanForGroupsMutation, CreatePlanForGroupsMutationVariables>;
export const CreatePlanItemForGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePlanItemForGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePlanItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreatePlanItemForGroupsMutation, CreatePlanItemForGroupsMutationVariables>;
export const PlanItemAssignmentsForGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanItemAssignmentsForGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanItemAssignmentsForGroupsQuery, PlanItemAssignmentsForGroupsQueryVariables>;
export const MoveAgencyForGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveAgencyForGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveAgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MoveAgencyForGroupsMutation, MoveAgencyForGroupsMutationVariables>;
export const AgencyTreeForHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyTreeForHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"d"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"all"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyTree"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rootId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"Variable","name":{"kind":"Name","value":"all"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<AgencyTreeForHistoryQuery, AgencyTreeForHistoryQueryVariables>;
export const AgencyForHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyForHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<AgencyForHistoryQuery, AgencyForHistoryQueryVariables>;
export const MoveAgencyForHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveAgencyForHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveAgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]}}]} as unknown as DocumentNode<MoveAgencyForHistoryMutation, MoveAgencyForHistoryMutationVariables>;
export const UpdateAgencyForHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAgencyForHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateAgencyForHistoryMutation, UpdateAgencyForHistoryMutationVariables>;
export const CreateAgencyForHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAgencyForHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}}]}}]}}]} as unknown as DocumentNode<CreateAgencyForHistoryMutation, CreateAgencyForHistoryMutationVariables>;
export const MergeAgenciesForHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeAgenciesForHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeAgenciesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeAgencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MergeAgenciesForHistoryMutation, MergeAgenciesForHistoryMutationVariables>;
export const DeactivateAgencyForHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateAgencyForHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeactivateAgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]} as unknown as DocumentNode<DeactivateAgencyForHistoryMutation, DeactivateAgencyForHistoryMutationVariables>;
export const CreatePlanForHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePlanForHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreatePlanForHistoryMutation, CreatePlanForHistoryMutationVariables>;
export const PlanForHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanForHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgencyId"}}]}}]}}]} as unknown as DocumentNode<PlanForHistoryQuery, PlanForHistoryQueryVariables>;
export const IndicatorValueForHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorValueForHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorValue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicatorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ind"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"reportedCount"}}]}}]}}]} as unknown as DocumentNode<IndicatorValueForHistoryQuery, IndicatorValueForHistoryQueryVariables>;
export const OpenRoundForHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenRoundForHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenReportingRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openReportingRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}}]}}]} as unknown as DocumentNode<OpenRoundForHistoryMutation, OpenRoundForHistoryMutationVariables>;
export const AgencyReportsForHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyReportsForHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyReportFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgencyReportsForHistoryQuery, AgencyReportsForHistoryQueryVariables>;
export const SubmitReportForHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitReportForHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitAgencyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]} as unknown as DocumentNode<SubmitReportForHistoryMutation, SubmitReportForHistoryMutationVariables>;
export const ExportReportForHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportReportForHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportAgencyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"DOCX"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ExportReportForHistoryQuery, ExportReportForHistoryQueryVariables>;
export const ResolveNamesForHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResolveNamesForHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"d"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveAgencyNames"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"rootId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unresolved"}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResolveNamesForHistoryQuery, ResolveNamesForHistoryQueryVariables>;
export const CreateAgencyForHistoryPropertyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAgencyForHistoryProperty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateAgencyForHistoryPropertyMutation, CreateAgencyForHistoryPropertyMutationVariables>;
export const MoveAgencyForHistoryPropertyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveAgencyForHistoryProperty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveAgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MoveAgencyForHistoryPropertyMutation, MoveAgencyForHistoryPropertyMutationVariables>;
export const AgencyLockVersionForHistoryPropertyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyLockVersionForHistoryProperty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AgencyLockVersionForHistoryPropertyQuery, AgencyLockVersionForHistoryPropertyQueryVariables>;
export const UpdateAgencyForHistoryPropertyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAgencyForHistoryProperty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateAgencyForHistoryPropertyMutation, UpdateAgencyForHistoryPropertyMutationVariables>;
export const MergeAgenciesForHistoryPropertyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeAgenciesForHistoryProperty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeAgenciesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeAgencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MergeAgenciesForHistoryPropertyMutation, MergeAgenciesForHistoryPropertyMutationVariables>;
export const DeactivateAgencyForHistoryPropertyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateAgencyForHistoryProperty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeactivateAgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeactivateAgencyForHistoryPropertyMutation, DeactivateAgencyForHistoryPropertyMutationVariables>;
export const AgencyTreeForHistoryPropertyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyTreeForHistoryProperty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"d"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyTree"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rootId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AgencyTreeForHistoryPropertyQuery, AgencyTreeForHistoryPropertyQueryVariables>;
export const AgencyHistoryForHistoryPropertyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyHistoryForHistoryProperty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AgencyHistoryForHistoryPropertyQuery, AgencyHistoryForHistoryPropertyQueryVariables>;
export const PreviewReorganisationForReorgDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PreviewReorganisationForReorg"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReorganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewReorganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameBefore"}},{"kind":"Field","name":{"kind":"Name","value":"nameAfter"}},{"kind":"Field","name":{"kind":"Name","value":"parentBefore"}},{"kind":"Field","name":{"kind":"Name","value":"parentAfter"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"ends"}},{"kind":"Field","name":{"kind":"Name","value":"successor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"successor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"successor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taskCount"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"successor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"successor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measurementCount"}}]}}]}}]} as unknown as DocumentNode<PreviewReorganisationForReorgMutation, PreviewReorganisationForReorgMutationVariables>;
export const ApplyReorganisationForReorgDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyReorganisationForReorg"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReorganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyReorganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"operationCount"}},{"kind":"Field","name":{"kind":"Name","value":"undoBlockedBy"}}]}}]}}]} as unknown as DocumentNode<ApplyReorganisationForReorgMutation, ApplyReorganisationForReorgMutationVariables>;
export const UndoReorganisationForReorgDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UndoReorganisationForReorg"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undoReorganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"undoneAt"}},{"kind":"Field","name":{"kind":"Name","value":"undoBlockedBy"}}]}}]}}]} as unknown as DocumentNode<UndoReorganisationForReorgMutation, UndoReorganisationForReorgMutationVariables>;
export const AgencyReorganisationsForReorgDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyReorganisationsForReorg"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyReorganisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"operationCount"}},{"kind":"Field","name":{"kind":"Name","value":"undoBlockedBy"}}]}}]}}]} as unknown as DocumentNode<AgencyReorganisationsForReorgQuery, AgencyReorganisationsForReorgQueryVariables>;
export const CreateAgencyGroupForReorgDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAgencyGroupForReorg"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAgencyGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgencyGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateAgencyGroupForReorgMutation, CreateAgencyGroupForReorgMutationVariables>;
export const AgencyGroupForReorgDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyGroupForReorg"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberIds"}}]}}]}}]} as unknown as DocumentNode<AgencyGroupForReorgQuery, AgencyGroupForReorgQueryVariables>;
export const CreatePlanItemForReorgDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePlanItemForReorg"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePlanItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CreatePlanItemForReorgMutation, CreatePlanItemForReorgMutationVariables>;
export const GenerateConsolidatedReportForEditingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateConsolidatedReportForEditing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateConsolidatedReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}}]}}]}}]}}]} as unknown as DocumentNode<GenerateConsolidatedReportForEditingMutation, GenerateConsolidatedReportForEditingMutationVariables>;
export const UpdateConsolidatedReportForEditingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateConsolidatedReportForEditing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateConsolidatedReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateConsolidatedReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateConsolidatedReportForEditingMutation, UpdateConsolidatedReportForEditingMutationVariables>;
export const ConsolidatedReportForEditingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolidatedReportForEditing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consolidatedReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}}]}}]}}]}}]} as unknown as DocumentNode<ConsolidatedReportForEditingQuery, ConsolidatedReportForEditingQueryVariables>;
export const FinaliseConsolidatedReportForEditingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinaliseConsolidatedReportForEditing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finaliseConsolidatedReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}}]}}]}}]}}]} as unknown as DocumentNode<FinaliseConsolidatedReportForEditingMutation, FinaliseConsolidatedReportForEditingMutationVariables>;
export const AgencyTreeForDemoReorgDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyTreeForDemoReorg"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"d"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyTree"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<AgencyTreeForDemoReorgQuery, AgencyTreeForDemoReorgQueryVariables>;
export const PlansForDemoReorgDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlansForDemoReorg"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2022"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgencyId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlansForDemoReorgQuery, PlansForDemoReorgQueryVariables>;
export const PlanTasksForDemoReorgDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanTasksForDemoReorg"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"sourceText"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"sourceText"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanTasksForDemoReorgQuery, PlanTasksForDemoReorgQueryVariables>;
export const TaskStatsForDemoReorgDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskStatsForDemoReorg"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskStatsGroupBy"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"notStarted"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"averageProgress"}}]}}]}}]} as unknown as DocumentNode<TaskStatsForDemoReorgQuery, TaskStatsForDemoReorgQueryVariables>;
export const IndicatorValuesForDemoReorgDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorValuesForDemoReorg"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"root"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","alias":{"kind":"Name","value":"q1"},"name":{"kind":"Name","value":"value"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"root"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2022-Q1","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DemoReorgValue"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"q2"},"name":{"kind":"Name","value":"value"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"root"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2022-Q2","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DemoReorgValue"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"q3"},"name":{"kind":"Name","value":"value"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"root"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2022-Q3","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DemoReorgValue"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"q4"},"name":{"kind":"Name","value":"value"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"root"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2022-Q4","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DemoReorgValue"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DemoReorgValue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"reportedCount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}}]} as unknown as DocumentNode<IndicatorValuesForDemoReorgQuery, IndicatorValuesForDemoReorgQueryVariables>;
export const IndicatorValueForDemoReorgDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorValueForDemoReorg"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorValue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicatorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ind"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"reportedCount"}}]}}]}}]} as unknown as DocumentNode<IndicatorValueForDemoReorgQuery, IndicatorValueForDemoReorgQueryVariables>;
export const ScoreboardForDemoReorgDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoreboardForDemoReorg"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyLevel"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorScoreboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"statuses"}},{"kind":"Field","name":{"kind":"Name","value":"targets"}}]}}]}}]}}]} as unknown as DocumentNode<ScoreboardForDemoReorgQuery, ScoreboardForDemoReorgQueryVariables>;
export const ReportsForDemoReorgDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportsForDemoReorg"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportsForDemoReorgQuery, ReportsForDemoReorgQueryVariables>;
export const ExportReportForDemoReorgDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportReportForDemoReorg"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportAgencyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"DOCX"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ExportReportForDemoReorgQuery, ExportReportForDemoReorgQueryVariables>;
export const ResolveNamesForDemoReorgDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResolveNamesForDemoReorg"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"d"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveAgencyNames"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unresolved"}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResolveNamesForDemoReorgQuery, ResolveNamesForDemoReorgQueryVariables>;
export const PreviewReorganisationForDemoReorgDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PreviewReorganisationForDemoReorg"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReorganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewReorganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"ends"}}]}}]}}]}}]} as unknown as DocumentNode<PreviewReorganisationForDemoReorgMutation, PreviewReorganisationForDemoReorgMutationVariables>;
export const ApplyReorganisationForDemoReorgDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyReorganisationForDemoReorg"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReorganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyReorganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"operationCount"}},{"kind":"Field","name":{"kind":"Name","value":"undoBlockedBy"}}]}}]}}]} as unknown as DocumentNode<ApplyReorganisationForDemoReorgMutation, ApplyReorganisationForDemoReorgMutationVariables>;
export const UndoReorganisationForDemoReorgDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UndoReorganisationForDemoReorg"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undoReorganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UndoReorganisationForDemoReorgMutation, UndoReorganisationForDemoReorgMutationVariables>;
export const ReorganisationsForDemoReorgDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReorganisationsForDemoReorg"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyReorganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"undoBlockedBy"}}]}}]}}]} as unknown as DocumentNode<ReorganisationsForDemoReorgQuery, ReorganisationsForDemoReorgQueryVariables>;
export const UpdateIndicatorForLockingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateIndicatorForLocking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateIndicatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"cumulative"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<UpdateIndicatorForLockingMutation, UpdateIndicatorForLockingMutationVariables>;
export const SetIndicatorTargetsForLockingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetIndicatorTargetsForLocking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetIndicatorTargetsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setIndicatorTargets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"cumulative"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<SetIndicatorTargetsForLockingMutation, SetIndicatorTargetsForLockingMutationVariables>;
export const IndicatorForLockingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorForLocking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"cumulative"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<IndicatorForLockingQuery, IndicatorForLockingQueryVariables>;
export const CreatePlanForLockingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePlanForLocking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreatePlanForLockingMutation, CreatePlanForLockingMutationVariables>;
export const BuildInspectionChecklistForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BuildInspectionChecklistForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BuildInspectionChecklistInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildInspectionChecklist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]}}]} as unknown as DocumentNode<BuildInspectionChecklistForTestMutation, BuildInspectionChecklistForTestMutationVariables>;
export const UpdateInspectionChecklistItemForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateInspectionChecklistItemForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateInspectionChecklistItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInspectionChecklistItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateInspectionChecklistItemForTestMutation, UpdateInspectionChecklistItemForTestMutationVariables>;
export const InspectionsWithChecklistForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionsWithChecklistForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InspectionsWithChecklistForTestQuery, InspectionsWithChecklistForTestQueryVariables>;
export const InspectionsWithoutChecklistForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionsWithoutChecklistForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InspectionsWithoutChecklistForTestQuery, InspectionsWithoutChecklistForTestQueryVariables>;
export const ProposeInspectionsForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeInspectionsForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeInspectionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeInspections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"coverageProvince"}},{"kind":"Field","name":{"kind":"Name","value":"coverageDistrict"}},{"kind":"Field","name":{"kind":"Name","value":"coverageCommune"}}]}}]}}]} as unknown as DocumentNode<ProposeInspectionsForTestMutation, ProposeInspectionsForTestMutationVariables>;
export const InspectionsForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionsForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"teamUserIds"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InspectionsForTestQuery, InspectionsForTestQueryVariables>;
export const AdjustInspectionPlanForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdjustInspectionPlanForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustInspectionPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustInspectionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"coverageCommune"}}]}}]}}]} as unknown as DocumentNode<AdjustInspectionPlanForTestMutation, AdjustInspectionPlanForTestMutationVariables>;
export const ApproveInspectionPlanForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveInspectionPlanForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VersionedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveInspectionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ApproveInspectionPlanForTestMutation, ApproveInspectionPlanForTestMutationVariables>;
export const ScheduleInspectionForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleInspectionForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleInspectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"teamUserIds"}}]}}]}}]} as unknown as DocumentNode<ScheduleInspectionForTestMutation, ScheduleInspectionForTestMutationVariables>;
export const RecordInspectionFindingsForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordInspectionFindingsForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordInspectionFindingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInspectionFindings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"conductedOn"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}}]}}]}}]} as unknown as DocumentNode<RecordInspectionFindingsForTestMutation, RecordInspectionFindingsForTestMutationVariables>;
export const ReinspectFindingsForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReinspectFindingsForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReinspectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reinspectFindings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reinspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}}]}}]}}]}}]} as unknown as DocumentNode<ReinspectFindingsForTestMutation, ReinspectFindingsForTestMutationVariables>;
export const InspectionCoverageForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionCoverageForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"}},{"kind":"Field","name":{"kind":"Name","value":"inspected"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"}},{"kind":"Field","name":{"kind":"Name","value":"inspected"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]}}]} as unknown as DocumentNode<InspectionCoverageForTestQuery, InspectionCoverageForTestQueryVariables>;
export const InspectionAgencyTasksForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionAgencyTasksForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lead"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"leadAgencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lead"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InspectionAgencyTasksForTestQuery, InspectionAgencyTasksForTestQueryVariables>;
export const RecordInspectionCoverageForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordInspectionCoverageForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordInspectionCoverageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInspectionCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RecordInspectionCoverageForTestMutation, RecordInspectionCoverageForTestMutationVariables>;
export const InspectionCoverageIndicatorValueForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionCoverageIndicatorValueForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicatorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorValue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicatorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicatorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeUnapproved"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}}]}}]}}]} as unknown as DocumentNode<InspectionCoverageIndicatorValueForTestQuery, InspectionCoverageIndicatorValueForTestQueryVariables>;
export const InspectionDecisionDocxForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionDecisionDocxForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionDecisionDocx"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<InspectionDecisionDocxForTestQuery, InspectionDecisionDocxForTestQueryVariables>;
export const InspectionConclusionDocxForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionConclusionDocxForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inspectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionConclusionDocx"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inspectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inspectionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<InspectionConclusionDocxForTestQuery, InspectionConclusionDocxForTestQueryVariables>;
export const InspectionTeamsForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionTeamsForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"leader"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InspectionTeamsForTestQuery, InspectionTeamsForTestQueryVariables>;
export const InspectionTeamCandidatesForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionTeamCandidatesForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionTeamCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"leader"}}]}}]}}]} as unknown as DocumentNode<InspectionTeamCandidatesForTestQuery, InspectionTeamCandidatesForTestQueryVariables>;
export const ParAppraisalViewForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParAppraisalViewForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDue"}},{"kind":"Field","name":{"kind":"Name","value":"closedByDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalReason"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"reappraisedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"reappraisalAnswer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appraisalSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toAppraise"}},{"kind":"Field","name":{"kind":"Name","value":"appraised"}},{"kind":"Field","name":{"kind":"Name","value":"differences"}},{"kind":"Field","name":{"kind":"Name","value":"explained"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]}}]} as unknown as DocumentNode<ParAppraisalViewForTestQuery, ParAppraisalViewForTestQueryVariables>;
export const SaveParAppraisalForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveParAppraisalForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveParAppraisalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveParAppraisal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SaveParAppraisalForTestMutation, SaveParAppraisalForTestMutationVariables>;
export const SendParAppraisalForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendParAppraisalForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendParAppraisalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendParAppraisal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDue"}}]}}]}}]} as unknown as DocumentNode<SendParAppraisalForTestMutation, SendParAppraisalForTestMutationVariables>;
export const SubmitParExplanationsForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitParExplanationsForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitParExplanationsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitParExplanations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SubmitParExplanationsForTestMutation, SubmitParExplanationsForTestMutationVariables>;
export const SaveParReappraisalForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveParReappraisalForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveParReappraisalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveParReappraisal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SaveParReappraisalForTestMutation, SaveParReappraisalForTestMutationVariables>;
export const FinaliseParAssessmentForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinaliseParAssessmentForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinaliseParAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finaliseParAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<FinaliseParAssessmentForTestMutation, FinaliseParAssessmentForTestMutationVariables>;
export const ReopenParAssessmentForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenParAssessmentForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenParAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenParAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReopenParAssessmentForTestMutation, ReopenParAssessmentForTestMutationVariables>;
export const ExtendParDeadlineForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExtendParDeadlineForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExtendParDeadlineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendParDeadline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDue"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDue"}},{"kind":"Field","name":{"kind":"Name","value":"closedByDeadline"}}]}}]}}]} as unknown as DocumentNode<ExtendParDeadlineForTestMutation, ExtendParDeadlineForTestMutationVariables>;
export const SetParCouncilForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetParCouncilForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetParCouncilInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setParCouncil"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"councilUserIds"}}]}}]}}]} as unknown as DocumentNode<SetParCouncilForTestMutation, SetParCouncilForTestMutationVariables>;
export const PublishParCycleForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishParCycleForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishParCycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishParCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<PublishParCycleForTestMutation, PublishParCycleForTestMutationVariables>;
export const ParCycleVersionForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParCycleVersionForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalDue"}},{"kind":"Field","name":{"kind":"Name","value":"publicationDue"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDays"}}]}}]}}]} as unknown as DocumentNode<ParCycleVersionForTestQuery, ParCycleVersionForTestQueryVariables>;
export const OpenParCycleForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenParCycleForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenParCycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openParCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDue"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkIds"}}]}}]}}]} as unknown as DocumentNode<OpenParCycleForTestMutation, OpenParCycleForTestMutationVariables>;
export const ParAssessmentsForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParAssessmentsForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parAssessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toScore"}},{"kind":"Field","name":{"kind":"Name","value":"scored"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ParAssessmentsForTestQuery, ParAssessmentsForTestQueryVariables>;
export const ParAssessmentForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParAssessmentForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"selfNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toScore"}},{"kind":"Field","name":{"kind":"Name","value":"scored"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}}]}}]}}]}}]} as unknown as DocumentNode<ParAssessmentForTestQuery, ParAssessmentForTestQueryVariables>;
export const SaveParSelfScoresForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveParSelfScoresForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveParSelfScoresInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveParSelfScores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"selfSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scored"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}}]}}]}}]}}]} as unknown as DocumentNode<SaveParSelfScoresForTestMutation, SaveParSelfScoresForTestMutationVariables>;
export const SubmitParSelfAssessmentForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitParSelfAssessmentForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitParSelfAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitParSelfAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]} as unknown as DocumentNode<SubmitParSelfAssessmentForTestMutation, SubmitParSelfAssessmentForTestMutationVariables>;
export const ParCyclesWithStatusCountsForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParCyclesWithStatusCountsForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parCycles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"statusCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ParCyclesWithStatusCountsForTestQuery, ParCyclesWithStatusCountsForTestQueryVariables>;
export const ParAssessmentsByStatusForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParAssessmentsByStatusForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ParAssessmentStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parAssessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ParAssessmentsByStatusForTestQuery, ParAssessmentsByStatusForTestQueryVariables>;
export const AddParEvidenceLinkForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddParEvidenceLinkForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddParEvidenceLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addParEvidenceLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"}}]}}]}}]} as unknown as DocumentNode<AddParEvidenceLinkForTestMutation, AddParEvidenceLinkForTestMutationVariables>;
export const AddParEvidenceRecordForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddParEvidenceRecordForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddParEvidenceRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addParEvidenceRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]} as unknown as DocumentNode<AddParEvidenceRecordForTestMutation, AddParEvidenceRecordForTestMutationVariables>;
export const RemoveParEvidenceForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveParEvidenceForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeParEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveParEvidenceForTestMutation, RemoveParEvidenceForTestMutationVariables>;
export const ParEvidenceCandidatesForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParEvidenceCandidatesForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assessmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ParEvidenceRecordType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parEvidenceCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assessmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assessmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"recordType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordType"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<ParEvidenceCandidatesForTestQuery, ParEvidenceCandidatesForTestQueryVariables>;
export const ParAssessmentEvidenceForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParAssessmentEvidenceForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]} as unknown as DocumentNode<ParAssessmentEvidenceForTestQuery, ParAssessmentEvidenceForTestQueryVariables>;
export const ParCycleEvidenceForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParCycleEvidenceForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parAssessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ParCycleEvidenceForTestQuery, ParCycleEvidenceForTestQueryVariables>;
export const CreateParFrameworkForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateParFrameworkForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateParFrameworkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createParFramework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isSample"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"minIndex"}}]}}]}}]}}]} as unknown as DocumentNode<CreateParFrameworkForTestMutation, CreateParFrameworkForTestMutationVariables>;
export const UpdateParFrameworkForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateParFrameworkForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateParFrameworkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateParFramework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateParFrameworkForTestMutation, UpdateParFrameworkForTestMutationVariables>;
export const DeleteParFrameworkForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteParFrameworkForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteParFramework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteParFrameworkForTestMutation, DeleteParFrameworkForTestMutationVariables>;
export const LockParFrameworkForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LockParFrameworkForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LockParFrameworkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lockParFramework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}}]}}]}}]} as unknown as DocumentNode<LockParFrameworkForTestMutation, LockParFrameworkForTestMutationVariables>;
export const CopyParFrameworkForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CopyParFrameworkForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CopyParFrameworkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"copyParFramework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"copiedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CopyParFrameworkForTestMutation, CopyParFrameworkForTestMutationVariables>;
export const CreateParCriterionForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateParCriterionForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateParCriterionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createParCriterion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]}}]} as unknown as DocumentNode<CreateParCriterionForTestMutation, CreateParCriterionForTestMutationVariables>;
export const UpdateParCriterionForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateParCriterionForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateParCriterionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateParCriterion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateParCriterionForTestMutation, UpdateParCriterionForTestMutationVariables>;
export const DeleteParCriterionForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteParCriterionForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteParCriterion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteParCriterionForTestMutation, DeleteParCriterionForTestMutationVariables>;
export const ParFrameworkForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParFrameworkForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parFramework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scoredMaximum"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]} as unknown as DocumentNode<ParFrameworkForTestQuery, ParFrameworkForTestQueryVariables>;
export const ParFrameworksForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParFrameworksForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ParFrameworkFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parFrameworks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ParFrameworksForTestQuery, ParFrameworksForTestQueryVariables>;
export const ParFrameworkTemplateForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParFrameworkTemplateForTest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parFrameworkTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ParFrameworkTemplateForTestQuery, ParFrameworkTemplateForTestQueryVariables>;
export const ExportParFrameworkForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportParFrameworkForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportParFramework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ExportParFrameworkForTestQuery, ExportParFrameworkForTestQueryVariables>;
export const ImportParFrameworkForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportParFrameworkForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportParFrameworkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importParFramework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRequired"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportParFrameworkForTestMutation, ImportParFrameworkForTestMutationVariables>;
export const ParNationalReportDocxForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParNationalReportDocxForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assessmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parNationalReportDocx"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assessmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assessmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ParNationalReportDocxForTestQuery, ParNationalReportDocxForTestQueryVariables>;
export const ParNationalTemplateForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParNationalTemplateForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assessmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parNationalTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assessmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assessmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ParNationalTemplateForTestQuery, ParNationalTemplateForTestQueryVariables>;
export const ImportParNationalPointsForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportParNationalPointsForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportParNationalPointsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importParNationalPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<ImportParNationalPointsForTestMutation, ImportParNationalPointsForTestMutationVariables>;
export const AssignParResponsibilitiesForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignParResponsibilitiesForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignParResponsibilitiesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignParResponsibilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"responsibilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssignParResponsibilitiesForTestMutation, AssignParResponsibilitiesForTestMutationVariables>;
export const RecordParNationalAppraisalForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordParNationalAppraisalForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordParNationalAppraisalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordParNationalAppraisal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RecordParNationalAppraisalForTestMutation, RecordParNationalAppraisalForTestMutationVariables>;
export const CreateParImprovementTasksForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateParImprovementTasksForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateParImprovementTasksInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createParImprovementTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}]}]}}]} as unknown as DocumentNode<CreateParImprovementTasksForTestMutation, CreateParImprovementTasksForTestMutationVariables>;
export const ParRankingXlsxForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParRankingXlsxForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parRankingXlsx"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ParRankingXlsxForTestQuery, ParRankingXlsxForTestQueryVariables>;
export const ParPublicationDecisionDocxForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParPublicationDecisionDocxForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parPublicationDecisionDocx"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ParPublicationDecisionDocxForTestQuery, ParPublicationDecisionDocxForTestQueryVariables>;
export const ParScorecardXlsxForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParScorecardXlsxForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assessmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parScorecardXlsx"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assessmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assessmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ParScorecardXlsxForTestQuery, ParScorecardXlsxForTestQueryVariables>;
export const ParProvisionalIndicatorForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParProvisionalIndicatorForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assessmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parProvisionalScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assessmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assessmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"doneTaskIds"},"value":{"kind":"ListValue","values":[]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"pointsAtRisk"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ParProvisionalIndicatorForTestQuery, ParProvisionalIndicatorForTestQueryVariables>;
export const ParProvisionalForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParProvisionalForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assessmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"doneTaskIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parProvisionalScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assessmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assessmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"doneTaskIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"doneTaskIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"pointsAtRisk"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"gain"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ParProvisionalForTestQuery, ParProvisionalForTestQueryVariables>;
export const ParPointsAtRiskForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParPointsAtRiskForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parPointsAtRisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"pointsAtRisk"}},{"kind":"Field","name":{"kind":"Name","value":"lateTasks"}},{"kind":"Field","name":{"kind":"Name","value":"lateReports"}}]}}]}}]} as unknown as DocumentNode<ParPointsAtRiskForTestQuery, ParPointsAtRiskForTestQueryVariables>;
export const ParRankingForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParRankingForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetGroup"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ParTargetGroup"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"targetGroup"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetGroup"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"finalised"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"bonus"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"previousIndex"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"band"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"index"}}]}}]}}]}}]} as unknown as DocumentNode<ParRankingForTestQuery, ParRankingForTestQueryVariables>;
export const ParSurveyTemplateForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParSurveyTemplateForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parSurveyTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ParSurveyTemplateForTestQuery, ParSurveyTemplateForTestQueryVariables>;
export const ImportParSurveyPointsForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportParSurveyPointsForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportParSurveyPointsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importParSurveyPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportParSurveyPointsForTestMutation, ImportParSurveyPointsForTestMutationVariables>;
export const SetParSurveyHeldForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetParSurveyHeldForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetParSurveyHeldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setParSurveyHeld"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyHeld"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SetParSurveyHeldForTestMutation, SetParSurveyHeldForTestMutationVariables>;
export const ApplyParSurveyResultsForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyParSurveyResultsForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyParSurveyResultsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyParSurveyResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ApplyParSurveyResultsForTestMutation, ApplyParSurveyResultsForTestMutationVariables>;
export const UpdatePlanForPlanEditingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePlanForPlanEditing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"signerAgencyId"}}]}}]}}]} as unknown as DocumentNode<UpdatePlanForPlanEditingMutation, UpdatePlanForPlanEditingMutationVariables>;
export const SearchPlansForPlanEditingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchPlansForPlanEditing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"cai cach hanh chinh nam 2022","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchPlansForPlanEditingQuery, SearchPlansForPlanEditingQueryVariables>;
export const CreatePlanItemForPlanEditingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePlanItemForPlanEditing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePlanItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"dueLabel"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"productText"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreatePlanItemForPlanEditingMutation, CreatePlanItemForPlanEditingMutationVariables>;
export const RecordSurveyMeasurementsForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSurveyMeasurementsForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSurveyMeasurementsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSurveyMeasurements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"satisfied"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]} as unknown as DocumentNode<RecordSurveyMeasurementsForTestMutation, RecordSurveyMeasurementsForTestMutationVariables>;
export const SurveyTrendsForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyTrendsForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyTrendsFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyTrends"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromYear"}},{"kind":"Field","name":{"kind":"Name","value":"toYear"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"surveys"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"satisfied"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"aspects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aspectCode"}},{"kind":"Field","name":{"kind":"Name","value":"aspectTitle"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"satisfied"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SurveyTrendsForTestQuery, SurveyTrendsForTestQueryVariables>;
export const CreateSurveyForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSurveyForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSurveyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedLevels"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isSample"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"aspectCode"}},{"kind":"Field","name":{"kind":"Name","value":"aspectTitle"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<CreateSurveyForTestMutation, CreateSurveyForTestMutationVariables>;
export const UpdateSurveyForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSurveyForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSurveyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedLevels"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateSurveyForTestMutation, UpdateSurveyForTestMutationVariables>;
export const SurveysForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveysForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SurveysForTestQuery, SurveysForTestQueryVariables>;
export const SurveyForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"survey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<SurveyForTestQuery, SurveyForTestQueryVariables>;
export const SurveyResultsForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyResultsForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"surveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedLevels"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counts"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"satisfied"}},{"kind":"Field","name":{"kind":"Name","value":"noAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aspects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aspectCode"}},{"kind":"Field","name":{"kind":"Name","value":"aspectTitle"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"aspectCode"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SurveyResultsForTestQuery, SurveyResultsForTestQueryVariables>;
export const ImportSurveyResultsForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportSurveyResultsForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportSurveyResultsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importSurveyResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportSurveyResultsForTestMutation, ImportSurveyResultsForTestMutationVariables>;
export const SurveyResultsTemplateForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyResultsTemplateForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shape"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyImportShape"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyResultsTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"surveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"shape"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shape"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<SurveyResultsTemplateForTestQuery, SurveyResultsTemplateForTestQueryVariables>;
export const CreateUserForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUserForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateUserForTestMutation, CreateUserForTestMutationVariables>;
export const FindUsersForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindUsersForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"nguyen van","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FindUsersForTestQuery, FindUsersForTestQueryVariables>;
export const UpdateUserRoleForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUserRoleForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateUserRoleForTestMutation, UpdateUserRoleForTestMutationVariables>;
export const DeactivateUserForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateUserForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<DeactivateUserForTestMutation, DeactivateUserForTestMutationVariables>;
export const ReactivateUserForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateUserForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ReactivateUserForTestMutation, ReactivateUserForTestMutationVariables>;
export const ResetUserPasswordForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetUserPasswordForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetUserPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ResetUserPasswordForTestMutation, ResetUserPasswordForTestMutationVariables>;
export const MeForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeForTest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MeForTestQuery, MeForTestQueryVariables>;
export const UserAuditForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserAuditForTest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"action"},"value":{"kind":"StringValue","value":"user.","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UserAuditForTestQuery, UserAuditForTestQueryVariables>;
export const LoginForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}}]}}]}}]} as unknown as DocumentNode<LoginForTestMutation, LoginForTestMutationVariables>;
export const CreateIndicatorForFixtureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateIndicatorForFixture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIndicatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateIndicatorForFixtureMutation, CreateIndicatorForFixtureMutationVariables>;
export const ActivateIndicatorForFixtureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivateIndicatorForFixture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetIndicatorStateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setIndicatorState"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ActivateIndicatorForFixtureMutation, ActivateIndicatorForFixtureMutationVariables>;
export const RecordMeasurementForFixtureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMeasurementForFixture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMeasurementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeasurement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"period"}}]}}]}}]} as unknown as DocumentNode<RecordMeasurementForFixtureMutation, RecordMeasurementForFixtureMutationVariables>;
export const SubmitMeasurementsForFixtureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitMeasurementsForFixture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitMeasurements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"period"}}]}}]}}]} as unknown as DocumentNode<SubmitMeasurementsForFixtureMutation, SubmitMeasurementsForFixtureMutationVariables>;
export const ReviewMeasurementForFixtureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewMeasurementForFixture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewMeasurementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewMeasurement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"period"}}]}}]}}]} as unknown as DocumentNode<ReviewMeasurementForFixtureMutation, ReviewMeasurementForFixtureMutationVariables>;
export const CreatePlanForEditingFixtureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePlanForEditingFixture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreatePlanForEditingFixtureMutation, CreatePlanForEditingFixtureMutationVariables>;
export const CreateOtherPlanItemForEditingFixtureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOtherPlanItemForEditingFixture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePlanItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateOtherPlanItemForEditingFixtureMutation, CreateOtherPlanItemForEditingFixtureMutationVariables>;
export const PlanForEditingFixtureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanForEditingFixture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"signerAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"dueLabel"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"productText"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanForEditingFixtureQuery, PlanForEditingFixtureQueryVariables>;
export const ImportSeedPlanForFixtureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportSeedPlanForFixture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportPlanDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importPlanDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ImportSeedPlanForFixtureMutation, ImportSeedPlanForFixtureMutationVariables>;
export const OpenAdHocRoundForFixtureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenAdHocRoundForFixture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenReportingRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openReportingRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OpenAdHocRoundForFixtureMutation, OpenAdHocRoundForFixtureMutationVariables>;
export const CreatePlanForScopeFixtureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePlanForScopeFixture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreatePlanForScopeFixtureMutation, CreatePlanForScopeFixtureMutationVariables>;
export const CreatePlanItemForScopeFixtureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePlanItemForScopeFixture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePlanItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreatePlanItemForScopeFixtureMutation, CreatePlanItemForScopeFixtureMutationVariables>;
export const CreateAgencyGroupForScopeFixtureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAgencyGroupForScopeFixture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAgencyGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgencyGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateAgencyGroupForScopeFixtureMutation, CreateAgencyGroupForScopeFixtureMutationVariables>;
export const IndicatorVersionForScopeFixtureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorVersionForScopeFixture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<IndicatorVersionForScopeFixtureQuery, IndicatorVersionForScopeFixtureQueryVariables>;
export const OpenQ1RoundForScopeFixtureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenQ1RoundForScopeFixture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openReportingRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"Q1"}},{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2022"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OpenQ1RoundForScopeFixtureMutation, OpenQ1RoundForScopeFixtureMutationVariables>;
export const GenerateConsolidatedReportForScopeFixtureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateConsolidatedReportForScopeFixture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateConsolidatedReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<GenerateConsolidatedReportForScopeFixtureMutation, GenerateConsolidatedReportForScopeFixtureMutationVariables>;