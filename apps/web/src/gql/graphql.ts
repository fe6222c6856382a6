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

export type AgencyGroupsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AgencyGroupsQuery = { __typename?: 'Query', agencyGroups: { __typename?: 'AgencyGroupConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'AgencyGroupEdge', cursor: string, node: { __typename?: 'AgencyGroup', id: string, code: string, name: string, aliases: Array<string>, memberIds: Array<string>, version: number, members: Array<{ __typename?: 'Agency', id: string, name: string }> } }> } };

export type CreateAgencyGroupMutationVariables = Exact<{
  input: CreateAgencyGroupInput;
}>;


export type CreateAgencyGroupMutation = { __typename?: 'Mutation', createAgencyGroup: { __typename?: 'AgencyGroup', id: string, code: string, name: string, aliases: Array<string>, memberIds: Array<string>, version: number } };

export type UpdateAgencyGroupMutationVariables = Exact<{
  input: UpdateAgencyGroupInput;
}>;


export type UpdateAgencyGroupMutation = { __typename?: 'Mutation', updateAgencyGroup: { __typename?: 'AgencyGroup', id: string, code: string, name: string, aliases: Array<string>, memberIds: Array<string>, version: number } };

export type DeleteAgencyGroupMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteAgencyGroupMutation = { __typename?: 'Mutation', deleteAgencyGroup: boolean };

export type AgencyGroupQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AgencyGroupQuery = { __typename?: 'Query', agencyGroup: { __typename?: 'AgencyGroup', id: string, code: string, name: string, aliases: Array<string>, memberIds: Array<string>, version: number, members: Array<{ __typename?: 'Agency', id: string, name: string }> } };

export type AgencyVersionFieldsFragment = { __typename?: 'AgencyVersion', agencyId: string, effectiveFrom: string | null, effectiveTo: string | null, parentId: string | null, name: string, shortName: string | null, kind: AgencyKind, level: AgencyLevel };

export type AgencyHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AgencyHistoryQuery = { __typename?: 'Query', agency: { __typename?: 'Agency', id: string, name: string, validTo: string | null, successor: { __typename?: 'Agency', id: string, name: string } | null, history: Array<{ __typename?: 'AgencyVersion', agencyId: string, effectiveFrom: string | null, effectiveTo: string | null, parentId: string | null, name: string, shortName: string | null, kind: AgencyKind, level: AgencyLevel }> } };

export type CreateAgencyMutationVariables = Exact<{
  input: CreateAgencyInput;
}>;


export type CreateAgencyMutation = { __typename?: 'Mutation', createAgency: { __typename?: 'Agency', id: string, code: string, name: string, shortName: string | null, aliases: Array<string>, kind: AgencyKind, level: AgencyLevel, parentId: string | null, validFrom: string, validTo: string | null, successorId: string | null, active: boolean, descendantCount: number, createdAt: string, updatedAt: string, version: number } };

export type UpdateAgencyMutationVariables = Exact<{
  input: UpdateAgencyInput;
}>;


export type UpdateAgencyMutation = { __typename?: 'Mutation', updateAgency: { __typename?: 'Agency', id: string, code: string, name: string, shortName: string | null, aliases: Array<string>, kind: AgencyKind, level: AgencyLevel, parentId: string | null, validFrom: string, validTo: string | null, successorId: string | null, active: boolean, descendantCount: number, createdAt: string, updatedAt: string, version: number } };

export type MoveAgencyMutationVariables = Exact<{
  input: MoveAgencyInput;
}>;


export type MoveAgencyMutation = { __typename?: 'Mutation', moveAgency: { __typename?: 'Agency', id: string, code: string, name: string, shortName: string | null, aliases: Array<string>, kind: AgencyKind, level: AgencyLevel, parentId: string | null, validFrom: string, validTo: string | null, successorId: string | null, active: boolean, descendantCount: number, createdAt: string, updatedAt: string, version: number } };

export type DeactivateAgencyMutationVariables = Exact<{
  input: DeactivateAgencyInput;
}>;


export type DeactivateAgencyMutation = { __typename?: 'Mutation', deactivateAgency: { __typename?: 'Agency', id: string, code: string, name: string, shortName: string | null, aliases: Array<string>, kind: AgencyKind, level: AgencyLevel, parentId: string | null, validFrom: string, validTo: string | null, successorId: string | null, active: boolean, descendantCount: number, createdAt: string, updatedAt: string, version: number } };

export type MergeAgenciesMutationVariables = Exact<{
  input: MergeAgenciesInput;
}>;


export type MergeAgenciesMutation = { __typename?: 'Mutation', mergeAgencies: { __typename?: 'Agency', id: string, code: string, name: string, shortName: string | null, aliases: Array<string>, kind: AgencyKind, level: AgencyLevel, parentId: string | null, validFrom: string, validTo: string | null, successorId: string | null, active: boolean, descendantCount: number, createdAt: string, updatedAt: string, version: number } };

export type ImportAgenciesMutationVariables = Exact<{
  input: ImportAgenciesInput;
}>;


export type ImportAgenciesMutation = { __typename?: 'Mutation', importAgencies: { __typename?: 'AgencyImportResult', dryRun: boolean, applied: boolean, created: number, updated: number, unchanged: number, errors: Array<{ __typename?: 'ImportError', line: number, message: string }> } };

export type AgencyTreeQueryVariables = Exact<{
  rootId?: InputMaybe<Scalars['ID']['input']>;
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type AgencyTreeQuery = { __typename?: 'Query', agencyTree: Array<{ __typename?: 'AgencyTreeNode', id: string, code: string, name: string, shortName: string | null, aliases: Array<string>, kind: AgencyKind, level: AgencyLevel, parentId: string | null, depth: number, active: boolean, validFrom: string, validTo: string | null, successorId: string | null, childCount: number }> };

export type AgencyDetailFieldsFragment = { __typename?: 'Agency', id: string, code: string, name: string, shortName: string | null, aliases: Array<string>, kind: AgencyKind, level: AgencyLevel, parentId: string | null, validFrom: string, validTo: string | null, successorId: string | null, active: boolean, descendantCount: number, createdAt: string, updatedAt: string, version: number };

export type AgencyDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AgencyDetailQuery = { __typename?: 'Query', agency: { __typename?: 'Agency', id: string, code: string, name: string, shortName: string | null, aliases: Array<string>, kind: AgencyKind, level: AgencyLevel, parentId: string | null, validFrom: string, validTo: string | null, successorId: string | null, active: boolean, descendantCount: number, createdAt: string, updatedAt: string, version: number, parent: { __typename?: 'Agency', id: string, code: string, name: string } | null, successor: { __typename?: 'Agency', id: string, code: string, name: string } | null, ancestors: Array<{ __typename?: 'Agency', id: string, name: string }>, children: Array<{ __typename?: 'Agency', id: string, active: boolean }> } };

export type ReorganisationDependentFieldsFragment = { __typename?: 'ReorganisationDependent', id: string, label: string, agency: string, successor: string | null };

export type PreviewReorganisationMutationVariables = Exact<{
  input: ReorganisationInput;
}>;


export type PreviewReorganisationMutation = { __typename?: 'Mutation', previewReorganisation: { __typename?: 'ReorganisationPreview', effectiveDate: string, taskCount: number, measurementCount: number, problems: Array<{ __typename?: 'ReorganisationProblem', line: number, field: string, message: string }>, agencies: Array<{ __typename?: 'ReorganisationAgencyChange', code: string, nameBefore: string | null, nameAfter: string, parentBefore: string | null, parentAfter: string | null, created: boolean, ends: boolean, successor: string | null }>, users: Array<{ __typename?: 'ReorganisationDependent', id: string, label: string, agency: string, successor: string | null }>, tasks: Array<{ __typename?: 'ReorganisationDependent', id: string, label: string, agency: string, successor: string | null }>, groups: Array<{ __typename?: 'ReorganisationDependent', id: string, label: string, agency: string, successor: string | null }>, reports: Array<{ __typename?: 'ReorganisationDependent', id: string, label: string, agency: string, successor: string | null }> } };

export type ReorganisationFieldsFragment = { __typename?: 'AgencyReorganisation', id: string, title: string, decision: string | null, effectiveDate: string, appliedAt: string, appliedBy: string | null, status: ReorganisationStatus, operationCount: number, undoneAt: string | null, undoneBy: string | null, undoBlockedBy: string | null };

export type ApplyReorganisationMutationVariables = Exact<{
  input: ReorganisationInput;
}>;


export type ApplyReorganisationMutation = { __typename?: 'Mutation', applyReorganisation: { __typename?: 'AgencyReorganisation', id: string, title: string, decision: string | null, effectiveDate: string, appliedAt: string, appliedBy: string | null, status: ReorganisationStatus, operationCount: number, undoneAt: string | null, undoneBy: string | null, undoBlockedBy: string | null } };

export type UndoReorganisationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UndoReorganisationMutation = { __typename?: 'Mutation', undoReorganisation: { __typename?: 'AgencyReorganisation', id: string, title: string, decision: string | null, effectiveDate: string, appliedAt: string, appliedBy: string | null, status: ReorganisationStatus, operationCount: number, undoneAt: string | null, undoneBy: string | null, undoBlockedBy: string | null } };

export type AgencyReorganisationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AgencyReorganisationsQuery = { __typename?: 'Query', agencyReorganisations: Array<{ __typename?: 'AgencyReorganisation', id: string, title: string, decision: string | null, effectiveDate: string, appliedAt: string, appliedBy: string | null, status: ReorganisationStatus, operationCount: number, undoneAt: string | null, undoneBy: string | null, undoBlockedBy: string | null }> };

export type ReorganisationUserAgencyQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReorganisationUserAgencyQuery = { __typename?: 'Query', user: { __typename?: 'User', id: string, agencyId: string | null, agency: { __typename?: 'Agency', id: string, name: string, successor: { __typename?: 'Agency', id: string, name: string } | null } | null } };

export type ReassignUsersMutationVariables = Exact<{
  input: ReassignUsersInput;
}>;


export type ReassignUsersMutation = { __typename?: 'Mutation', reassignUsers: Array<{ __typename?: 'User', id: string, agencyId: string | null }> };

export type ApiKeyRowFieldsFragment = { __typename?: 'ApiKey', id: string, name: string, prefix: string, role: Role, agencyId: string | null, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null, createdAt: string, agency: { __typename?: 'Agency', id: string, name: string } | null };

export type ApiKeysQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ApiKeysQuery = { __typename?: 'Query', apiKeys: { __typename?: 'ApiKeyConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'ApiKeyEdge', cursor: string, node: { __typename?: 'ApiKey', id: string, name: string, prefix: string, role: Role, agencyId: string | null, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null, createdAt: string, agency: { __typename?: 'Agency', id: string, name: string } | null } }> } };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreatedApiKey', secret: string, apiKey: { __typename?: 'ApiKey', id: string, name: string, prefix: string, role: Role, agencyId: string | null, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null, createdAt: string, agency: { __typename?: 'Agency', id: string, name: string } | null } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeApiKeyMutation = { __typename?: 'Mutation', revokeApiKey: { __typename?: 'ApiKey', id: string, name: string, prefix: string, role: Role, agencyId: string | null, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null, createdAt: string, agency: { __typename?: 'Agency', id: string, name: string } | null } };

export type AuditLogQueryVariables = Exact<{
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditLogQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'AuditEntryEdge', cursor: string, node: { __typename?: 'AuditEntry', id: string, actorId: string | null, actorKind: string | null, actorLabel: string | null, action: string, entityType: string, entityId: string | null, before: unknown | null, after: unknown | null, requestId: string | null, createdAt: string } }> } };

export type SessionUserFieldsFragment = { __typename?: 'User', id: string, email: string, fullName: string, role: Role, agencyId: string | null };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, expiresIn: number, user: { __typename?: 'User', id: string, email: string, fullName: string, role: Role, agencyId: string | null } } };

export type RefreshTokenMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type RefreshTokenMutation = { __typename?: 'Mutation', refreshToken: { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, expiresIn: number, user: { __typename?: 'User', id: string, email: string, fullName: string, role: Role, agencyId: string | null } } };

export type LogoutMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, email: string, fullName: string, role: Role, agencyId: string | null, agency: { __typename?: 'Agency', id: string, name: string, active: boolean, validTo: string | null, successor: { __typename?: 'Agency', id: string, name: string } | null } | null } };

export type IndicatorFieldsFragment = { __typename?: 'Indicator', id: string, planId: string, code: string, nameVi: string, nameEn: string | null, description: string | null, areaCode: string | null, unit: IndicatorUnit, direction: IndicatorDirection, aggregation: IndicatorAggregation, frequency: IndicatorFrequency, reportingLevels: Array<AgencyLevel>, cumulative: boolean, target: number | null, state: IndicatorState, sortOrder: number, sourceText: string | null, sourceLine: number | null, draftNotes: Array<string>, version: number };

export type IndicatorValueFieldsFragment = { __typename?: 'IndicatorValue', indicatorId: string, agencyId: string, period: string, value: number | null, numerator: number | null, denominator: number | null, reportedCount: number, target: number | null, targetSource: TargetSource | null, status: IndicatorStatus };

export type IndicatorPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type IndicatorPlansQuery = { __typename?: 'Query', plans: { __typename?: 'PlanConnection', edges: Array<{ __typename?: 'PlanEdge', node: { __typename?: 'Plan', id: string, code: string, title: string, year: number, status: PlanStatus, ownerAgencyId: string, ownerAgency: { __typename?: 'Agency', id: string, name: string } } }> } };

export type IndicatorsQueryVariables = Exact<{
  filter?: InputMaybe<IndicatorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  period: Scalars['String']['input'];
}>;


export type IndicatorsQuery = { __typename?: 'Query', indicators: { __typename?: 'IndicatorConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'IndicatorEdge', cursor: string, node: { __typename?: 'Indicator', id: string, planId: string, code: string, nameVi: string, nameEn: string | null, description: string | null, areaCode: string | null, unit: IndicatorUnit, direction: IndicatorDirection, aggregation: IndicatorAggregation, frequency: IndicatorFrequency, reportingLevels: Array<AgencyLevel>, cumulative: boolean, target: number | null, state: IndicatorState, sortOrder: number, sourceText: string | null, sourceLine: number | null, draftNotes: Array<string>, version: number, value: { __typename?: 'IndicatorValue', indicatorId: string, agencyId: string, period: string, value: number | null, numerator: number | null, denominator: number | null, reportedCount: number, target: number | null, targetSource: TargetSource | null, status: IndicatorStatus } | null } }> } };

export type IndicatorTargetFieldsFragment = { __typename?: 'IndicatorTarget', id: string, indicatorId: string, level: AgencyLevel | null, agencyId: string | null, period: string | null, value: number };

export type IndicatorDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type IndicatorDetailQuery = { __typename?: 'Query', indicator: { __typename?: 'Indicator', createdAt: string, updatedAt: string, id: string, planId: string, code: string, nameVi: string, nameEn: string | null, description: string | null, areaCode: string | null, unit: IndicatorUnit, direction: IndicatorDirection, aggregation: IndicatorAggregation, frequency: IndicatorFrequency, reportingLevels: Array<AgencyLevel>, cumulative: boolean, target: number | null, state: IndicatorState, sortOrder: number, sourceText: string | null, sourceLine: number | null, draftNotes: Array<string>, version: number, plan: { __typename?: 'Plan', id: string, code: string, title: string, year: number, ownerAgencyId: string, ownerAgency: { __typename?: 'Agency', id: string, name: string } }, targets: Array<{ __typename?: 'IndicatorTarget', id: string, indicatorId: string, level: AgencyLevel | null, agencyId: string | null, period: string | null, value: number }>, linkedItems: Array<{ __typename?: 'PlanItem', id: string, code: string, title: string }> } };

export type IndicatorSeriesQueryVariables = Exact<{
  indicatorId: Scalars['ID']['input'];
  agencyId: Scalars['ID']['input'];
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
}>;


export type IndicatorSeriesQuery = { __typename?: 'Query', indicatorSeries: Array<{ __typename?: 'IndicatorValue', indicatorId: string, agencyId: string, period: string, value: number | null, numerator: number | null, denominator: number | null, reportedCount: number, target: number | null, targetSource: TargetSource | null, status: IndicatorStatus }> };

export type IndicatorBreakdownQueryVariables = Exact<{
  indicatorId: Scalars['ID']['input'];
  agencyId: Scalars['ID']['input'];
  period: Scalars['String']['input'];
}>;


export type IndicatorBreakdownQuery = { __typename?: 'Query', indicatorBreakdown: Array<{ __typename?: 'IndicatorValue', indicatorId: string, agencyId: string, period: string, value: number | null, numerator: number | null, denominator: number | null, reportedCount: number, target: number | null, targetSource: TargetSource | null, status: IndicatorStatus, agency: { __typename?: 'Agency', id: string, code: string, name: string, level: AgencyLevel, descendantCount: number } }> };

export type ReportingCoverageQueryVariables = Exact<{
  indicatorId: Scalars['ID']['input'];
  period: Scalars['String']['input'];
  rootAgencyId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ReportingCoverageQuery = { __typename?: 'Query', reportingCoverage: { __typename?: 'ReportingCoverage', indicatorId: string, period: string, expected: number, reported: number, approved: number, inProgress: number, missing: Array<{ __typename?: 'Agency', id: string, code: string, name: string }> } };

export type CreateIndicatorMutationVariables = Exact<{
  input: CreateIndicatorInput;
}>;


export type CreateIndicatorMutation = { __typename?: 'Mutation', createIndicator: { __typename?: 'Indicator', id: string, planId: string, code: string, nameVi: string, nameEn: string | null, description: string | null, areaCode: string | null, unit: IndicatorUnit, direction: IndicatorDirection, aggregation: IndicatorAggregation, frequency: IndicatorFrequency, reportingLevels: Array<AgencyLevel>, cumulative: boolean, target: number | null, state: IndicatorState, sortOrder: number, sourceText: string | null, sourceLine: number | null, draftNotes: Array<string>, version: number } };

export type UpdateIndicatorMutationVariables = Exact<{
  input: UpdateIndicatorInput;
}>;


export type UpdateIndicatorMutation = { __typename?: 'Mutation', updateIndicator: { __typename?: 'Indicator', id: string, planId: string, code: string, nameVi: string, nameEn: string | null, description: string | null, areaCode: string | null, unit: IndicatorUnit, direction: IndicatorDirection, aggregation: IndicatorAggregation, frequency: IndicatorFrequency, reportingLevels: Array<AgencyLevel>, cumulative: boolean, target: number | null, state: IndicatorState, sortOrder: number, sourceText: string | null, sourceLine: number | null, draftNotes: Array<string>, version: number } };

export type SetIndicatorStateMutationVariables = Exact<{
  input: SetIndicatorStateInput;
}>;


export type SetIndicatorStateMutation = { __typename?: 'Mutation', setIndicatorState: { __typename?: 'Indicator', id: string, planId: string, code: string, nameVi: string, nameEn: string | null, description: string | null, areaCode: string | null, unit: IndicatorUnit, direction: IndicatorDirection, aggregation: IndicatorAggregation, frequency: IndicatorFrequency, reportingLevels: Array<AgencyLevel>, cumulative: boolean, target: number | null, state: IndicatorState, sortOrder: number, sourceText: string | null, sourceLine: number | null, draftNotes: Array<string>, version: number } };

export type SetIndicatorTargetsMutationVariables = Exact<{
  input: SetIndicatorTargetsInput;
}>;


export type SetIndicatorTargetsMutation = { __typename?: 'Mutation', setIndicatorTargets: { __typename?: 'Indicator', id: string, planId: string, code: string, nameVi: string, nameEn: string | null, description: string | null, areaCode: string | null, unit: IndicatorUnit, direction: IndicatorDirection, aggregation: IndicatorAggregation, frequency: IndicatorFrequency, reportingLevels: Array<AgencyLevel>, cumulative: boolean, target: number | null, state: IndicatorState, sortOrder: number, sourceText: string | null, sourceLine: number | null, draftNotes: Array<string>, version: number, targets: Array<{ __typename?: 'IndicatorTarget', id: string, indicatorId: string, level: AgencyLevel | null, agencyId: string | null, period: string | null, value: number }> } };

export type IndicatorScoreboardQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
  period: Scalars['String']['input'];
  level: AgencyLevel;
  rootAgencyId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type IndicatorScoreboardQuery = { __typename?: 'Query', indicatorScoreboard: { __typename?: 'IndicatorScoreboard', period: string, level: AgencyLevel, asOf: string, indicators: Array<{ __typename?: 'Indicator', id: string, code: string, nameVi: string, nameEn: string | null, unit: IndicatorUnit }>, rows: Array<{ __typename?: 'ScoreboardRow', values: Array<number | null>, targets: Array<number | null>, statuses: Array<IndicatorStatus>, agency: { __typename?: 'Agency', id: string, code: string, name: string } }>, statusCounts: Array<{ __typename?: 'StatusCount', status: IndicatorStatus, count: number }> } };

export type IndicatorScoreboardXlsxQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
  period: Scalars['String']['input'];
  level: AgencyLevel;
  rootAgencyId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type IndicatorScoreboardXlsxQuery = { __typename?: 'Query', indicatorScoreboardXlsx: { __typename?: 'ExportedFile', filename: string, mimeType: string, contentBase64: string } };

export type IndicatorPlanItemsQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type IndicatorPlanItemsQuery = { __typename?: 'Query', plan: { __typename?: 'Plan', id: string, year: number, items: Array<{ __typename?: 'PlanItem', id: string, code: string, title: string, kind: PlanItemKind }> } };

export type MeasurementFieldsFragment = { __typename?: 'Measurement', id: string, indicatorId: string, agencyId: string, period: string, value: number | null, numerator: number | null, denominator: number | null, note: string | null, status: MeasurementStatus, reviewComment: string | null, reviewedAt: string | null, submittedAt: string | null, updatedAt: string, updatedByLabel: string | null, version: number };

export type MeasurementEntriesQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
  agencyId: Scalars['ID']['input'];
  period: Scalars['String']['input'];
}>;


export type MeasurementEntriesQuery = { __typename?: 'Query', measurementEntries: Array<{ __typename?: 'MeasurementEntry', target: number | null, indicator: { __typename?: 'Indicator', id: string, code: string, nameVi: string, nameEn: string | null, unit: IndicatorUnit, aggregation: IndicatorAggregation, frequency: IndicatorFrequency, direction: IndicatorDirection }, measurement: { __typename?: 'Measurement', id: string, indicatorId: string, agencyId: string, period: string, value: number | null, numerator: number | null, denominator: number | null, note: string | null, status: MeasurementStatus, reviewComment: string | null, reviewedAt: string | null, submittedAt: string | null, updatedAt: string, updatedByLabel: string | null, version: number } | null }> };

export type RecordMeasurementMutationVariables = Exact<{
  input: RecordMeasurementInput;
}>;


export type RecordMeasurementMutation = { __typename?: 'Mutation', recordMeasurement: { __typename?: 'Measurement', id: string, indicatorId: string, agencyId: string, period: string, value: number | null, numerator: number | null, denominator: number | null, note: string | null, status: MeasurementStatus, reviewComment: string | null, reviewedAt: string | null, submittedAt: string | null, updatedAt: string, updatedByLabel: string | null, version: number } };

export type SubmitMeasurementsMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type SubmitMeasurementsMutation = { __typename?: 'Mutation', submitMeasurements: Array<{ __typename?: 'Measurement', id: string, indicatorId: string, agencyId: string, period: string, value: number | null, numerator: number | null, denominator: number | null, note: string | null, status: MeasurementStatus, reviewComment: string | null, reviewedAt: string | null, submittedAt: string | null, updatedAt: string, updatedByLabel: string | null, version: number }> };

export type MeasurementRowFieldsFragment = { __typename?: 'Measurement', id: string, indicatorId: string, agencyId: string, period: string, value: number | null, numerator: number | null, denominator: number | null, note: string | null, status: MeasurementStatus, reviewComment: string | null, reviewedAt: string | null, submittedAt: string | null, updatedAt: string, updatedByLabel: string | null, version: number, agency: { __typename?: 'Agency', id: string, code: string, name: string }, indicator: { __typename?: 'Indicator', id: string, code: string, nameVi: string, nameEn: string | null, unit: IndicatorUnit, aggregation: IndicatorAggregation } };

export type MeasurementsQueryVariables = Exact<{
  filter?: InputMaybe<MeasurementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MeasurementsQuery = { __typename?: 'Query', measurements: { __typename?: 'MeasurementConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'MeasurementEdge', cursor: string, node: { __typename?: 'Measurement', id: string, indicatorId: string, agencyId: string, period: string, value: number | null, numerator: number | null, denominator: number | null, note: string | null, status: MeasurementStatus, reviewComment: string | null, reviewedAt: string | null, submittedAt: string | null, updatedAt: string, updatedByLabel: string | null, version: number, agency: { __typename?: 'Agency', id: string, code: string, name: string }, indicator: { __typename?: 'Indicator', id: string, code: string, nameVi: string, nameEn: string | null, unit: IndicatorUnit, aggregation: IndicatorAggregation } } }> } };

export type MeasurementHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MeasurementHistoryQuery = { __typename?: 'Query', measurement: { __typename?: 'Measurement', id: string, history: Array<{ __typename?: 'MeasurementRevision', id: string, action: MeasurementAction, status: MeasurementStatus, value: number | null, numerator: number | null, denominator: number | null, note: string | null, comment: string | null, actorLabel: string | null, createdAt: string, measurementVersion: number }> } };

export type ReviewMeasurementMutationVariables = Exact<{
  input: ReviewMeasurementInput;
}>;


export type ReviewMeasurementMutation = { __typename?: 'Mutation', reviewMeasurement: { __typename?: 'Measurement', id: string, indicatorId: string, agencyId: string, period: string, value: number | null, numerator: number | null, denominator: number | null, note: string | null, status: MeasurementStatus, reviewComment: string | null, reviewedAt: string | null, submittedAt: string | null, updatedAt: string, updatedByLabel: string | null, version: number } };

export type ReopenMeasurementMutationVariables = Exact<{
  input: ReopenMeasurementInput;
}>;


export type ReopenMeasurementMutation = { __typename?: 'Mutation', reopenMeasurement: { __typename?: 'Measurement', id: string, indicatorId: string, agencyId: string, period: string, value: number | null, numerator: number | null, denominator: number | null, note: string | null, status: MeasurementStatus, reviewComment: string | null, reviewedAt: string | null, submittedAt: string | null, updatedAt: string, updatedByLabel: string | null, version: number } };

export type MeasurementTemplateQueryVariables = Exact<{
  input: MeasurementTemplateInput;
}>;


export type MeasurementTemplateQuery = { __typename?: 'Query', measurementTemplate: { __typename?: 'ExportedFile', filename: string, mimeType: string, contentBase64: string } };

export type ImportMeasurementsMutationVariables = Exact<{
  input: ImportMeasurementsInput;
}>;


export type ImportMeasurementsMutation = { __typename?: 'Mutation', importMeasurements: { __typename?: 'MeasurementImportResult', applied: boolean, dryRun: boolean, period: string, created: number, updated: number, unchanged: number, problems: Array<{ __typename?: 'MeasurementImportProblem', line: number, column: string | null, field: string | null, code: string, message: string }> } };

export type InspectionChecklistItemFieldsFragment = { __typename?: 'InspectionChecklistItem', id: string, version: number, position: number, title: string, sourceCode: string | null, result: InspectionChecklistResult | null, note: string | null, evidence: Array<{ __typename?: 'InspectionChecklistEvidence', url: string, label: string | null }> };

export type InspectionChecklistQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InspectionChecklistQuery = { __typename?: 'Query', inspection: { __typename?: 'Inspection', id: string, checklist: Array<{ __typename?: 'InspectionChecklistItem', id: string, version: number, position: number, title: string, sourceCode: string | null, result: InspectionChecklistResult | null, note: string | null, evidence: Array<{ __typename?: 'InspectionChecklistEvidence', url: string, label: string | null }> }> } };

export type ChecklistFrameworksQueryVariables = Exact<{ [key: string]: never; }>;


export type ChecklistFrameworksQuery = { __typename?: 'Query', parFrameworks: { __typename?: 'ParFrameworkConnection', edges: Array<{ __typename?: 'ParFrameworkEdge', node: { __typename?: 'ParFramework', id: string, name: string, year: number, revision: number } }> } };

export type BuildInspectionChecklistMutationVariables = Exact<{
  input: BuildInspectionChecklistInput;
}>;


export type BuildInspectionChecklistMutation = { __typename?: 'Mutation', buildInspectionChecklist: { __typename?: 'Inspection', id: string, checklist: Array<{ __typename?: 'InspectionChecklistItem', id: string, version: number, position: number, title: string, sourceCode: string | null, result: InspectionChecklistResult | null, note: string | null, evidence: Array<{ __typename?: 'InspectionChecklistEvidence', url: string, label: string | null }> }> } };

export type UpdateInspectionChecklistItemMutationVariables = Exact<{
  input: UpdateInspectionChecklistItemInput;
}>;


export type UpdateInspectionChecklistItemMutation = { __typename?: 'Mutation', updateInspectionChecklistItem: { __typename?: 'InspectionChecklistItem', id: string, version: number, position: number, title: string, sourceCode: string | null, result: InspectionChecklistResult | null, note: string | null, evidence: Array<{ __typename?: 'InspectionChecklistEvidence', url: string, label: string | null }> } };

export type InspectionPlanFieldsFragment = { __typename?: 'InspectionPlan', id: string, year: number, status: InspectionPlanStatus, coverageProvince: number, coverageDistrict: number, coverageCommune: number, version: number };

export type InspectionTeamMemberFieldsFragment = { __typename?: 'InspectionTeamMember', id: string, name: string, agencyName: string | null, leader: boolean };

export type InspectionRowFragment = { __typename?: 'Inspection', id: string, planId: string, agencyId: string, month: number | null, status: InspectionStatus, proposed: boolean, score: number | null, teamUserIds: Array<string>, conductedOn: string | null, reinspectedOn: string | null, version: number, agency: { __typename?: 'Agency', id: string, name: string, level: AgencyLevel } | null, reasons: Array<{ __typename?: 'InspectionReasonModel', code: InspectionReasonCode, year: number | null, value: number | null, count: number | null, points: number }>, team: Array<{ __typename?: 'InspectionTeamMember', id: string, name: string, agencyName: string | null, leader: boolean }>, findings: Array<{ __typename?: 'InspectionFinding', id: string, status: InspectionFindingStatus }> };

export type InspectionPlansQueryVariables = Exact<{
  filter?: InputMaybe<InspectionPlanFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type InspectionPlansQuery = { __typename?: 'Query', inspectionPlans: { __typename?: 'InspectionPlanConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'InspectionPlanEdge', node: { __typename?: 'InspectionPlan', id: string, year: number, status: InspectionPlanStatus, coverageProvince: number, coverageDistrict: number, coverageCommune: number, version: number } }> } };

export type InspectionPlanQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InspectionPlanQuery = { __typename?: 'Query', inspectionPlan: { __typename?: 'InspectionPlan', id: string, year: number, status: InspectionPlanStatus, coverageProvince: number, coverageDistrict: number, coverageCommune: number, version: number }, inspectionCoverage: { __typename?: 'InspectionCoverageModel', planId: string, levels: Array<{ __typename?: 'InspectionCoverageLine', level: AgencyLevel | null, agencies: number, inspected: number, percent: number }>, total: { __typename?: 'InspectionCoverageLine', agencies: number, inspected: number, percent: number } } };

export type PlanInspectionsQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PlanInspectionsQuery = { __typename?: 'Query', inspections: { __typename?: 'InspectionConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'InspectionEdge', node: { __typename?: 'Inspection', id: string, planId: string, agencyId: string, month: number | null, status: InspectionStatus, proposed: boolean, score: number | null, teamUserIds: Array<string>, conductedOn: string | null, reinspectedOn: string | null, version: number, agency: { __typename?: 'Agency', id: string, name: string, level: AgencyLevel } | null, reasons: Array<{ __typename?: 'InspectionReasonModel', code: InspectionReasonCode, year: number | null, value: number | null, count: number | null, points: number }>, team: Array<{ __typename?: 'InspectionTeamMember', id: string, name: string, agencyName: string | null, leader: boolean }>, findings: Array<{ __typename?: 'InspectionFinding', id: string, status: InspectionFindingStatus }> } }> } };

export type InspectionDetailFragment = { __typename?: 'Inspection', id: string, planId: string, agencyId: string, month: number | null, status: InspectionStatus, proposed: boolean, score: number | null, teamUserIds: Array<string>, conductedOn: string | null, reinspectedOn: string | null, version: number, findings: Array<{ __typename?: 'InspectionFinding', id: string, position: number, text: string, severity: InspectionFindingSeverity, deadline: string, taskId: string | null, status: InspectionFindingStatus, closedOn: string | null, reviewNote: string | null, version: number, task: { __typename?: 'PlanItem', id: string, code: string, title: string } | null }>, agency: { __typename?: 'Agency', id: string, name: string, level: AgencyLevel } | null, reasons: Array<{ __typename?: 'InspectionReasonModel', code: InspectionReasonCode, year: number | null, value: number | null, count: number | null, points: number }>, team: Array<{ __typename?: 'InspectionTeamMember', id: string, name: string, agencyName: string | null, leader: boolean }> };

export type InspectionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InspectionQuery = { __typename?: 'Query', inspection: { __typename?: 'Inspection', id: string, planId: string, agencyId: string, month: number | null, status: InspectionStatus, proposed: boolean, score: number | null, teamUserIds: Array<string>, conductedOn: string | null, reinspectedOn: string | null, version: number, findings: Array<{ __typename?: 'InspectionFinding', id: string, position: number, text: string, severity: InspectionFindingSeverity, deadline: string, taskId: string | null, status: InspectionFindingStatus, closedOn: string | null, reviewNote: string | null, version: number, task: { __typename?: 'PlanItem', id: string, code: string, title: string } | null }>, agency: { __typename?: 'Agency', id: string, name: string, level: AgencyLevel } | null, reasons: Array<{ __typename?: 'InspectionReasonModel', code: InspectionReasonCode, year: number | null, value: number | null, count: number | null, points: number }>, team: Array<{ __typename?: 'InspectionTeamMember', id: string, name: string, agencyName: string | null, leader: boolean }> } };

export type InspectionTeamCandidatesQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type InspectionTeamCandidatesQuery = { __typename?: 'Query', inspectionTeamCandidates: Array<{ __typename?: 'InspectionTeamMember', id: string, name: string, agencyName: string | null, leader: boolean }> };

export type PlanIndicatorOptionsQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type PlanIndicatorOptionsQuery = { __typename?: 'Query', indicators: { __typename?: 'IndicatorConnection', edges: Array<{ __typename?: 'IndicatorEdge', node: { __typename?: 'Indicator', id: string, code: string, nameVi: string, nameEn: string | null, frequency: IndicatorFrequency } }> } };

export type InspectionDecisionDocxQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type InspectionDecisionDocxQuery = { __typename?: 'Query', inspectionDecisionDocx: { __typename?: 'ExportedFile', filename: string, mimeType: string, contentBase64: string } };

export type InspectionConclusionDocxQueryVariables = Exact<{
  inspectionId: Scalars['ID']['input'];
}>;


export type InspectionConclusionDocxQuery = { __typename?: 'Query', inspectionConclusionDocx: { __typename?: 'ExportedFile', filename: string, mimeType: string, contentBase64: string } };

export type ProposeInspectionsMutationVariables = Exact<{
  input: ProposeInspectionsInput;
}>;


export type ProposeInspectionsMutation = { __typename?: 'Mutation', proposeInspections: { __typename?: 'InspectionPlan', id: string, year: number, status: InspectionPlanStatus, coverageProvince: number, coverageDistrict: number, coverageCommune: number, version: number } };

export type AdjustInspectionPlanMutationVariables = Exact<{
  input: AdjustInspectionPlanInput;
}>;


export type AdjustInspectionPlanMutation = { __typename?: 'Mutation', adjustInspectionPlan: { __typename?: 'InspectionPlan', id: string, year: number, status: InspectionPlanStatus, coverageProvince: number, coverageDistrict: number, coverageCommune: number, version: number } };

export type ApproveInspectionPlanMutationVariables = Exact<{
  input: VersionedInput;
}>;


export type ApproveInspectionPlanMutation = { __typename?: 'Mutation', approveInspectionPlan: { __typename?: 'InspectionPlan', id: string, year: number, status: InspectionPlanStatus, coverageProvince: number, coverageDistrict: number, coverageCommune: number, version: number } };

export type ScheduleInspectionMutationVariables = Exact<{
  input: ScheduleInspectionInput;
}>;


export type ScheduleInspectionMutation = { __typename?: 'Mutation', scheduleInspection: { __typename?: 'Inspection', id: string, planId: string, agencyId: string, month: number | null, status: InspectionStatus, proposed: boolean, score: number | null, teamUserIds: Array<string>, conductedOn: string | null, reinspectedOn: string | null, version: number, agency: { __typename?: 'Agency', id: string, name: string, level: AgencyLevel } | null, reasons: Array<{ __typename?: 'InspectionReasonModel', code: InspectionReasonCode, year: number | null, value: number | null, count: number | null, points: number }>, team: Array<{ __typename?: 'InspectionTeamMember', id: string, name: string, agencyName: string | null, leader: boolean }>, findings: Array<{ __typename?: 'InspectionFinding', id: string, status: InspectionFindingStatus }> } };

export type RecordInspectionFindingsMutationVariables = Exact<{
  input: RecordInspectionFindingsInput;
}>;


export type RecordInspectionFindingsMutation = { __typename?: 'Mutation', recordInspectionFindings: { __typename?: 'Inspection', id: string, planId: string, agencyId: string, month: number | null, status: InspectionStatus, proposed: boolean, score: number | null, teamUserIds: Array<string>, conductedOn: string | null, reinspectedOn: string | null, version: number, findings: Array<{ __typename?: 'InspectionFinding', id: string, position: number, text: string, severity: InspectionFindingSeverity, deadline: string, taskId: string | null, status: InspectionFindingStatus, closedOn: string | null, reviewNote: string | null, version: number, task: { __typename?: 'PlanItem', id: string, code: string, title: string } | null }>, agency: { __typename?: 'Agency', id: string, name: string, level: AgencyLevel } | null, reasons: Array<{ __typename?: 'InspectionReasonModel', code: InspectionReasonCode, year: number | null, value: number | null, count: number | null, points: number }>, team: Array<{ __typename?: 'InspectionTeamMember', id: string, name: string, agencyName: string | null, leader: boolean }> } };

export type ReinspectFindingsMutationVariables = Exact<{
  input: ReinspectInput;
}>;


export type ReinspectFindingsMutation = { __typename?: 'Mutation', reinspectFindings: { __typename?: 'Inspection', id: string, planId: string, agencyId: string, month: number | null, status: InspectionStatus, proposed: boolean, score: number | null, teamUserIds: Array<string>, conductedOn: string | null, reinspectedOn: string | null, version: number, findings: Array<{ __typename?: 'InspectionFinding', id: string, position: number, text: string, severity: InspectionFindingSeverity, deadline: string, taskId: string | null, status: InspectionFindingStatus, closedOn: string | null, reviewNote: string | null, version: number, task: { __typename?: 'PlanItem', id: string, code: string, title: string } | null }>, agency: { __typename?: 'Agency', id: string, name: string, level: AgencyLevel } | null, reasons: Array<{ __typename?: 'InspectionReasonModel', code: InspectionReasonCode, year: number | null, value: number | null, count: number | null, points: number }>, team: Array<{ __typename?: 'InspectionTeamMember', id: string, name: string, agencyName: string | null, leader: boolean }> } };

export type RecordInspectionCoverageMutationVariables = Exact<{
  input: RecordInspectionCoverageInput;
}>;


export type RecordInspectionCoverageMutation = { __typename?: 'Mutation', recordInspectionCoverage: { __typename?: 'Measurement', id: string, value: number | null } };

export type NotificationFieldsFragment = { __typename?: 'Notification', id: string, kind: NotificationKind, title: string, body: string, link: string | null, readAt: string | null, createdAt: string };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { __typename?: 'Query', unreadNotificationCount: number };

export type MyNotificationsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  unreadOnly: Scalars['Boolean']['input'];
}>;


export type MyNotificationsQuery = { __typename?: 'Query', myNotifications: { __typename?: 'NotificationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'NotificationEdge', cursor: string, node: { __typename?: 'Notification', id: string, kind: NotificationKind, title: string, body: string, link: string | null, readAt: string | null, createdAt: string } }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type MarkNotificationsReadMutation = { __typename?: 'Mutation', markNotificationsRead: number };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { __typename?: 'Mutation', markAllNotificationsRead: number };

export type MyNotificationSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNotificationSettingsQuery = { __typename?: 'Query', myNotificationSettings: Array<{ __typename?: 'NotificationSetting', kind: NotificationKind, muted: boolean }> };

export type SetNotificationMutedMutationVariables = Exact<{
  kind: NotificationKind;
  muted: Scalars['Boolean']['input'];
}>;


export type SetNotificationMutedMutation = { __typename?: 'Mutation', setNotificationMuted: { __typename?: 'NotificationSetting', kind: NotificationKind, muted: boolean } };

export type EmailOutboxQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<EmailStatus>;
}>;


export type EmailOutboxQuery = { __typename?: 'Query', emailOutbox: { __typename?: 'EmailMessageConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'EmailMessageEdge', cursor: string, node: { __typename?: 'EmailMessage', id: string, to: string, subject: string, text: string, status: EmailStatus, attempts: number, error: string | null, createdAt: string, sentAt: string | null } }> } };

export type SaveParAppraisalMutationVariables = Exact<{
  input: SaveParAppraisalInput;
}>;


export type SaveParAppraisalMutation = { __typename?: 'Mutation', saveParAppraisal: { __typename?: 'ParAssessment', selfAssessmentDeadline: string, explanationDue: string | null, closedByDeadline: ParDeadlinePhase | null, appraisedAt: string | null, explainedAt: string | null, finalisedAt: string | null, finalisedByLabel: string | null, id: string, cycleId: string, version: number, status: ParAssessmentStatus, late: boolean, submittedAt: string | null, submittedByLabel: string | null, framework: { __typename?: 'ParFramework', id: string, name: string, targetGroup: ParTargetGroup, year: number, criteria: Array<{ __typename?: 'ParCriterion', id: string, frameworkId: string, parentId: string | null, level: ParCriterionLevel, code: string, title: string, maxPoints: number, method: ParScoringMethod | null, guidance: string | null, evidenceRequired: boolean, position: number, version: number, scale: Array<{ __typename?: 'ParScaleOption', label: string, points: number }> | null, dataRule: { __typename?: 'ParDataRule', source: ParDataSource, areaCode: string | null, indicatorCode: string | null, thresholds: Array<{ __typename?: 'ParThreshold', atLeast: number, points: number }> } | null }> } | null, cycle: { __typename?: 'ParCycle', id: string, status: ParCycleStatus, councilUserIds: Array<string>, council: Array<{ __typename?: 'ParCouncilMember', id: string, fullName: string }> } | null, scores: Array<{ __typename?: 'ParScore', id: string, criterionId: string, selfPoints: number | null, selfNote: string | null, noEvidenceReason: string | null, appraisedPoints: number | null, appraisalReason: string | null, explanation: string | null, reappraisedPoints: number | null, reappraisalAnswer: string | null }>, appraisalSummary: { __typename?: 'ParAppraisalSummary', toAppraise: number, appraised: number, differences: number, explained: number, answered: number, points: number }, evidence: Array<{ __typename?: 'ParEvidence', id: string, assessmentId: string, criterionId: string, kind: ParEvidenceKind, label: string, url: string | null, recordType: ParEvidenceRecordType | null, recordId: string | null, downloadUrl: string | null, mimeType: string | null, size: number | null, addedBy: string | null, createdAt: string }>, agency: { __typename?: 'Agency', id: string, name: string } | null, selfSummary: { __typename?: 'ParSelfSummary', toScore: number, scored: number, selfPoints: number } } };

export type SendParAppraisalMutationVariables = Exact<{
  input: SendParAppraisalInput;
}>;


export type SendParAppraisalMutation = { __typename?: 'Mutation', sendParAppraisal: { __typename?: 'ParAssessment', selfAssessmentDeadline: string, explanationDue: string | null, closedByDeadline: ParDeadlinePhase | null, appraisedAt: string | null, explainedAt: string | null, finalisedAt: string | null, finalisedByLabel: string | null, id: string, cycleId: string, version: number, status: ParAssessmentStatus, late: boolean, submittedAt: string | null, submittedByLabel: string | null, framework: { __typename?: 'ParFramework', id: string, name: string, targetGroup: ParTargetGroup, year: number, criteria: Array<{ __typename?: 'ParCriterion', id: string, frameworkId: string, parentId: string | null, level: ParCriterionLevel, code: string, title: string, maxPoints: number, method: ParScoringMethod | null, guidance: string | null, evidenceRequired: boolean, position: number, version: number, scale: Array<{ __typename?: 'ParScaleOption', label: string, points: number }> | null, dataRule: { __typename?: 'ParDataRule', source: ParDataSource, areaCode: string | null, indicatorCode: string | null, thresholds: Array<{ __typename?: 'ParThreshold', atLeast: number, points: number }> } | null }> } | null, cycle: { __typename?: 'ParCycle', id: string, status: ParCycleStatus, councilUserIds: Array<string>, council: Array<{ __typename?: 'ParCouncilMember', id: string, fullName: string }> } | null, scores: Array<{ __typename?: 'ParScore', id: string, criterionId: string, selfPoints: number | null, selfNote: string | null, noEvidenceReason: string | null, appraisedPoints: number | null, appraisalReason: string | null, explanation: string | null, reappraisedPoints: number | null, reappraisalAnswer: string | null }>, appraisalSummary: { __typename?: 'ParAppraisalSummary', toAppraise: number, appraised: number, differences: number, explained: number, answered: number, points: number }, evidence: Array<{ __typename?: 'ParEvidence', id: string, assessmentId: string, criterionId: string, kind: ParEvidenceKind, label: string, url: string | null, recordType: ParEvidenceRecordType | null, recordId: string | null, downloadUrl: string | null, mimeType: string | null, size: number | null, addedBy: string | null, createdAt: string }>, agency: { __typename?: 'Agency', id: string, name: string } | null, selfSummary: { __typename?: 'ParSelfSummary', toScore: number, scored: number, selfPoints: number } } };

export type SubmitParExplanationsMutationVariables = Exact<{
  input: SubmitParExplanationsInput;
}>;


export type SubmitParExplanationsMutation = { __typename?: 'Mutation', submitParExplanations: { __typename?: 'ParAssessment', selfAssessmentDeadline: string, explanationDue: string | null, closedByDeadline: ParDeadlinePhase | null, appraisedAt: string | null, explainedAt: string | null, finalisedAt: string | null, finalisedByLabel: string | null, id: string, cycleId: string, version: number, status: ParAssessmentStatus, late: boolean, submittedAt: string | null, submittedByLabel: string | null, framework: { __typename?: 'ParFramework', id: string, name: string, targetGroup: ParTargetGroup, year: number, criteria: Array<{ __typename?: 'ParCriterion', id: string, frameworkId: string, parentId: string | null, level: ParCriterionLevel, code: string, title: string, maxPoints: number, method: ParScoringMethod | null, guidance: string | null, evidenceRequired: boolean, position: number, version: number, scale: Array<{ __typename?: 'ParScaleOption', label: string, points: number }> | null, dataRule: { __typename?: 'ParDataRule', source: ParDataSource, areaCode: string | null, indicatorCode: string | null, thresholds: Array<{ __typename?: 'ParThreshold', atLeast: number, points: number }> } | null }> } | null, cycle: { __typename?: 'ParCycle', id: string, status: ParCycleStatus, councilUserIds: Array<string>, council: Array<{ __typename?: 'ParCouncilMember', id: string, fullName: string }> } | null, scores: Array<{ __typename?: 'ParScore', id: string, criterionId: string, selfPoints: number | null, selfNote: string | null, noEvidenceReason: string | null, appraisedPoints: number | null, appraisalReason: string | null, explanation: string | null, reappraisedPoints: number | null, reappraisalAnswer: string | null }>, appraisalSummary: { __typename?: 'ParAppraisalSummary', toAppraise: number, appraised: number, differences: number, explained: number, answered: number, points: number }, evidence: Array<{ __typename?: 'ParEvidence', id: string, assessmentId: string, criterionId: string, kind: ParEvidenceKind, label: string, url: string | null, recordType: ParEvidenceRecordType | null, recordId: string | null, downloadUrl: string | null, mimeType: string | null, size: number | null, addedBy: string | null, createdAt: string }>, agency: { __typename?: 'Agency', id: string, name: string } | null, selfSummary: { __typename?: 'ParSelfSummary', toScore: number, scored: number, selfPoints: number } } };

export type SaveParReappraisalMutationVariables = Exact<{
  input: SaveParReappraisalInput;
}>;


export type SaveParReappraisalMutation = { __typename?: 'Mutation', saveParReappraisal: { __typename?: 'ParAssessment', selfAssessmentDeadline: string, explanationDue: string | null, closedByDeadline: ParDeadlinePhase | null, appraisedAt: string | null, explainedAt: string | null, finalisedAt: string | null, finalisedByLabel: string | null, id: string, cycleId: string, version: number, status: ParAssessmentStatus, late: boolean, submittedAt: string | null, submittedByLabel: string | null, framework: { __typename?: 'ParFramework', id: string, name: string, targetGroup: ParTargetGroup, year: number, criteria: Array<{ __typename?: 'ParCriterion', id: string, frameworkId: string, parentId: string | null, level: ParCriterionLevel, code: string, title: string, maxPoints: number, method: ParScoringMethod | null, guidance: string | null, evidenceRequired: boolean, position: number, version: number, scale: Array<{ __typename?: 'ParScaleOption', label: string, points: number }> | null, dataRule: { __typename?: 'ParDataRule', source: ParDataSource, areaCode: string | null, indicatorCode: string | null, thresholds: Array<{ __typename?: 'ParThreshold', atLeast: number, points: number }> } | null }> } | null, cycle: { __typename?: 'ParCycle', id: string, status: ParCycleStatus, councilUserIds: Array<string>, council: Array<{ __typename?: 'ParCouncilMember', id: string, fullName: string }> } | null, scores: Array<{ __typename?: 'ParScore', id: string, criterionId: string, selfPoints: number | null, selfNote: string | null, noEvidenceReason: string | null, appraisedPoints: number | null, appraisalReason: string | null, explanation: string | null, reappraisedPoints: number | null, reappraisalAnswer: string | null }>, appraisalSummary: { __typename?: 'ParAppraisalSummary', toAppraise: number, appraised: number, differences: number, explained: number, answered: number, points: number }, evidence: Array<{ __typename?: 'ParEvidence', id: string, assessmentId: string, criterionId: string, kind: ParEvidenceKind, label: string, url: string | null, recordType: ParEvidenceRecordType | null, recordId: string | null, downloadUrl: string | null, mimeType: string | null, size: number | null, addedBy: string | null, createdAt: string }>, agency: { __typename?: 'Agency', id: string, name: string } | null, selfSummary: { __typename?: 'ParSelfSummary', toScore: number, scored: number, selfPoints: number } } };

export type FinaliseParAssessmentMutationVariables = Exact<{
  input: FinaliseParAssessmentInput;
}>;


export type FinaliseParAssessmentMutation = { __typename?: 'Mutation', finaliseParAssessment: { __typename?: 'ParAssessment', selfAssessmentDeadline: string, explanationDue: string | null, closedByDeadline: ParDeadlinePhase | null, appraisedAt: string | null, explainedAt: string | null, finalisedAt: string | null, finalisedByLabel: string | null, id: string, cycleId: string, version: number, status: ParAssessmentStatus, late: boolean, submittedAt: string | null, submittedByLabel: string | null, framework: { __typename?: 'ParFramework', id: string, name: string, targetGroup: ParTargetGroup, year: number, criteria: Array<{ __typename?: 'ParCriterion', id: string, frameworkId: string, parentId: string | null, level: ParCriterionLevel, code: string, title: string, maxPoints: number, method: ParScoringMethod | null, guidance: string | null, evidenceRequired: boolean, position: number, version: number, scale: Array<{ __typename?: 'ParScaleOption', label: string, points: number }> | null, dataRule: { __typename?: 'ParDataRule', source: ParDataSource, areaCode: string | null, indicatorCode: string | null, thresholds: Array<{ __typename?: 'ParThreshold', atLeast: number, points: number }> } | null }> } | null, cycle: { __typename?: 'ParCycle', id: string, status: ParCycleStatus, councilUserIds: Array<string>, council: Array<{ __typename?: 'ParCouncilMember', id: string, fullName: string }> } | null, scores: Array<{ __typename?: 'ParScore', id: string, criterionId: string, selfPoints: number | null, selfNote: string | null, noEvidenceReason: string | null, appraisedPoints: number | null, appraisalReason: string | null, explanation: string | null, reappraisedPoints: number | null, reappraisalAnswer: string | null }>, appraisalSummary: { __typename?: 'ParAppraisalSummary', toAppraise: number, appraised: number, differences: number, explained: number, answered: number, points: number }, evidence: Array<{ __typename?: 'ParEvidence', id: string, assessmentId: string, criterionId: string, kind: ParEvidenceKind, label: string, url: string | null, recordType: ParEvidenceRecordType | null, recordId: string | null, downloadUrl: string | null, mimeType: string | null, size: number | null, addedBy: string | null, createdAt: string }>, agency: { __typename?: 'Agency', id: string, name: string } | null, selfSummary: { __typename?: 'ParSelfSummary', toScore: number, scored: number, selfPoints: number } } };

export type ParCycleRowFragment = { __typename?: 'ParCycle', id: string, year: number, name: string, status: ParCycleStatus, selfAssessmentDue: string, frameworkIds: Array<string>, version: number };

export type ParCyclesQueryVariables = Exact<{
  year?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ParCyclesQuery = { __typename?: 'Query', parCycles: { __typename?: 'ParCycleConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'ParCycleEdge', cursor: string, node: { __typename?: 'ParCycle', id: string, year: number, name: string, status: ParCycleStatus, selfAssessmentDue: string, frameworkIds: Array<string>, version: number, statusCounts: Array<{ __typename?: 'ParStatusCount', targetGroup: ParTargetGroup, status: ParAssessmentStatus, count: number }> } }> } };

export type ParCycleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ParCycleQuery = { __typename?: 'Query', parCycle: { __typename?: 'ParCycle', id: string, year: number, name: string, status: ParCycleStatus, selfAssessmentDue: string, frameworkIds: Array<string>, version: number } };

export type OpenParCycleMutationVariables = Exact<{
  input: OpenParCycleInput;
}>;


export type OpenParCycleMutation = { __typename?: 'Mutation', openParCycle: { __typename?: 'ParCycle', id: string, year: number, name: string, status: ParCycleStatus, selfAssessmentDue: string, frameworkIds: Array<string>, version: number } };

export type ParAssessmentRowFragment = { __typename?: 'ParAssessment', id: string, cycleId: string, version: number, status: ParAssessmentStatus, late: boolean, submittedAt: string | null, submittedByLabel: string | null, agency: { __typename?: 'Agency', id: string, name: string } | null, framework: { __typename?: 'ParFramework', id: string, name: string, targetGroup: ParTargetGroup } | null, selfSummary: { __typename?: 'ParSelfSummary', toScore: number, scored: number, selfPoints: number } };

export type ParAssessmentDetailFragment = { __typename?: 'ParAssessment', selfAssessmentDeadline: string, explanationDue: string | null, closedByDeadline: ParDeadlinePhase | null, appraisedAt: string | null, explainedAt: string | null, finalisedAt: string | null, finalisedByLabel: string | null, id: string, cycleId: string, version: number, status: ParAssessmentStatus, late: boolean, submittedAt: string | null, submittedByLabel: string | null, framework: { __typename?: 'ParFramework', id: string, name: string, targetGroup: ParTargetGroup, year: number, criteria: Array<{ __typename?: 'ParCriterion', id: string, frameworkId: string, parentId: string | null, level: ParCriterionLevel, code: string, title: string, maxPoints: number, method: ParScoringMethod | null, guidance: string | null, evidenceRequired: boolean, position: number, version: number, scale: Array<{ __typename?: 'ParScaleOption', label: string, points: number }> | null, dataRule: { __typename?: 'ParDataRule', source: ParDataSource, areaCode: string | null, indicatorCode: string | null, thresholds: Array<{ __typename?: 'ParThreshold', atLeast: number, points: number }> } | null }> } | null, cycle: { __typename?: 'ParCycle', id: string, status: ParCycleStatus, councilUserIds: Array<string>, council: Array<{ __typename?: 'ParCouncilMember', id: string, fullName: string }> } | null, scores: Array<{ __typename?: 'ParScore', id: string, criterionId: string, selfPoints: number | null, selfNote: string | null, noEvidenceReason: string | null, appraisedPoints: number | null, appraisalReason: string | null, explanation: string | null, reappraisedPoints: number | null, reappraisalAnswer: string | null }>, appraisalSummary: { __typename?: 'ParAppraisalSummary', toAppraise: number, appraised: number, differences: number, explained: number, answered: number, points: number }, evidence: Array<{ __typename?: 'ParEvidence', id: string, assessmentId: string, criterionId: string, kind: ParEvidenceKind, label: string, url: string | null, recordType: ParEvidenceRecordType | null, recordId: string | null, downloadUrl: string | null, mimeType: string | null, size: number | null, addedBy: string | null, createdAt: string }>, agency: { __typename?: 'Agency', id: string, name: string } | null, selfSummary: { __typename?: 'ParSelfSummary', toScore: number, scored: number, selfPoints: number } };

export type ParAssessmentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ParAssessmentQuery = { __typename?: 'Query', parAssessment: { __typename?: 'ParAssessment', selfAssessmentDeadline: string, explanationDue: string | null, closedByDeadline: ParDeadlinePhase | null, appraisedAt: string | null, explainedAt: string | null, finalisedAt: string | null, finalisedByLabel: string | null, id: string, cycleId: string, version: number, status: ParAssessmentStatus, late: boolean, submittedAt: string | null, submittedByLabel: string | null, framework: { __typename?: 'ParFramework', id: string, name: string, targetGroup: ParTargetGroup, year: number, criteria: Array<{ __typename?: 'ParCriterion', id: string, frameworkId: string, parentId: string | null, level: ParCriterionLevel, code: string, title: string, maxPoints: number, method: ParScoringMethod | null, guidance: string | null, evidenceRequired: boolean, position: number, version: number, scale: Array<{ __typename?: 'ParScaleOption', label: string, points: number }> | null, dataRule: { __typename?: 'ParDataRule', source: ParDataSource, areaCode: string | null, indicatorCode: string | null, thresholds: Array<{ __typename?: 'ParThreshold', atLeast: number, points: number }> } | null }> } | null, cycle: { __typename?: 'ParCycle', id: string, status: ParCycleStatus, councilUserIds: Array<string>, council: Array<{ __typename?: 'ParCouncilMember', id: string, fullName: string }> } | null, scores: Array<{ __typename?: 'ParScore', id: string, criterionId: string, selfPoints: number | null, selfNote: string | null, noEvidenceReason: string | null, appraisedPoints: number | null, appraisalReason: string | null, explanation: string | null, reappraisedPoints: number | null, reappraisalAnswer: string | null }>, appraisalSummary: { __typename?: 'ParAppraisalSummary', toAppraise: number, appraised: number, differences: number, explained: number, answered: number, points: number }, evidence: Array<{ __typename?: 'ParEvidence', id: string, assessmentId: string, criterionId: string, kind: ParEvidenceKind, label: string, url: string | null, recordType: ParEvidenceRecordType | null, recordId: string | null, downloadUrl: string | null, mimeType: string | null, size: number | null, addedBy: string | null, createdAt: string }>, agency: { __typename?: 'Agency', id: string, name: string } | null, selfSummary: { __typename?: 'ParSelfSummary', toScore: number, scored: number, selfPoints: number } } };

export type SaveParSelfScoresMutationVariables = Exact<{
  input: SaveParSelfScoresInput;
}>;


export type SaveParSelfScoresMutation = { __typename?: 'Mutation', saveParSelfScores: { __typename?: 'ParAssessment', selfAssessmentDeadline: string, explanationDue: string | null, closedByDeadline: ParDeadlinePhase | null, appraisedAt: string | null, explainedAt: string | null, finalisedAt: string | null, finalisedByLabel: string | null, id: string, cycleId: string, version: number, status: ParAssessmentStatus, late: boolean, submittedAt: string | null, submittedByLabel: string | null, framework: { __typename?: 'ParFramework', id: string, name: string, targetGroup: ParTargetGroup, year: number, criteria: Array<{ __typename?: 'ParCriterion', id: string, frameworkId: string, parentId: string | null, level: ParCriterionLevel, code: string, title: string, maxPoints: number, method: ParScoringMethod | null, guidance: string | null, evidenceRequired: boolean, position: number, version: number, scale: Array<{ __typename?: 'ParScaleOption', label: string, points: number }> | null, dataRule: { __typename?: 'ParDataRule', source: ParDataSource, areaCode: string | null, indicatorCode: string | null, thresholds: Array<{ __typename?: 'ParThreshold', atLeast: number, points: number }> } | null }> } | null, cycle: { __typename?: 'ParCycle', id: string, status: ParCycleStatus, councilUserIds: Array<string>, council: Array<{ __typename?: 'ParCouncilMember', id: string, fullName: string }> } | null, scores: Array<{ __typename?: 'ParScore', id: string, criterionId: string, selfPoints: number | null, selfNote: string | null, noEvidenceReason: string | null, appraisedPoints: number | null, appraisalReason: string | null, explanation: string | null, reappraisedPoints: number | null, reappraisalAnswer: string | null }>, appraisalSummary: { __typename?: 'ParAppraisalSummary', toAppraise: number, appraised: number, differences: number, explained: number, answered: number, points: number }, evidence: Array<{ __typename?: 'ParEvidence', id: string, assessmentId: string, criterionId: string, kind: ParEvidenceKind, label: string, url: string | null, recordType: ParEvidenceRecordType | null, recordId: string | null, downloadUrl: string | null, mimeType: string | null, size: number | null, addedBy: string | null, createdAt: string }>, agency: { __typename?: 'Agency', id: string, name: string } | null, selfSummary: { __typename?: 'ParSelfSummary', toScore: number, scored: number, selfPoints: number } } };

export type SubmitParSelfAssessmentMutationVariables = Exact<{
  input: SubmitParSelfAssessmentInput;
}>;


export type SubmitParSelfAssessmentMutation = { __typename?: 'Mutation', submitParSelfAssessment: { __typename?: 'ParAssessment', selfAssessmentDeadline: string, explanationDue: string | null, closedByDeadline: ParDeadlinePhase | null, appraisedAt: string | null, explainedAt: string | null, finalisedAt: string | null, finalisedByLabel: string | null, id: string, cycleId: string, version: number, status: ParAssessmentStatus, late: boolean, submittedAt: string | null, submittedByLabel: string | null, framework: { __typename?: 'ParFramework', id: string, name: string, targetGroup: ParTargetGroup, year: number, criteria: Array<{ __typename?: 'ParCriterion', id: string, frameworkId: string, parentId: string | null, level: ParCriterionLevel, code: string, title: string, maxPoints: number, method: ParScoringMethod | null, guidance: string | null, evidenceRequired: boolean, position: number, version: number, scale: Array<{ __typename?: 'ParScaleOption', label: string, points: number }> | null, dataRule: { __typename?: 'ParDataRule', source: ParDataSource, areaCode: string | null, indicatorCode: string | null, thresholds: Array<{ __typename?: 'ParThreshold', atLeast: number, points: number }> } | null }> } | null, cycle: { __typename?: 'ParCycle', id: string, status: ParCycleStatus, councilUserIds: Array<string>, council: Array<{ __typename?: 'ParCouncilMember', id: string, fullName: string }> } | null, scores: Array<{ __typename?: 'ParScore', id: string, criterionId: string, selfPoints: number | null, selfNote: string | null, noEvidenceReason: string | null, appraisedPoints: number | null, appraisalReason: string | null, explanation: string | null, reappraisedPoints: number | null, reappraisalAnswer: string | null }>, appraisalSummary: { __typename?: 'ParAppraisalSummary', toAppraise: number, appraised: number, differences: number, explained: number, answered: number, points: number }, evidence: Array<{ __typename?: 'ParEvidence', id: string, assessmentId: string, criterionId: string, kind: ParEvidenceKind, label: string, url: string | null, recordType: ParEvidenceRecordType | null, recordId: string | null, downloadUrl: string | null, mimeType: string | null, size: number | null, addedBy: string | null, createdAt: string }>, agency: { __typename?: 'Agency', id: string, name: string } | null, selfSummary: { __typename?: 'ParSelfSummary', toScore: number, scored: number, selfPoints: number } } };

export type ParLostRecordFieldsFragment = { __typename?: 'ParLostRecord', recordId: string, recordType: ParEvidenceRecordType, label: string, dueDate: string, doneOn: string | null, gain: number };

export type ParProvisionalScoreQueryVariables = Exact<{
  assessmentId: Scalars['ID']['input'];
  doneTaskIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ParProvisionalScoreQuery = { __typename?: 'Query', parProvisionalScore: { __typename?: 'ParProvisionalScore', asOf: string, index: number, points: number, maxPoints: number, pointsAtRisk: number, items: Array<{ __typename?: 'ParProvisionalItem', criterionId: string, code: string, title: string, method: ParScoringMethod, source: ParProvisionalSource, maxPoints: number, points: number, atRisk: number, share: number | null, due: number | null, onTime: number | null, records: Array<{ __typename?: 'ParLostRecord', recordId: string, recordType: ParEvidenceRecordType, label: string, dueDate: string, doneOn: string | null, gain: number }>, indicator: { __typename?: 'ParIndicatorFigure', indicatorId: string, code: string, name: string, unit: IndicatorUnit, period: string, value: number | null, target: number, expected: number } | null }> } };

export type ParWhatIfScoreQueryVariables = Exact<{
  assessmentId: Scalars['ID']['input'];
  doneTaskIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ParWhatIfScoreQuery = { __typename?: 'Query', parProvisionalScore: { __typename?: 'ParProvisionalScore', index: number, points: number, pointsAtRisk: number } };

export type ParPointsAtRiskQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
}>;


export type ParPointsAtRiskQuery = { __typename?: 'Query', parPointsAtRisk: Array<{ __typename?: 'ParAtRiskRow', assessmentId: string, agencyId: string, index: number, pointsAtRisk: number, lateTasks: number, lateReports: number, agency: { __typename?: 'Agency', id: string, name: string } | null }> };

export type ParCouncilMemberFieldsFragment = { __typename?: 'ParCouncilMember', id: string, fullName: string, agencyId: string | null, active: boolean };

export type ParCycleDetailFragment = { __typename?: 'ParCycle', appraisalDue: string, explanationDays: number, publicationDue: string, surveyHeld: boolean, publishedAt: string | null, publishedByLabel: string | null, councilUserIds: Array<string>, id: string, year: number, name: string, status: ParCycleStatus, selfAssessmentDue: string, frameworkIds: Array<string>, version: number, council: Array<{ __typename?: 'ParCouncilMember', id: string, fullName: string, agencyId: string | null, active: boolean }> };

export type ParCycleDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ParCycleDetailQuery = { __typename?: 'Query', parCycle: { __typename?: 'ParCycle', appraisalDue: string, explanationDays: number, publicationDue: string, surveyHeld: boolean, publishedAt: string | null, publishedByLabel: string | null, councilUserIds: Array<string>, id: string, year: number, name: string, status: ParCycleStatus, selfAssessmentDue: string, frameworkIds: Array<string>, version: number, council: Array<{ __typename?: 'ParCouncilMember', id: string, fullName: string, agencyId: string | null, active: boolean }> } };

export type ParCycleAssessmentRowFragment = { __typename?: 'ParAssessment', closedByDeadline: ParDeadlinePhase | null, selfAssessmentDue: string | null, selfAssessmentDeadline: string, explanationDue: string | null, id: string, cycleId: string, version: number, status: ParAssessmentStatus, late: boolean, submittedAt: string | null, submittedByLabel: string | null, agency: { __typename?: 'Agency', id: string, name: string } | null, framework: { __typename?: 'ParFramework', id: string, name: string, targetGroup: ParTargetGroup } | null, selfSummary: { __typename?: 'ParSelfSummary', toScore: number, scored: number, selfPoints: number } };

export type ParCycleAssessmentsQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
  status?: InputMaybe<Array<ParAssessmentStatus> | ParAssessmentStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ParCycleAssessmentsQuery = { __typename?: 'Query', parAssessments: { __typename?: 'ParAssessmentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'ParAssessmentEdge', cursor: string, node: { __typename?: 'ParAssessment', closedByDeadline: ParDeadlinePhase | null, selfAssessmentDue: string | null, selfAssessmentDeadline: string, explanationDue: string | null, id: string, cycleId: string, version: number, status: ParAssessmentStatus, late: boolean, submittedAt: string | null, submittedByLabel: string | null, agency: { __typename?: 'Agency', id: string, name: string } | null, framework: { __typename?: 'ParFramework', id: string, name: string, targetGroup: ParTargetGroup } | null, selfSummary: { __typename?: 'ParSelfSummary', toScore: number, scored: number, selfPoints: number } } }> } };

export type ParCycleAssessmentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ParCycleAssessmentQuery = { __typename?: 'Query', parAssessment: { __typename?: 'ParAssessment', closedByDeadline: ParDeadlinePhase | null, selfAssessmentDue: string | null, selfAssessmentDeadline: string, explanationDue: string | null, id: string, cycleId: string, version: number, status: ParAssessmentStatus, late: boolean, submittedAt: string | null, submittedByLabel: string | null, agency: { __typename?: 'Agency', id: string, name: string } | null, framework: { __typename?: 'ParFramework', id: string, name: string, targetGroup: ParTargetGroup } | null, selfSummary: { __typename?: 'ParSelfSummary', toScore: number, scored: number, selfPoints: number } } };

export type ParCycleStatusesQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
}>;


export type ParCycleStatusesQuery = { __typename?: 'Query', parCycle: { __typename?: 'ParCycle', id: string, statusCounts: Array<{ __typename?: 'ParStatusCount', targetGroup: ParTargetGroup, status: ParAssessmentStatus, count: number }> } };

export type ParCouncilCandidatesQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type ParCouncilCandidatesQuery = { __typename?: 'Query', parCouncilCandidates: Array<{ __typename?: 'ParCouncilMember', id: string, fullName: string, agencyId: string | null, active: boolean }> };

export type SetParCouncilMutationVariables = Exact<{
  input: SetParCouncilInput;
}>;


export type SetParCouncilMutation = { __typename?: 'Mutation', setParCouncil: { __typename?: 'ParCycle', appraisalDue: string, explanationDays: number, publicationDue: string, surveyHeld: boolean, publishedAt: string | null, publishedByLabel: string | null, councilUserIds: Array<string>, id: string, year: number, name: string, status: ParCycleStatus, selfAssessmentDue: string, frameworkIds: Array<string>, version: number, council: Array<{ __typename?: 'ParCouncilMember', id: string, fullName: string, agencyId: string | null, active: boolean }> } };

export type SetParSurveyHeldMutationVariables = Exact<{
  input: SetParSurveyHeldInput;
}>;


export type SetParSurveyHeldMutation = { __typename?: 'Mutation', setParSurveyHeld: { __typename?: 'ParCycle', appraisalDue: string, explanationDays: number, publicationDue: string, surveyHeld: boolean, publishedAt: string | null, publishedByLabel: string | null, councilUserIds: Array<string>, id: string, year: number, name: string, status: ParCycleStatus, selfAssessmentDue: string, frameworkIds: Array<string>, version: number, council: Array<{ __typename?: 'ParCouncilMember', id: string, fullName: string, agencyId: string | null, active: boolean }> } };

export type ExtendParDeadlineMutationVariables = Exact<{
  input: ExtendParDeadlineInput;
}>;


export type ExtendParDeadlineMutation = { __typename?: 'Mutation', extendParDeadline: { __typename?: 'ParAssessment', closedByDeadline: ParDeadlinePhase | null, selfAssessmentDue: string | null, selfAssessmentDeadline: string, explanationDue: string | null, id: string, cycleId: string, version: number, status: ParAssessmentStatus, late: boolean, submittedAt: string | null, submittedByLabel: string | null, agency: { __typename?: 'Agency', id: string, name: string } | null, framework: { __typename?: 'ParFramework', id: string, name: string, targetGroup: ParTargetGroup } | null, selfSummary: { __typename?: 'ParSelfSummary', toScore: number, scored: number, selfPoints: number } } };

export type ReopenParAssessmentMutationVariables = Exact<{
  input: ReopenParAssessmentInput;
}>;


export type ReopenParAssessmentMutation = { __typename?: 'Mutation', reopenParAssessment: { __typename?: 'ParAssessment', closedByDeadline: ParDeadlinePhase | null, selfAssessmentDue: string | null, selfAssessmentDeadline: string, explanationDue: string | null, id: string, cycleId: string, version: number, status: ParAssessmentStatus, late: boolean, submittedAt: string | null, submittedByLabel: string | null, agency: { __typename?: 'Agency', id: string, name: string } | null, framework: { __typename?: 'ParFramework', id: string, name: string, targetGroup: ParTargetGroup } | null, selfSummary: { __typename?: 'ParSelfSummary', toScore: number, scored: number, selfPoints: number } } };

export type PublishParCycleMutationVariables = Exact<{
  input: PublishParCycleInput;
}>;


export type PublishParCycleMutation = { __typename?: 'Mutation', publishParCycle: { __typename?: 'ParCycle', appraisalDue: string, explanationDays: number, publicationDue: string, surveyHeld: boolean, publishedAt: string | null, publishedByLabel: string | null, councilUserIds: Array<string>, id: string, year: number, name: string, status: ParCycleStatus, selfAssessmentDue: string, frameworkIds: Array<string>, version: number, council: Array<{ __typename?: 'ParCouncilMember', id: string, fullName: string, agencyId: string | null, active: boolean }> } };

export type ParEvidenceFieldsFragment = { __typename?: 'ParEvidence', id: string, assessmentId: string, criterionId: string, kind: ParEvidenceKind, label: string, url: string | null, recordType: ParEvidenceRecordType | null, recordId: string | null, downloadUrl: string | null, mimeType: string | null, size: number | null, addedBy: string | null, createdAt: string };

export type AddParEvidenceLinkMutationVariables = Exact<{
  input: AddParEvidenceLinkInput;
}>;


export type AddParEvidenceLinkMutation = { __typename?: 'Mutation', addParEvidenceLink: { __typename?: 'ParEvidence', id: string, assessmentId: string, criterionId: string, kind: ParEvidenceKind, label: string, url: string | null, recordType: ParEvidenceRecordType | null, recordId: string | null, downloadUrl: string | null, mimeType: string | null, size: number | null, addedBy: string | null, createdAt: string } };

export type AddParEvidenceRecordMutationVariables = Exact<{
  input: AddParEvidenceRecordInput;
}>;


export type AddParEvidenceRecordMutation = { __typename?: 'Mutation', addParEvidenceRecord: { __typename?: 'ParEvidence', id: string, assessmentId: string, criterionId: string, kind: ParEvidenceKind, label: string, url: string | null, recordType: ParEvidenceRecordType | null, recordId: string | null, downloadUrl: string | null, mimeType: string | null, size: number | null, addedBy: string | null, createdAt: string } };

export type RemoveParEvidenceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveParEvidenceMutation = { __typename?: 'Mutation', removeParEvidence: boolean };

export type ParEvidenceCandidatesQueryVariables = Exact<{
  assessmentId: Scalars['ID']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  recordType?: InputMaybe<ParEvidenceRecordType>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ParEvidenceCandidatesQuery = { __typename?: 'Query', parEvidenceCandidates: Array<{ __typename?: 'ParEvidenceCandidate', recordId: string, recordType: ParEvidenceRecordType, label: string, date: string | null }> };

export type ParFrameworkRowFragment = { __typename?: 'ParFramework', id: string, year: number, targetGroup: ParTargetGroup, name: string, decisionNumber: string | null, status: ParFrameworkStatus, isSample: boolean, revision: number, totalPoints: number, copiedFromId: string | null, version: number, criteria: Array<{ __typename?: 'ParCriterion', id: string }> };

export type ParCriterionFieldsFragment = { __typename?: 'ParCriterion', id: string, frameworkId: string, parentId: string | null, level: ParCriterionLevel, code: string, title: string, maxPoints: number, method: ParScoringMethod | null, guidance: string | null, evidenceRequired: boolean, position: number, version: number, scale: Array<{ __typename?: 'ParScaleOption', label: string, points: number }> | null, dataRule: { __typename?: 'ParDataRule', source: ParDataSource, areaCode: string | null, indicatorCode: string | null, thresholds: Array<{ __typename?: 'ParThreshold', atLeast: number, points: number }> } | null };

export type ParFrameworkDetailFragment = { __typename?: 'ParFramework', scoredMaximum: number, lockedAt: string | null, id: string, year: number, targetGroup: ParTargetGroup, name: string, decisionNumber: string | null, status: ParFrameworkStatus, isSample: boolean, revision: number, totalPoints: number, copiedFromId: string | null, version: number, bands: Array<{ __typename?: 'ParBand', code: string, label: string, minIndex: number }>, problems: Array<{ __typename?: 'ParFrameworkProblem', code: string | null, kind: string, message: string }>, criteria: Array<{ __typename?: 'ParCriterion', id: string, frameworkId: string, parentId: string | null, level: ParCriterionLevel, code: string, title: string, maxPoints: number, method: ParScoringMethod | null, guidance: string | null, evidenceRequired: boolean, position: number, version: number, scale: Array<{ __typename?: 'ParScaleOption', label: string, points: number }> | null, dataRule: { __typename?: 'ParDataRule', source: ParDataSource, areaCode: string | null, indicatorCode: string | null, thresholds: Array<{ __typename?: 'ParThreshold', atLeast: number, points: number }> } | null }> };

export type ParFrameworksQueryVariables = Exact<{
  filter?: InputMaybe<ParFrameworkFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ParFrameworksQuery = { __typename?: 'Query', parFrameworks: { __typename?: 'ParFrameworkConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'ParFrameworkEdge', cursor: string, node: { __typename?: 'ParFramework', id: string, year: number, targetGroup: ParTargetGroup, name: string, decisionNumber: string | null, status: ParFrameworkStatus, isSample: boolean, revision: number, totalPoints: number, copiedFromId: string | null, version: number, criteria: Array<{ __typename?: 'ParCriterion', id: string }> } }> } };

export type ParFrameworkQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ParFrameworkQuery = { __typename?: 'Query', parFramework: { __typename?: 'ParFramework', scoredMaximum: number, lockedAt: string | null, id: string, year: number, targetGroup: ParTargetGroup, name: string, decisionNumber: string | null, status: ParFrameworkStatus, isSample: boolean, revision: number, totalPoints: number, copiedFromId: string | null, version: number, bands: Array<{ __typename?: 'ParBand', code: string, label: string, minIndex: number }>, problems: Array<{ __typename?: 'ParFrameworkProblem', code: string | null, kind: string, message: string }>, criteria: Array<{ __typename?: 'ParCriterion', id: string, frameworkId: string, parentId: string | null, level: ParCriterionLevel, code: string, title: string, maxPoints: number, method: ParScoringMethod | null, guidance: string | null, evidenceRequired: boolean, position: number, version: number, scale: Array<{ __typename?: 'ParScaleOption', label: string, points: number }> | null, dataRule: { __typename?: 'ParDataRule', source: ParDataSource, areaCode: string | null, indicatorCode: string | null, thresholds: Array<{ __typename?: 'ParThreshold', atLeast: number, points: number }> } | null }> } };

export type CreateParFrameworkMutationVariables = Exact<{
  input: CreateParFrameworkInput;
}>;


export type CreateParFrameworkMutation = { __typename?: 'Mutation', createParFramework: { __typename?: 'ParFramework', id: string, year: number, targetGroup: ParTargetGroup, name: string, decisionNumber: string | null, status: ParFrameworkStatus, isSample: boolean, revision: number, totalPoints: number, copiedFromId: string | null, version: number, criteria: Array<{ __typename?: 'ParCriterion', id: string }> } };

export type UpdateParFrameworkMutationVariables = Exact<{
  input: UpdateParFrameworkInput;
}>;


export type UpdateParFrameworkMutation = { __typename?: 'Mutation', updateParFramework: { __typename?: 'ParFramework', scoredMaximum: number, lockedAt: string | null, id: string, year: number, targetGroup: ParTargetGroup, name: string, decisionNumber: string | null, status: ParFrameworkStatus, isSample: boolean, revision: number, totalPoints: number, copiedFromId: string | null, version: number, bands: Array<{ __typename?: 'ParBand', code: string, label: string, minIndex: number }>, problems: Array<{ __typename?: 'ParFrameworkProblem', code: string | null, kind: string, message: string }>, criteria: Array<{ __typename?: 'ParCriterion', id: string, frameworkId: string, parentId: string | null, level: ParCriterionLevel, code: string, title: string, maxPoints: number, method: ParScoringMethod | null, guidance: string | null, evidenceRequired: boolean, position: number, version: number, scale: Array<{ __typename?: 'ParScaleOption', label: string, points: number }> | null, dataRule: { __typename?: 'ParDataRule', source: ParDataSource, areaCode: string | null, indicatorCode: string | null, thresholds: Array<{ __typename?: 'ParThreshold', atLeast: number, points: number }> } | null }> } };

export type CopyParFrameworkMutationVariables = Exact<{
  input: CopyParFrameworkInput;
}>;


export type CopyParFrameworkMutation = { __typename?: 'Mutation', copyParFramework: { __typename?: 'ParFramework', id: string, year: number, targetGroup: ParTargetGroup, name: string, decisionNumber: string | null, status: ParFrameworkStatus, isSample: boolean, revision: number, totalPoints: number, copiedFromId: string | null, version: number, criteria: Array<{ __typename?: 'ParCriterion', id: string }> } };

export type LockParFrameworkMutationVariables = Exact<{
  input: LockParFrameworkInput;
}>;


export type LockParFrameworkMutation = { __typename?: 'Mutation', lockParFramework: { __typename?: 'ParFramework', scoredMaximum: number, lockedAt: string | null, id: string, year: number, targetGroup: ParTargetGroup, name: string, decisionNumber: string | null, status: ParFrameworkStatus, isSample: boolean, revision: number, totalPoints: number, copiedFromId: string | null, version: number, bands: Array<{ __typename?: 'ParBand', code: string, label: string, minIndex: number }>, problems: Array<{ __typename?: 'ParFrameworkProblem', code: string | null, kind: string, message: string }>, criteria: Array<{ __typename?: 'ParCriterion', id: string, frameworkId: string, parentId: string | null, level: ParCriterionLevel, code: string, title: string, maxPoints: number, method: ParScoringMethod | null, guidance: string | null, evidenceRequired: boolean, position: number, version: number, scale: Array<{ __typename?: 'ParScaleOption', label: string, points: number }> | null, dataRule: { __typename?: 'ParDataRule', source: ParDataSource, areaCode: string | null, indicatorCode: string | null, thresholds: Array<{ __typename?: 'ParThreshold', atLeast: number, points: number }> } | null }> } };

export type DeleteParFrameworkMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteParFrameworkMutation = { __typename?: 'Mutation', deleteParFramework: boolean };

export type CreateParCriterionMutationVariables = Exact<{
  input: CreateParCriterionInput;
}>;


export type CreateParCriterionMutation = { __typename?: 'Mutation', createParCriterion: { __typename?: 'ParCriterion', id: string, frameworkId: string, parentId: string | null, level: ParCriterionLevel, code: string, title: string, maxPoints: number, method: ParScoringMethod | null, guidance: string | null, evidenceRequired: boolean, position: number, version: number, scale: Array<{ __typename?: 'ParScaleOption', label: string, points: number }> | null, dataRule: { __typename?: 'ParDataRule', source: ParDataSource, areaCode: string | null, indicatorCode: string | null, thresholds: Array<{ __typename?: 'ParThreshold', atLeast: number, points: number }> } | null } };

export type UpdateParCriterionMutationVariables = Exact<{
  input: UpdateParCriterionInput;
}>;


export type UpdateParCriterionMutation = { __typename?: 'Mutation', updateParCriterion: { __typename?: 'ParCriterion', id: string, frameworkId: string, parentId: string | null, level: ParCriterionLevel, code: string, title: string, maxPoints: number, method: ParScoringMethod | null, guidance: string | null, evidenceRequired: boolean, position: number, version: number, scale: Array<{ __typename?: 'ParScaleOption', label: string, points: number }> | null, dataRule: { __typename?: 'ParDataRule', source: ParDataSource, areaCode: string | null, indicatorCode: string | null, thresholds: Array<{ __typename?: 'ParThreshold', atLeast: number, points: number }> } | null } };

export type DeleteParCriterionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteParCriterionMutation = { __typename?: 'Mutation', deleteParCriterion: boolean };

export type ParFrameworkTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type ParFrameworkTemplateQuery = { __typename?: 'Query', parFrameworkTemplate: { __typename?: 'ExportedFile', filename: string, mimeType: string, contentBase64: string } };

export type ExportParFrameworkQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExportParFrameworkQuery = { __typename?: 'Query', exportParFramework: { __typename?: 'ExportedFile', filename: string, mimeType: string, contentBase64: string } };

export type ImportParFrameworkMutationVariables = Exact<{
  input: ImportParFrameworkInput;
}>;


export type ImportParFrameworkMutation = { __typename?: 'Mutation', importParFramework: { __typename?: 'ParFrameworkImportResult', dryRun: boolean, applied: boolean, items: number, totalPoints: number | null, problems: Array<{ __typename?: 'ParFrameworkImportProblem', sheet: string, line: number | null, column: string | null, code: string, message: string }>, framework: { __typename?: 'ParFramework', id: string, year: number, targetGroup: ParTargetGroup, name: string, decisionNumber: string | null, status: ParFrameworkStatus, isSample: boolean, revision: number, totalPoints: number, copiedFromId: string | null, version: number, criteria: Array<{ __typename?: 'ParCriterion', id: string }> } | null } };

export type ParNationalAssessmentFragment = { __typename?: 'ParAssessment', id: string, version: number, status: ParAssessmentStatus, late: boolean, cycleId: string, agencyId: string, finalisedAt: string | null, finalisedByLabel: string | null, agency: { __typename?: 'Agency', id: string, name: string } | null, cycle: { __typename?: 'ParCycle', id: string, year: number, name: string, status: ParCycleStatus } | null, framework: { __typename?: 'ParFramework', id: string, name: string, year: number, targetGroup: ParTargetGroup, criteria: Array<{ __typename?: 'ParCriterion', id: string, frameworkId: string, parentId: string | null, level: ParCriterionLevel, code: string, title: string, maxPoints: number, method: ParScoringMethod | null, guidance: string | null, evidenceRequired: boolean, position: number, version: number, scale: Array<{ __typename?: 'ParScaleOption', label: string, points: number }> | null, dataRule: { __typename?: 'ParDataRule', source: ParDataSource, areaCode: string | null, indicatorCode: string | null, thresholds: Array<{ __typename?: 'ParThreshold', atLeast: number, points: number }> } | null }> } | null, scores: Array<{ __typename?: 'ParScore', id: string, criterionId: string, selfPoints: number | null, appraisedPoints: number | null, appraisalReason: string | null, reappraisedPoints: number | null }>, responsibilities: Array<{ __typename?: 'ParResponsibility', criterionId: string, agencyId: string, agency: { __typename?: 'Agency', id: string, name: string } | null }> };

export type ParNationalAssessmentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ParNationalAssessmentQuery = { __typename?: 'Query', parAssessment: { __typename?: 'ParAssessment', id: string, version: number, status: ParAssessmentStatus, late: boolean, cycleId: string, agencyId: string, finalisedAt: string | null, finalisedByLabel: string | null, agency: { __typename?: 'Agency', id: string, name: string } | null, cycle: { __typename?: 'ParCycle', id: string, year: number, name: string, status: ParCycleStatus } | null, framework: { __typename?: 'ParFramework', id: string, name: string, year: number, targetGroup: ParTargetGroup, criteria: Array<{ __typename?: 'ParCriterion', id: string, frameworkId: string, parentId: string | null, level: ParCriterionLevel, code: string, title: string, maxPoints: number, method: ParScoringMethod | null, guidance: string | null, evidenceRequired: boolean, position: number, version: number, scale: Array<{ __typename?: 'ParScaleOption', label: string, points: number }> | null, dataRule: { __typename?: 'ParDataRule', source: ParDataSource, areaCode: string | null, indicatorCode: string | null, thresholds: Array<{ __typename?: 'ParThreshold', atLeast: number, points: number }> } | null }> } | null, scores: Array<{ __typename?: 'ParScore', id: string, criterionId: string, selfPoints: number | null, appraisedPoints: number | null, appraisalReason: string | null, reappraisedPoints: number | null }>, responsibilities: Array<{ __typename?: 'ParResponsibility', criterionId: string, agencyId: string, agency: { __typename?: 'Agency', id: string, name: string } | null }> } };

export type AssignParResponsibilitiesMutationVariables = Exact<{
  input: AssignParResponsibilitiesInput;
}>;


export type AssignParResponsibilitiesMutation = { __typename?: 'Mutation', assignParResponsibilities: { __typename?: 'ParAssessment', id: string, version: number, status: ParAssessmentStatus, late: boolean, cycleId: string, agencyId: string, finalisedAt: string | null, finalisedByLabel: string | null, agency: { __typename?: 'Agency', id: string, name: string } | null, cycle: { __typename?: 'ParCycle', id: string, year: number, name: string, status: ParCycleStatus } | null, framework: { __typename?: 'ParFramework', id: string, name: string, year: number, targetGroup: ParTargetGroup, criteria: Array<{ __typename?: 'ParCriterion', id: string, frameworkId: string, parentId: string | null, level: ParCriterionLevel, code: string, title: string, maxPoints: number, method: ParScoringMethod | null, guidance: string | null, evidenceRequired: boolean, position: number, version: number, scale: Array<{ __typename?: 'ParScaleOption', label: string, points: number }> | null, dataRule: { __typename?: 'ParDataRule', source: ParDataSource, areaCode: string | null, indicatorCode: string | null, thresholds: Array<{ __typename?: 'ParThreshold', atLeast: number, points: number }> } | null }> } | null, scores: Array<{ __typename?: 'ParScore', id: string, criterionId: string, selfPoints: number | null, appraisedPoints: number | null, appraisalReason: string | null, reappraisedPoints: number | null }>, responsibilities: Array<{ __typename?: 'ParResponsibility', criterionId: string, agencyId: string, agency: { __typename?: 'Agency', id: string, name: string } | null }> } };

export type RecordParNationalAppraisalMutationVariables = Exact<{
  input: RecordParNationalAppraisalInput;
}>;


export type RecordParNationalAppraisalMutation = { __typename?: 'Mutation', recordParNationalAppraisal: { __typename?: 'ParAssessment', id: string, version: number, status: ParAssessmentStatus, late: boolean, cycleId: string, agencyId: string, finalisedAt: string | null, finalisedByLabel: string | null, agency: { __typename?: 'Agency', id: string, name: string } | null, cycle: { __typename?: 'ParCycle', id: string, year: number, name: string, status: ParCycleStatus } | null, framework: { __typename?: 'ParFramework', id: string, name: string, year: number, targetGroup: ParTargetGroup, criteria: Array<{ __typename?: 'ParCriterion', id: string, frameworkId: string, parentId: string | null, level: ParCriterionLevel, code: string, title: string, maxPoints: number, method: ParScoringMethod | null, guidance: string | null, evidenceRequired: boolean, position: number, version: number, scale: Array<{ __typename?: 'ParScaleOption', label: string, points: number }> | null, dataRule: { __typename?: 'ParDataRule', source: ParDataSource, areaCode: string | null, indicatorCode: string | null, thresholds: Array<{ __typename?: 'ParThreshold', atLeast: number, points: number }> } | null }> } | null, scores: Array<{ __typename?: 'ParScore', id: string, criterionId: string, selfPoints: number | null, appraisedPoints: number | null, appraisalReason: string | null, reappraisedPoints: number | null }>, responsibilities: Array<{ __typename?: 'ParResponsibility', criterionId: string, agencyId: string, agency: { __typename?: 'Agency', id: string, name: string } | null }> } };

export type CreateParImprovementTasksMutationVariables = Exact<{
  input: CreateParImprovementTasksInput;
}>;


export type CreateParImprovementTasksMutation = { __typename?: 'Mutation', createParImprovementTasks: number };

export type ParNationalReportDocxQueryVariables = Exact<{
  assessmentId: Scalars['ID']['input'];
}>;


export type ParNationalReportDocxQuery = { __typename?: 'Query', parNationalReportDocx: { __typename?: 'ExportedFile', filename: string, mimeType: string, contentBase64: string } };

export type ParNationalTemplateQueryVariables = Exact<{
  assessmentId: Scalars['ID']['input'];
}>;


export type ParNationalTemplateQuery = { __typename?: 'Query', parNationalTemplate: { __typename?: 'ExportedFile', filename: string, mimeType: string, contentBase64: string } };

export type ImportParNationalPointsMutationVariables = Exact<{
  input: ImportParNationalPointsInput;
}>;


export type ImportParNationalPointsMutation = { __typename?: 'Mutation', importParNationalPoints: { __typename?: 'ParNationalImportResult', dryRun: boolean, applied: boolean, rows: Array<{ __typename?: 'ParNationalImportRow', line: number, code: string, title: string, maxPoints: number, selfPoints: number | null, points: number, reason: string | null }>, problems: Array<{ __typename?: 'ParNationalImportProblem', line: number | null, column: string | null, code: string, message: string }>, assessment: { __typename?: 'ParAssessment', id: string, version: number, status: ParAssessmentStatus, late: boolean, cycleId: string, agencyId: string, finalisedAt: string | null, finalisedByLabel: string | null, agency: { __typename?: 'Agency', id: string, name: string } | null, cycle: { __typename?: 'ParCycle', id: string, year: number, name: string, status: ParCycleStatus } | null, framework: { __typename?: 'ParFramework', id: string, name: string, year: number, targetGroup: ParTargetGroup, criteria: Array<{ __typename?: 'ParCriterion', id: string, frameworkId: string, parentId: string | null, level: ParCriterionLevel, code: string, title: string, maxPoints: number, method: ParScoringMethod | null, guidance: string | null, evidenceRequired: boolean, position: number, version: number, scale: Array<{ __typename?: 'ParScaleOption', label: string, points: number }> | null, dataRule: { __typename?: 'ParDataRule', source: ParDataSource, areaCode: string | null, indicatorCode: string | null, thresholds: Array<{ __typename?: 'ParThreshold', atLeast: number, points: number }> } | null }> } | null, scores: Array<{ __typename?: 'ParScore', id: string, criterionId: string, selfPoints: number | null, appraisedPoints: number | null, appraisalReason: string | null, reappraisedPoints: number | null }>, responsibilities: Array<{ __typename?: 'ParResponsibility', criterionId: string, agencyId: string, agency: { __typename?: 'Agency', id: string, name: string } | null }> } | null } };

export type ParRankingCycleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ParRankingCycleQuery = { __typename?: 'Query', parCycle: { __typename?: 'ParCycle', id: string, year: number, name: string, status: ParCycleStatus, publishedAt: string | null } };

export type ParRankingRowFieldsFragment = { __typename?: 'ParRankingRow', assessmentId: string, agencyId: string, targetGroup: ParTargetGroup, rank: number, index: number, points: number, bonus: number, penalty: number, maxPoints: number, previousIndex: number | null, status: ParAssessmentStatus, finalised: boolean, agency: { __typename?: 'Agency', id: string, name: string } | null, band: { __typename?: 'ParBand', code: string, label: string, minIndex: number } | null, areas: Array<{ __typename?: 'ParRankingArea', code: string, name: string, points: number, maxPoints: number, index: number }> };

export type ParRankingQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
  targetGroup?: InputMaybe<ParTargetGroup>;
}>;


export type ParRankingQuery = { __typename?: 'Query', parRanking: Array<{ __typename?: 'ParRankingRow', assessmentId: string, agencyId: string, targetGroup: ParTargetGroup, rank: number, index: number, points: number, bonus: number, penalty: number, maxPoints: number, previousIndex: number | null, status: ParAssessmentStatus, finalised: boolean, agency: { __typename?: 'Agency', id: string, name: string } | null, band: { __typename?: 'ParBand', code: string, label: string, minIndex: number } | null, areas: Array<{ __typename?: 'ParRankingArea', code: string, name: string, points: number, maxPoints: number, index: number }> }> };

export type ParRankingXlsxQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
}>;


export type ParRankingXlsxQuery = { __typename?: 'Query', parRankingXlsx: { __typename?: 'ExportedFile', filename: string, mimeType: string, contentBase64: string } };

export type ResolvedNameFieldsFragment = { __typename?: 'ResolvedAgencyName', text: string, confidence: number, agency: { __typename?: 'Agency', id: string, name: string, shortName: string | null } | null, group: { __typename?: 'AgencyGroup', id: string, name: string } | null };

export type ImportPlanDocumentMutationVariables = Exact<{
  input: ImportPlanDocumentInput;
}>;


export type ImportPlanDocumentMutation = { __typename?: 'Mutation', importPlanDocument: { __typename?: 'PlanImportResult', dryRun: boolean, applied: boolean, created: number, updated: number, unchanged: number, document: { __typename?: 'PlanDocumentSummary', title: string | null, year: number | null, decisionNumber: string | null, decisionDate: string | null, issuerText: string | null, results: number, activities: number, tasks: number, projects: number }, problems: Array<{ __typename?: 'PlanImportProblem', line: number, severity: string, code: string, itemCode: string | null, message: string, text: string | null }>, items: Array<{ __typename?: 'ImportedPlanItem', line: number, code: string, kind: PlanItemKind, title: string, areaCode: string | null, parentCode: string | null, action: ImportAction, dueLabel: string | null, dueDate: string | null, productText: string | null, leadText: string | null, coordinatorText: string | null, leads: Array<{ __typename?: 'ResolvedAgencyName', text: string, confidence: number, agency: { __typename?: 'Agency', id: string, name: string, shortName: string | null } | null, group: { __typename?: 'AgencyGroup', id: string, name: string } | null }>, coordinators: Array<{ __typename?: 'ResolvedAgencyName', text: string, confidence: number, agency: { __typename?: 'Agency', id: string, name: string, shortName: string | null } | null, group: { __typename?: 'AgencyGroup', id: string, name: string } | null }> }>, plan: { __typename?: 'Plan', id: string, code: string, title: string, year: number } | null } };

export type AgencyGroupOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AgencyGroupOptionsQuery = { __typename?: 'Query', agencyGroups: { __typename?: 'AgencyGroupConnection', edges: Array<{ __typename?: 'AgencyGroupEdge', node: { __typename?: 'AgencyGroup', id: string, code: string, name: string } }> } };

export type PlanRowFieldsFragment = { __typename?: 'Plan', id: string, code: string, title: string, year: number, status: PlanStatus, decisionNumber: string | null, decisionDate: string | null, ownerAgencyId: string, parentPlanId: string | null, version: number, ownerAgency: { __typename?: 'Agency', id: string, name: string } };

export type PlansQueryVariables = Exact<{
  filter?: InputMaybe<PlanFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PlansQuery = { __typename?: 'Query', plans: { __typename?: 'PlanConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'PlanEdge', cursor: string, node: { __typename?: 'Plan', id: string, code: string, title: string, year: number, status: PlanStatus, decisionNumber: string | null, decisionDate: string | null, ownerAgencyId: string, parentPlanId: string | null, version: number, ownerAgency: { __typename?: 'Agency', id: string, name: string } } }> } };

export type PlanOptionsQueryVariables = Exact<{
  filter?: InputMaybe<PlanFilter>;
}>;


export type PlanOptionsQuery = { __typename?: 'Query', plans: { __typename?: 'PlanConnection', edges: Array<{ __typename?: 'PlanEdge', node: { __typename?: 'Plan', id: string, code: string, title: string, year: number } }> } };

export type PlanOverviewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PlanOverviewQuery = { __typename?: 'Query', plan: { __typename?: 'Plan', id: string, code: string, title: string, year: number, status: PlanStatus, decisionNumber: string | null, decisionDate: string | null, ownerAgencyId: string, parentPlanId: string | null, version: number, signerAgency: { __typename?: 'Agency', id: string, name: string } | null, parentPlan: { __typename?: 'Plan', id: string, code: string, title: string } | null, items: Array<{ __typename?: 'PlanItem', id: string, code: string, title: string, kind: PlanItemKind, parentId: string | null, areaCode: string | null, status: PlanItemStatus, progress: number, dueDate: string | null, dueLabel: string | null, overdue: boolean, doneLate: boolean, daysLate: number, leads: Array<{ __typename?: 'PlanItemAgency', id: string, agency: { __typename?: 'Agency', id: string, name: string, shortName: string | null } | null, group: { __typename?: 'AgencyGroup', id: string, name: string } | null }> }>, ownerAgency: { __typename?: 'Agency', id: string, name: string } } };

export type PlanStatsQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type PlanStatsQuery = { __typename?: 'Query', areas: Array<{ __typename?: 'TaskStatsRow', key: string, label: string | null, total: number, done: number, inProgress: number, notStarted: number, cancelled: number, overdue: number, averageProgress: number }>, leads: Array<{ __typename?: 'TaskStatsRow', key: string, label: string | null, total: number, done: number, inProgress: number, notStarted: number, cancelled: number, overdue: number, averageProgress: number }>, leadsOnTime: Array<{ __typename?: 'TaskStatsRow', key: string, label: string | null, total: number, done: number, inProgress: number, notStarted: number, cancelled: number, overdue: number, averageProgress: number }> };

export type TaskStatsFieldsFragment = { __typename?: 'TaskStatsRow', key: string, label: string | null, total: number, done: number, inProgress: number, notStarted: number, cancelled: number, overdue: number, averageProgress: number };

export type CopyPlanToYearMutationVariables = Exact<{
  planId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
  code?: InputMaybe<Scalars['String']['input']>;
}>;


export type CopyPlanToYearMutation = { __typename?: 'Mutation', copyPlanToYear: { __typename?: 'Plan', id: string, code: string, title: string, year: number, status: PlanStatus, decisionNumber: string | null, decisionDate: string | null, ownerAgencyId: string, parentPlanId: string | null, version: number, ownerAgency: { __typename?: 'Agency', id: string, name: string } } };

export type DeriveAgencyPlanMutationVariables = Exact<{
  planId: Scalars['ID']['input'];
  agencyId: Scalars['ID']['input'];
}>;


export type DeriveAgencyPlanMutation = { __typename?: 'Mutation', deriveAgencyPlan: { __typename?: 'Plan', id: string, code: string, title: string, year: number, status: PlanStatus, decisionNumber: string | null, decisionDate: string | null, ownerAgencyId: string, parentPlanId: string | null, version: number, ownerAgency: { __typename?: 'Agency', id: string, name: string } } };

export type MyAgencyQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAgencyQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, agencyId: string | null, agency: { __typename?: 'Agency', id: string, name: string, ancestors: Array<{ __typename?: 'Agency', id: string, name: string }> } | null } };

export type ExportPlanXlsxQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type ExportPlanXlsxQuery = { __typename?: 'Query', exportPlanXlsx: { __typename?: 'ExportedFile', filename: string, mimeType: string, contentBase64: string } };

export type ProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type ProfileQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, email: string, fullName: string, role: Role, lastLoginAt: string | null, createdAt: string, agency: { __typename?: 'Agency', id: string, name: string } | null } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { __typename?: 'Mutation', changePassword: { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, expiresIn: number, user: { __typename?: 'User', id: string, email: string, fullName: string, role: Role, agencyId: string | null } } };

export type ReportNarrativeFieldsFragment = { __typename?: 'ReportNarrative', direction: string | null, assessment: string | null, nextTasks: string | null, proposals: string | null, areas: Array<{ __typename?: 'AreaNarrative', areaCode: string, text: string }> | null };

export type ReportDataFieldsFragment = { __typename?: 'ReportData', period: string, asOf: string, generatedAt: string, areas: Array<{ __typename?: 'ReportAreaData', areaCode: string | null, areaName: string, total: number, done: number, doneLate: number, inProgress: number, notStarted: number, overdue: number, cancelled: number, tasks: Array<{ __typename?: 'ReportTaskLine', id: string, code: string, title: string, status: PlanItemStatus, progress: number, dueDate: string | null, completedOn: string | null, overdue: boolean }> }>, indicators: Array<{ __typename?: 'ReportIndicatorLine', indicatorId: string, code: string, name: string, unit: IndicatorUnit, period: string, value: number | null, numerator: number | null, denominator: number | null, target: number | null, status: IndicatorStatus, reportedCount: number }>, contributions: Array<{ __typename?: 'ReportContribution', itemId: string, code: string, title: string, notes: Array<string> }> };

export type AgencyReportSummaryFragment = { __typename?: 'AgencyReport', id: string, agencyId: string, roundId: string, status: ReportStatus, dueDate: string, late: boolean, frozen: boolean, submittedAt: string | null, acceptedAt: string | null, updatedAt: string, version: number };

export type MyAgencyReportsQueryVariables = Exact<{
  agencyId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyAgencyReportsQuery = { __typename?: 'Query', agencyReports: { __typename?: 'AgencyReportConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'AgencyReportEdge', cursor: string, node: { __typename?: 'AgencyReport', id: string, agencyId: string, roundId: string, status: ReportStatus, dueDate: string, late: boolean, frozen: boolean, submittedAt: string | null, acceptedAt: string | null, updatedAt: string, version: number, round: { __typename?: 'ReportingRound', id: string, kind: ReportRoundKind, title: string, period: string, year: number } } }> } };

export type AgencyReportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AgencyReportQuery = { __typename?: 'Query', agencyReport: { __typename?: 'AgencyReport', documentNumber: string | null, signerName: string | null, signerTitle: string | null, id: string, agencyId: string, roundId: string, status: ReportStatus, dueDate: string, late: boolean, frozen: boolean, submittedAt: string | null, acceptedAt: string | null, updatedAt: string, version: number, agency: { __typename?: 'Agency', id: string, name: string, shortName: string | null }, round: { __typename?: 'ReportingRound', id: string, kind: ReportRoundKind, title: string, period: string, year: number, dataFrom: string, dataTo: string }, narrative: { __typename?: 'ReportNarrative', direction: string | null, assessment: string | null, nextTasks: string | null, proposals: string | null, areas: Array<{ __typename?: 'AreaNarrative', areaCode: string, text: string }> | null }, data: { __typename?: 'ReportData', period: string, asOf: string, generatedAt: string, areas: Array<{ __typename?: 'ReportAreaData', areaCode: string | null, areaName: string, total: number, done: number, doneLate: number, inProgress: number, notStarted: number, overdue: number, cancelled: number, tasks: Array<{ __typename?: 'ReportTaskLine', id: string, code: string, title: string, status: PlanItemStatus, progress: number, dueDate: string | null, completedOn: string | null, overdue: boolean }> }>, indicators: Array<{ __typename?: 'ReportIndicatorLine', indicatorId: string, code: string, name: string, unit: IndicatorUnit, period: string, value: number | null, numerator: number | null, denominator: number | null, target: number | null, status: IndicatorStatus, reportedCount: number }>, contributions: Array<{ __typename?: 'ReportContribution', itemId: string, code: string, title: string, notes: Array<string> }> }, events: Array<{ __typename?: 'ReportEvent', id: string, action: ReportAction, status: ReportStatus, comment: string | null, actorLabel: string | null, createdAt: string }>, attachments: Array<{ __typename?: 'ReportAttachment', id: string, filename: string, size: number, url: string, uploadedBy: string | null, createdAt: string }> } };

export type DeleteReportAttachmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteReportAttachmentMutation = { __typename?: 'Mutation', deleteReportAttachment: boolean };

export type UpdateAgencyReportMutationVariables = Exact<{
  input: UpdateAgencyReportInput;
}>;


export type UpdateAgencyReportMutation = { __typename?: 'Mutation', updateAgencyReport: { __typename?: 'AgencyReport', documentNumber: string | null, signerName: string | null, signerTitle: string | null, id: string, agencyId: string, roundId: string, status: ReportStatus, dueDate: string, late: boolean, frozen: boolean, submittedAt: string | null, acceptedAt: string | null, updatedAt: string, version: number, narrative: { __typename?: 'ReportNarrative', direction: string | null, assessment: string | null, nextTasks: string | null, proposals: string | null, areas: Array<{ __typename?: 'AreaNarrative', areaCode: string, text: string }> | null } } };

export type SubmitAgencyReportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type SubmitAgencyReportMutation = { __typename?: 'Mutation', submitAgencyReport: { __typename?: 'AgencyReport', id: string, agencyId: string, roundId: string, status: ReportStatus, dueDate: string, late: boolean, frozen: boolean, submittedAt: string | null, acceptedAt: string | null, updatedAt: string, version: number } };

export type ReviewAgencyReportMutationVariables = Exact<{
  input: ReviewAgencyReportInput;
}>;


export type ReviewAgencyReportMutation = { __typename?: 'Mutation', reviewAgencyReport: { __typename?: 'AgencyReport', id: string, agencyId: string, roundId: string, status: ReportStatus, dueDate: string, late: boolean, frozen: boolean, submittedAt: string | null, acceptedAt: string | null, updatedAt: string, version: number } };

export type ReopenAgencyReportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  comment: Scalars['String']['input'];
}>;


export type ReopenAgencyReportMutation = { __typename?: 'Mutation', reopenAgencyReport: { __typename?: 'AgencyReport', id: string, agencyId: string, roundId: string, status: ReportStatus, dueDate: string, late: boolean, frozen: boolean, submittedAt: string | null, acceptedAt: string | null, updatedAt: string, version: number } };

export type ExportAgencyReportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  format: ReportFileFormat;
}>;


export type ExportAgencyReportQuery = { __typename?: 'Query', exportAgencyReport: { __typename?: 'ExportedFile', filename: string, mimeType: string, contentBase64: string } };

export type ConsolidatedReportFieldsFragment = { __typename?: 'ConsolidatedReport', id: string, roundId: string, status: ConsolidatedReportStatus, documentNumber: string | null, signerName: string | null, signerTitle: string | null, finalisedAt: string | null, updatedAt: string, version: number, narrative: { __typename?: 'ReportNarrative', direction: string | null, assessment: string | null, nextTasks: string | null, proposals: string | null, areas: Array<{ __typename?: 'AreaNarrative', areaCode: string, text: string }> | null }, data: { __typename?: 'ReportData', period: string, asOf: string, generatedAt: string, areas: Array<{ __typename?: 'ReportAreaData', areaCode: string | null, areaName: string, total: number, done: number, doneLate: number, inProgress: number, notStarted: number, overdue: number, cancelled: number, tasks: Array<{ __typename?: 'ReportTaskLine', id: string, code: string, title: string, status: PlanItemStatus, progress: number, dueDate: string | null, completedOn: string | null, overdue: boolean }> }>, indicators: Array<{ __typename?: 'ReportIndicatorLine', indicatorId: string, code: string, name: string, unit: IndicatorUnit, period: string, value: number | null, numerator: number | null, denominator: number | null, target: number | null, status: IndicatorStatus, reportedCount: number }>, contributions: Array<{ __typename?: 'ReportContribution', itemId: string, code: string, title: string, notes: Array<string> }> }, completeness: { __typename?: 'ReportCompleteness', expected: number, submitted: number, accepted: number, returned: number, missing: number, onTime: number, late: number, agencies: Array<{ __typename?: 'ReportCompletenessLine', agencyId: string, agencyName: string, reportId: string, status: ReportStatus, dueDate: string, submittedAt: string | null, late: boolean }> } };

export type ConsolidatedReportQueryVariables = Exact<{
  roundId: Scalars['ID']['input'];
}>;


export type ConsolidatedReportQuery = { __typename?: 'Query', reportingRound: { __typename?: 'ReportingRound', id: string, title: string, period: string, kind: ReportRoundKind, year: number, dueDate: string }, consolidatedReport: { __typename?: 'ConsolidatedReport', id: string, roundId: string, status: ConsolidatedReportStatus, documentNumber: string | null, signerName: string | null, signerTitle: string | null, finalisedAt: string | null, updatedAt: string, version: number, narrative: { __typename?: 'ReportNarrative', direction: string | null, assessment: string | null, nextTasks: string | null, proposals: string | null, areas: Array<{ __typename?: 'AreaNarrative', areaCode: string, text: string }> | null }, data: { __typename?: 'ReportData', period: string, asOf: string, generatedAt: string, areas: Array<{ __typename?: 'ReportAreaData', areaCode: string | null, areaName: string, total: number, done: number, doneLate: number, inProgress: number, notStarted: number, overdue: number, cancelled: number, tasks: Array<{ __typename?: 'ReportTaskLine', id: string, code: string, title: string, status: PlanItemStatus, progress: number, dueDate: string | null, completedOn: string | null, overdue: boolean }> }>, indicators: Array<{ __typename?: 'ReportIndicatorLine', indicatorId: string, code: string, name: string, unit: IndicatorUnit, period: string, value: number | null, numerator: number | null, denominator: number | null, target: number | null, status: IndicatorStatus, reportedCount: number }>, contributions: Array<{ __typename?: 'ReportContribution', itemId: string, code: string, title: string, notes: Array<string> }> }, completeness: { __typename?: 'ReportCompleteness', expected: number, submitted: number, accepted: number, returned: number, missing: number, onTime: number, late: number, agencies: Array<{ __typename?: 'ReportCompletenessLine', agencyId: string, agencyName: string, reportId: string, status: ReportStatus, dueDate: string, submittedAt: string | null, late: boolean }> } } | null };

export type GenerateConsolidatedReportMutationVariables = Exact<{
  roundId: Scalars['ID']['input'];
  redraw: Scalars['Boolean']['input'];
}>;


export type GenerateConsolidatedReportMutation = { __typename?: 'Mutation', generateConsolidatedReport: { __typename?: 'ConsolidatedReport', id: string, roundId: string, status: ConsolidatedReportStatus, documentNumber: string | null, signerName: string | null, signerTitle: string | null, finalisedAt: string | null, updatedAt: string, version: number, narrative: { __typename?: 'ReportNarrative', direction: string | null, assessment: string | null, nextTasks: string | null, proposals: string | null, areas: Array<{ __typename?: 'AreaNarrative', areaCode: string, text: string }> | null }, data: { __typename?: 'ReportData', period: string, asOf: string, generatedAt: string, areas: Array<{ __typename?: 'ReportAreaData', areaCode: string | null, areaName: string, total: number, done: number, doneLate: number, inProgress: number, notStarted: number, overdue: number, cancelled: number, tasks: Array<{ __typename?: 'ReportTaskLine', id: string, code: string, title: string, status: PlanItemStatus, progress: number, dueDate: string | null, completedOn: string | null, overdue: boolean }> }>, indicators: Array<{ __typename?: 'ReportIndicatorLine', indicatorId: string, code: string, name: string, unit: IndicatorUnit, period: string, value: number | null, numerator: number | null, denominator: number | null, target: number | null, status: IndicatorStatus, reportedCount: number }>, contributions: Array<{ __typename?: 'ReportContribution', itemId: string, code: string, title: string, notes: Array<string> }> }, completeness: { __typename?: 'ReportCompleteness', expected: number, submitted: number, accepted: number, returned: number, missing: number, onTime: number, late: number, agencies: Array<{ __typename?: 'ReportCompletenessLine', agencyId: string, agencyName: string, reportId: string, status: ReportStatus, dueDate: string, submittedAt: string | null, late: boolean }> } } };

export type UpdateConsolidatedReportMutationVariables = Exact<{
  input: UpdateConsolidatedReportInput;
}>;


export type UpdateConsolidatedReportMutation = { __typename?: 'Mutation', updateConsolidatedReport: { __typename?: 'ConsolidatedReport', id: string, status: ConsolidatedReportStatus, documentNumber: string | null, signerName: string | null, signerTitle: string | null, updatedAt: string, version: number, narrative: { __typename?: 'ReportNarrative', direction: string | null, assessment: string | null, nextTasks: string | null, proposals: string | null, areas: Array<{ __typename?: 'AreaNarrative', areaCode: string, text: string }> | null } } };

export type FinaliseConsolidatedReportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type FinaliseConsolidatedReportMutation = { __typename?: 'Mutation', finaliseConsolidatedReport: { __typename?: 'ConsolidatedReport', id: string, roundId: string, status: ConsolidatedReportStatus, documentNumber: string | null, signerName: string | null, signerTitle: string | null, finalisedAt: string | null, updatedAt: string, version: number, narrative: { __typename?: 'ReportNarrative', direction: string | null, assessment: string | null, nextTasks: string | null, proposals: string | null, areas: Array<{ __typename?: 'AreaNarrative', areaCode: string, text: string }> | null }, data: { __typename?: 'ReportData', period: string, asOf: string, generatedAt: string, areas: Array<{ __typename?: 'ReportAreaData', areaCode: string | null, areaName: string, total: number, done: number, doneLate: number, inProgress: number, notStarted: number, overdue: number, cancelled: number, tasks: Array<{ __typename?: 'ReportTaskLine', id: string, code: string, title: string, status: PlanItemStatus, progress: number, dueDate: string | null, completedOn: string | null, overdue: boolean }> }>, indicators: Array<{ __typename?: 'ReportIndicatorLine', indicatorId: string, code: string, name: string, unit: IndicatorUnit, period: string, value: number | null, numerator: number | null, denominator: number | null, target: number | null, status: IndicatorStatus, reportedCount: number }>, contributions: Array<{ __typename?: 'ReportContribution', itemId: string, code: string, title: string, notes: Array<string> }> }, completeness: { __typename?: 'ReportCompleteness', expected: number, submitted: number, accepted: number, returned: number, missing: number, onTime: number, late: number, agencies: Array<{ __typename?: 'ReportCompletenessLine', agencyId: string, agencyName: string, reportId: string, status: ReportStatus, dueDate: string, submittedAt: string | null, late: boolean }> } } };

export type ExportConsolidatedReportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  format: ReportFileFormat;
}>;


export type ExportConsolidatedReportQuery = { __typename?: 'Query', exportConsolidatedReport: { __typename?: 'ExportedFile', filename: string, mimeType: string, contentBase64: string } };

export type ReportCountsFragment = { __typename?: 'ReportCompleteness', expected: number, submitted: number, accepted: number, returned: number, missing: number, onTime: number, late: number };

export type ReportingRoundFieldsFragment = { __typename?: 'ReportingRound', id: string, kind: ReportRoundKind, year: number, title: string, period: string, dataFrom: string, dataTo: string, dueDate: string, dueProvince: string, dueDistrict: string, dueCommune: string, levels: Array<AgencyLevel>, version: number };

export type ReportingCalendarQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type ReportingCalendarQuery = { __typename?: 'Query', reportingPeriods: Array<{ __typename?: 'ReportingPeriod', kind: ReportKind, period: string, year: number, dataFrom: string, dataTo: string, dueDate: string, dueProvince: string, dueDistrict: string, dueCommune: string }>, reportingRounds: Array<{ __typename?: 'ReportingRound', id: string, kind: ReportRoundKind, year: number, title: string, period: string, dataFrom: string, dataTo: string, dueDate: string, dueProvince: string, dueDistrict: string, dueCommune: string, levels: Array<AgencyLevel>, version: number, completeness: { __typename?: 'ReportCompleteness', expected: number, submitted: number, accepted: number, returned: number, missing: number, onTime: number, late: number } }> };

export type LatestRoundsQueryVariables = Exact<{ [key: string]: never; }>;


export type LatestRoundsQuery = { __typename?: 'Query', reportingRounds: Array<{ __typename?: 'ReportingRound', id: string, dueDate: string }> };

export type ReportingRoundQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReportingRoundQuery = { __typename?: 'Query', reportingRound: { __typename?: 'ReportingRound', id: string, kind: ReportRoundKind, year: number, title: string, period: string, dataFrom: string, dataTo: string, dueDate: string, dueProvince: string, dueDistrict: string, dueCommune: string, levels: Array<AgencyLevel>, version: number, completeness: { __typename?: 'ReportCompleteness', expected: number, submitted: number, accepted: number, returned: number, missing: number, onTime: number, late: number, agencies: Array<{ __typename?: 'ReportCompletenessLine', agencyId: string, agencyName: string, reportId: string, status: ReportStatus, dueDate: string, submittedAt: string | null, late: boolean }> } } };

export type OpenReportingRoundMutationVariables = Exact<{
  input: OpenReportingRoundInput;
}>;


export type OpenReportingRoundMutation = { __typename?: 'Mutation', openReportingRound: { __typename?: 'ReportingRound', id: string, kind: ReportRoundKind, year: number, title: string, period: string, dataFrom: string, dataTo: string, dueDate: string, dueProvince: string, dueDistrict: string, dueCommune: string, levels: Array<AgencyLevel>, version: number } };

export type SurveyOnlineFormTargetQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SurveyOnlineFormTargetQuery = { __typename?: 'Query', survey: { __typename?: 'Survey', id: string, provinceId: string } };

export type SurveyTrendsQueryVariables = Exact<{
  filter: SurveyTrendsFilter;
}>;


export type SurveyTrendsQuery = { __typename?: 'Query', surveyTrends: { __typename?: 'SurveyTrends', fromYear: number, toYear: number, agencyId: string | null, sector: SurveySector | null, target: number, periods: Array<{ __typename?: 'SurveyTrendPeriod', period: string, surveys: number, respondents: number, valid: number, satisfied: number, share: number | null, change: number | null }> } };

export type SurveyRowFragment = { __typename?: 'Survey', id: string, year: number, period: string, title: string, scope: SurveyScope, sector: SurveySector | null, status: SurveyStatus, isSample: boolean, satisfiedLevels: number, version: number };

export type SurveysQueryVariables = Exact<{
  filter?: InputMaybe<SurveyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SurveysQuery = { __typename?: 'Query', surveys: { __typename?: 'SurveyConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'SurveyEdge', node: { __typename?: 'Survey', id: string, year: number, period: string, title: string, scope: SurveyScope, sector: SurveySector | null, status: SurveyStatus, isSample: boolean, satisfiedLevels: number, version: number } }> } };

export type SurveyQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SurveyQuery = { __typename?: 'Query', survey: { __typename?: 'Survey', agencyId: string | null, updatedAt: string, id: string, year: number, period: string, title: string, scope: SurveyScope, sector: SurveySector | null, status: SurveyStatus, isSample: boolean, satisfiedLevels: number, version: number, questions: Array<{ __typename?: 'SurveyQuestion', id: string, position: number, code: string, aspectCode: string, aspectTitle: string, text: string }> } };

export type SurveyFigureFieldsFragment = { __typename?: 'SurveySatisfactionFigure', counts: Array<number>, valid: number, noAnswer: number, satisfied: number, share: number | null };

export type SurveyResultsQueryVariables = Exact<{
  surveyId: Scalars['ID']['input'];
  agencyId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type SurveyResultsQuery = { __typename?: 'Query', surveyResults: { __typename?: 'SurveyResults', surveyId: string, agencyId: string | null, satisfiedLevels: number, respondents: number, overall: { __typename?: 'SurveySatisfactionFigure', counts: Array<number>, valid: number, noAnswer: number, satisfied: number, share: number | null }, aspects: Array<{ __typename?: 'SurveyAspectResult', aspectCode: string, aspectTitle: string, counts: Array<number>, valid: number, noAnswer: number, satisfied: number, share: number | null }>, questions: Array<{ __typename?: 'SurveyQuestionResult', questionId: string, code: string, aspectCode: string, text: string, counts: Array<number>, valid: number, noAnswer: number, satisfied: number, share: number | null }>, agencies: Array<{ __typename?: 'SurveyAgencyResult', agencyId: string, respondents: number, valid: number, satisfied: number, share: number | null, agency: { __typename?: 'Agency', id: string, name: string } | null }> } };

export type SurveyResultsTemplateQueryVariables = Exact<{
  surveyId: Scalars['ID']['input'];
  shape: SurveyImportShape;
}>;


export type SurveyResultsTemplateQuery = { __typename?: 'Query', surveyResultsTemplate: { __typename?: 'ExportedFile', filename: string, mimeType: string, contentBase64: string } };

export type ImportSurveyResultsMutationVariables = Exact<{
  input: ImportSurveyResultsInput;
}>;


export type ImportSurveyResultsMutation = { __typename?: 'Mutation', importSurveyResults: { __typename?: 'SurveyImportResult', dryRun: boolean, applied: boolean, rows: number, agencies: number, respondents: number, problems: Array<{ __typename?: 'SurveyImportProblem', code: string, line: number | null, column: string | null, message: string }> } };

export type SurveyDetailFragment = { __typename?: 'Survey', agencyId: string | null, updatedAt: string, id: string, year: number, period: string, title: string, scope: SurveyScope, sector: SurveySector | null, status: SurveyStatus, isSample: boolean, satisfiedLevels: number, version: number, questions: Array<{ __typename?: 'SurveyQuestion', id: string, position: number, code: string, aspectCode: string, aspectTitle: string, text: string }> };

export type CreateSurveyMutationVariables = Exact<{
  input: CreateSurveyInput;
}>;


export type CreateSurveyMutation = { __typename?: 'Mutation', createSurvey: { __typename?: 'Survey', agencyId: string | null, updatedAt: string, id: string, year: number, period: string, title: string, scope: SurveyScope, sector: SurveySector | null, status: SurveyStatus, isSample: boolean, satisfiedLevels: number, version: number, questions: Array<{ __typename?: 'SurveyQuestion', id: string, position: number, code: string, aspectCode: string, aspectTitle: string, text: string }> } };

export type UpdateSurveyMutationVariables = Exact<{
  input: UpdateSurveyInput;
}>;


export type UpdateSurveyMutation = { __typename?: 'Mutation', updateSurvey: { __typename?: 'Survey', agencyId: string | null, updatedAt: string, id: string, year: number, period: string, title: string, scope: SurveyScope, sector: SurveySector | null, status: SurveyStatus, isSample: boolean, satisfiedLevels: number, version: number, questions: Array<{ __typename?: 'SurveyQuestion', id: string, position: number, code: string, aspectCode: string, aspectTitle: string, text: string }> } };

export type AssignmentFieldsFragment = { __typename?: 'PlanItemAgency', id: string, role: AssignmentRole, agencyId: string | null, groupId: string | null, sourceText: string | null, agency: { __typename?: 'Agency', id: string, name: string, shortName: string | null } | null, group: { __typename?: 'AgencyGroup', id: string, name: string } | null };

export type TaskRowFieldsFragment = { __typename?: 'PlanItem', id: string, code: string, title: string, kind: PlanItemKind, areaCode: string | null, status: PlanItemStatus, progress: number, dueDate: string | null, dueLabel: string | null, overdue: boolean, doneLate: boolean, daysLate: number, completedOn: string | null, updatedAt: string, planId: string, plan: { __typename?: 'Plan', id: string, code: string }, leads: Array<{ __typename?: 'PlanItemAgency', id: string, role: AssignmentRole, agencyId: string | null, groupId: string | null, sourceText: string | null, agency: { __typename?: 'Agency', id: string, name: string, shortName: string | null } | null, group: { __typename?: 'AgencyGroup', id: string, name: string } | null }> };

export type TasksQueryVariables = Exact<{
  filter?: InputMaybe<TaskFilter>;
  orderBy?: InputMaybe<TaskOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TasksQuery = { __typename?: 'Query', tasks: { __typename?: 'PlanItemConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'PlanItemEdge', cursor: string, node: { __typename?: 'PlanItem', id: string, code: string, title: string, kind: PlanItemKind, areaCode: string | null, status: PlanItemStatus, progress: number, dueDate: string | null, dueLabel: string | null, overdue: boolean, doneLate: boolean, daysLate: number, completedOn: string | null, updatedAt: string, planId: string, plan: { __typename?: 'Plan', id: string, code: string }, leads: Array<{ __typename?: 'PlanItemAgency', id: string, role: AssignmentRole, agencyId: string | null, groupId: string | null, sourceText: string | null, agency: { __typename?: 'Agency', id: string, name: string, shortName: string | null } | null, group: { __typename?: 'AgencyGroup', id: string, name: string } | null }> } }> } };

export type MyTasksQueryVariables = Exact<{
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyTasksQuery = { __typename?: 'Query', myTasks: { __typename?: 'PlanItemConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'PlanItemEdge', cursor: string, node: { __typename?: 'PlanItem', id: string, code: string, title: string, kind: PlanItemKind, areaCode: string | null, status: PlanItemStatus, progress: number, dueDate: string | null, dueLabel: string | null, overdue: boolean, doneLate: boolean, daysLate: number, completedOn: string | null, updatedAt: string, planId: string, plan: { __typename?: 'Plan', id: string, code: string }, leads: Array<{ __typename?: 'PlanItemAgency', id: string, role: AssignmentRole, agencyId: string | null, groupId: string | null, sourceText: string | null, agency: { __typename?: 'Agency', id: string, name: string, shortName: string | null } | null, group: { __typename?: 'AgencyGroup', id: string, name: string } | null }> } }> } };

export type MyTaskCountsQueryVariables = Exact<{
  agencyId: Scalars['ID']['input'];
  dueFrom: Scalars['LocalDate']['input'];
  dueTo: Scalars['LocalDate']['input'];
}>;


export type MyTaskCountsQuery = { __typename?: 'Query', lead: { __typename?: 'PlanItemConnection', totalCount: number }, coordinating: { __typename?: 'PlanItemConnection', totalCount: number }, dueThisQuarter: { __typename?: 'PlanItemConnection', totalCount: number } };

export type TaskUpdateFieldsFragment = { __typename?: 'TaskUpdate', id: string, itemId: string, agencyId: string, role: AssignmentRole, authorLabel: string | null, createdAt: string, progress: number | null, status: PlanItemStatus | null, note: string | null, evidenceNumber: string | null, evidenceDate: string | null, evidenceLink: string | null, agency: { __typename?: 'Agency', id: string, name: string } };

export type DetailAssignmentFieldsFragment = { __typename?: 'PlanItemAgency', id: string, role: AssignmentRole, agencyId: string | null, groupId: string | null, sourceText: string | null, group: { __typename?: 'AgencyGroup', id: string, name: string, memberIds: Array<string>, members: Array<{ __typename?: 'Agency', id: string, name: string }> } | null, agency: { __typename?: 'Agency', id: string, name: string, shortName: string | null } | null };

export type TaskDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TaskDetailQuery = { __typename?: 'Query', planItem: { __typename?: 'PlanItem', productText: string | null, productType: ProductType | null, fundingText: string | null, evidenceNumber: string | null, evidenceDate: string | null, evidenceLink: string | null, sourceItemId: string | null, version: number, id: string, code: string, title: string, kind: PlanItemKind, areaCode: string | null, status: PlanItemStatus, progress: number, dueDate: string | null, dueLabel: string | null, overdue: boolean, doneLate: boolean, daysLate: number, completedOn: string | null, updatedAt: string, planId: string, plan: { __typename?: 'Plan', id: string, code: string, title: string, year: number }, parent: { __typename?: 'PlanItem', id: string, code: string, title: string, kind: PlanItemKind, parent: { __typename?: 'PlanItem', id: string, code: string, title: string, kind: PlanItemKind, parent: { __typename?: 'PlanItem', id: string, code: string, title: string, kind: PlanItemKind } | null } | null } | null, leads: Array<{ __typename?: 'PlanItemAgency', id: string, role: AssignmentRole, agencyId: string | null, groupId: string | null, sourceText: string | null, group: { __typename?: 'AgencyGroup', id: string, name: string, memberIds: Array<string>, members: Array<{ __typename?: 'Agency', id: string, name: string }> } | null, agency: { __typename?: 'Agency', id: string, name: string, shortName: string | null } | null }>, coordinators: Array<{ __typename?: 'PlanItemAgency', id: string, role: AssignmentRole, agencyId: string | null, groupId: string | null, sourceText: string | null, group: { __typename?: 'AgencyGroup', id: string, name: string, memberIds: Array<string>, members: Array<{ __typename?: 'Agency', id: string, name: string }> } | null, agency: { __typename?: 'Agency', id: string, name: string, shortName: string | null } | null }>, updates: Array<{ __typename?: 'TaskUpdate', id: string, itemId: string, agencyId: string, role: AssignmentRole, authorLabel: string | null, createdAt: string, progress: number | null, status: PlanItemStatus | null, note: string | null, evidenceNumber: string | null, evidenceDate: string | null, evidenceLink: string | null, agency: { __typename?: 'Agency', id: string, name: string } }> } };

export type PostTaskUpdateMutationVariables = Exact<{
  input: PostTaskUpdateInput;
}>;


export type PostTaskUpdateMutation = { __typename?: 'Mutation', postTaskUpdate: { __typename?: 'TaskUpdate', id: string, itemId: string, agencyId: string, role: AssignmentRole, authorLabel: string | null, createdAt: string, progress: number | null, status: PlanItemStatus | null, note: string | null, evidenceNumber: string | null, evidenceDate: string | null, evidenceLink: string | null, agency: { __typename?: 'Agency', id: string, name: string } } };

export type ExportTasksXlsxQueryVariables = Exact<{
  filter?: InputMaybe<TaskFilter>;
  orderBy?: InputMaybe<TaskOrder>;
}>;


export type ExportTasksXlsxQuery = { __typename?: 'Query', exportTasksXlsx: { __typename?: 'ExportedFile', filename: string, mimeType: string, contentBase64: string } };

export type UserRowFieldsFragment = { __typename?: 'User', id: string, email: string, fullName: string, role: Role, agencyId: string | null, active: boolean, lastLoginAt: string | null, createdAt: string, version: number, agency: { __typename?: 'Agency', id: string, name: string } | null };

export type UsersQueryVariables = Exact<{
  filter?: InputMaybe<UserFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type UsersQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'UserEdge', cursor: string, node: { __typename?: 'User', id: string, email: string, fullName: string, role: Role, agencyId: string | null, active: boolean, lastLoginAt: string | null, createdAt: string, version: number, agency: { __typename?: 'Agency', id: string, name: string } | null } }> } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'User', id: string, email: string, fullName: string, role: Role, agencyId: string | null, active: boolean, lastLoginAt: string | null, createdAt: string, version: number, agency: { __typename?: 'Agency', id: string, name: string } | null } };

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { __typename?: 'Mutation', updateUser: { __typename?: 'User', id: string, email: string, fullName: string, role: Role, agencyId: string | null, active: boolean, lastLoginAt: string | null, createdAt: string, version: number, agency: { __typename?: 'Agency', id: string, name: string } | null } };

export type DeactivateUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeactivateUserMutation = { __typename?: 'Mutation', deactivateUser: { __typename?: 'User', id: string, email: string, fullName: string, role: Role, agencyId: string | null, active: boolean, lastLoginAt: string | null, createdAt: string, version: number, agency: { __typename?: 'Agency', id: string, name: string } | null } };

export type ReactivateUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReactivateUserMutation = { __typename?: 'Mutation', reactivateUser: { __typename?: 'User', id: string, email: string, fullName: string, role: Role, agencyId: string | null, active: boolean, lastLoginAt: string | null, createdAt: string, version: number, agency: { __typename?: 'Agency', id: string, name: string } | null } };

export type ResetUserPasswordMutationVariables = Exact<{
  input: ResetUserPasswordInput;
}>;


export type ResetUserPasswordMutation = { __typename?: 'Mutation', resetUserPassword: { __typename?: 'User', id: string, version: number } };

export type UserQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UserQuery = { __typename?: 'Query', user: { __typename?: 'User', id: string, email: string, fullName: string, role: Role, agencyId: string | null, active: boolean, lastLoginAt: string | null, createdAt: string, version: number, agency: { __typename?: 'Agency', id: string, name: string } | null } };

export const AgencyVersionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]} as unknown as DocumentNode<AgencyVersionFieldsFragment, unknown>;
export const AgencyDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"successorId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"descendantCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AgencyDetailFieldsFragment, unknown>;
export const ReorganisationDependentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReorganisationDependentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReorganisationDependent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"successor"}}]}}]} as unknown as DocumentNode<ReorganisationDependentFieldsFragment, unknown>;
export const ReorganisationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReorganisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyReorganisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appliedBy"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"operationCount"}},{"kind":"Field","name":{"kind":"Name","value":"undoneAt"}},{"kind":"Field","name":{"kind":"Name","value":"undoneBy"}},{"kind":"Field","name":{"kind":"Name","value":"undoBlockedBy"}}]}}]} as unknown as DocumentNode<ReorganisationFieldsFragment, unknown>;
export const ApiKeyRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ApiKeyRowFieldsFragment, unknown>;
export const SessionUserFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}}]}}]} as unknown as DocumentNode<SessionUserFieldsFragment, unknown>;
export const IndicatorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"reportingLevels"}},{"kind":"Field","name":{"kind":"Name","value":"cumulative"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"sourceText"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLine"}},{"kind":"Field","name":{"kind":"Name","value":"draftNotes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<IndicatorFieldsFragment, unknown>;
export const IndicatorValueFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"reportedCount"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetSource"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<IndicatorValueFieldsFragment, unknown>;
export const IndicatorTargetFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorTargetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorTarget"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]} as unknown as DocumentNode<IndicatorTargetFieldsFragment, unknown>;
export const MeasurementFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasurementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measurement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MeasurementFieldsFragment, unknown>;
export const MeasurementRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasurementRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measurement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasurementFields"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasurementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measurement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MeasurementRowFieldsFragment, unknown>;
export const InspectionChecklistItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionChecklistItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionChecklistItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<InspectionChecklistItemFieldsFragment, unknown>;
export const InspectionPlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"coverageProvince"}},{"kind":"Field","name":{"kind":"Name","value":"coverageDistrict"}},{"kind":"Field","name":{"kind":"Name","value":"coverageCommune"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<InspectionPlanFieldsFragment, unknown>;
export const InspectionTeamMemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionTeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionTeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"leader"}}]}}]} as unknown as DocumentNode<InspectionTeamMemberFieldsFragment, unknown>;
export const InspectionRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamUserIds"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionTeamMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conductedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reinspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionTeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionTeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"leader"}}]}}]} as unknown as DocumentNode<InspectionRowFragment, unknown>;
export const InspectionDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionRow"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionTeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionTeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"leader"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamUserIds"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionTeamMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conductedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reinspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<InspectionDetailFragment, unknown>;
export const NotificationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<NotificationFieldsFragment, unknown>;
export const ParAssessmentRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParAssessmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toScore"}},{"kind":"Field","name":{"kind":"Name","value":"scored"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}}]}}]}}]} as unknown as DocumentNode<ParAssessmentRowFragment, unknown>;
export const ParCriterionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCriterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"dataRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCode"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ParCriterionFieldsFragment, unknown>;
export const ParEvidenceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParEvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParEvidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ParEvidenceFieldsFragment, unknown>;
export const ParAssessmentDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParAssessmentDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParAssessmentRow"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCriterionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDue"}},{"kind":"Field","name":{"kind":"Name","value":"closedByDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explainedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"councilUserIds"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"selfNote"}},{"kind":"Field","name":{"kind":"Name","value":"noEvidenceReason"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalReason"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"reappraisedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"reappraisalAnswer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appraisalSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toAppraise"}},{"kind":"Field","name":{"kind":"Name","value":"appraised"}},{"kind":"Field","name":{"kind":"Name","value":"differences"}},{"kind":"Field","name":{"kind":"Name","value":"explained"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParEvidenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParAssessmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toScore"}},{"kind":"Field","name":{"kind":"Name","value":"scored"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCriterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"dataRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCode"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParEvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParEvidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ParAssessmentDetailFragment, unknown>;
export const ParLostRecordFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParLostRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParLostRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"gain"}}]}}]} as unknown as DocumentNode<ParLostRecordFieldsFragment, unknown>;
export const ParCycleRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCycleRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDue"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkIds"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ParCycleRowFragment, unknown>;
export const ParCouncilMemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCouncilMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCouncilMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<ParCouncilMemberFieldsFragment, unknown>;
export const ParCycleDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCycleDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCycleRow"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalDue"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDays"}},{"kind":"Field","name":{"kind":"Name","value":"publicationDue"}},{"kind":"Field","name":{"kind":"Name","value":"surveyHeld"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"councilUserIds"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCouncilMemberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCycleRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDue"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkIds"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCouncilMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCouncilMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<ParCycleDetailFragment, unknown>;
export const ParCycleAssessmentRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCycleAssessmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParAssessmentRow"}},{"kind":"Field","name":{"kind":"Name","value":"closedByDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDue"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDue"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParAssessmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toScore"}},{"kind":"Field","name":{"kind":"Name","value":"scored"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}}]}}]}}]} as unknown as DocumentNode<ParCycleAssessmentRowFragment, unknown>;
export const ParFrameworkRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParFrameworkRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParFramework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isSample"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"copiedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ParFrameworkRowFragment, unknown>;
export const ParFrameworkDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParFrameworkDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParFramework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParFrameworkRow"}},{"kind":"Field","name":{"kind":"Name","value":"scoredMaximum"}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"minIndex"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCriterionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParFrameworkRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParFramework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isSample"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"copiedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCriterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"dataRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCode"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ParFrameworkDetailFragment, unknown>;
export const ParNationalAssessmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParNationalAssessment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCriterionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalReason"}},{"kind":"Field","name":{"kind":"Name","value":"reappraisedPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCriterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"dataRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCode"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ParNationalAssessmentFragment, unknown>;
export const ParRankingRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParRankingRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParRankingRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"bonus"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"band"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"minIndex"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"index"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousIndex"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"finalised"}}]}}]} as unknown as DocumentNode<ParRankingRowFieldsFragment, unknown>;
export const ResolvedNameFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResolvedNameFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResolvedAgencyName"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ResolvedNameFieldsFragment, unknown>;
export const PlanRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parentPlanId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PlanRowFieldsFragment, unknown>;
export const TaskStatsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskStatsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskStatsRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"notStarted"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"averageProgress"}}]}}]} as unknown as DocumentNode<TaskStatsFieldsFragment, unknown>;
export const AgencyReportSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyReportSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AgencyReportSummaryFragment, unknown>;
export const ReportNarrativeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportNarrativeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportNarrative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"nextTasks"}},{"kind":"Field","name":{"kind":"Name","value":"proposals"}}]}}]} as unknown as DocumentNode<ReportNarrativeFieldsFragment, unknown>;
export const ReportDataFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportDataFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportData"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneLate"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"notStarted"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportedCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]} as unknown as DocumentNode<ReportDataFieldsFragment, unknown>;
export const ReportCountsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportCompleteness"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}}]} as unknown as DocumentNode<ReportCountsFragment, unknown>;
export const ConsolidatedReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolidatedReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsolidatedReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportNarrativeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportDataFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCounts"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportNarrativeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportNarrative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"nextTasks"}},{"kind":"Field","name":{"kind":"Name","value":"proposals"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportDataFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportData"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneLate"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"notStarted"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportedCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportCompleteness"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}}]} as unknown as DocumentNode<ConsolidatedReportFieldsFragment, unknown>;
export const ReportingRoundFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dataFrom"}},{"kind":"Field","name":{"kind":"Name","value":"dataTo"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueProvince"}},{"kind":"Field","name":{"kind":"Name","value":"dueDistrict"}},{"kind":"Field","name":{"kind":"Name","value":"dueCommune"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ReportingRoundFieldsFragment, unknown>;
export const SurveyFigureFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveySatisfactionFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counts"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"noAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"satisfied"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]} as unknown as DocumentNode<SurveyFigureFieldsFragment, unknown>;
export const SurveyRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isSample"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedLevels"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SurveyRowFragment, unknown>;
export const SurveyDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyRow"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"aspectCode"}},{"kind":"Field","name":{"kind":"Name","value":"aspectTitle"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isSample"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedLevels"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SurveyDetailFragment, unknown>;
export const AssignmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanItemAgency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"sourceText"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AssignmentFieldsFragment, unknown>;
export const TaskRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueLabel"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"doneLate"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanItemAgency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"sourceText"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TaskRowFieldsFragment, unknown>;
export const TaskUpdateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskUpdateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceDate"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLink"}}]}}]} as unknown as DocumentNode<TaskUpdateFieldsFragment, unknown>;
export const DetailAssignmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DetailAssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanItemAgency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFields"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberIds"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanItemAgency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"sourceText"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DetailAssignmentFieldsFragment, unknown>;
export const UserRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UserRowFieldsFragment, unknown>;
export const AgencyGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"memberIds"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgencyGroupsQuery, AgencyGroupsQueryVariables>;
export const CreateAgencyGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAgencyGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAgencyGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgencyGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"memberIds"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateAgencyGroupMutation, CreateAgencyGroupMutationVariables>;
export const UpdateAgencyGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAgencyGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAgencyGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgencyGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"memberIds"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateAgencyGroupMutation, UpdateAgencyGroupMutationVariables>;
export const DeleteAgencyGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAgencyGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAgencyGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteAgencyGroupMutation, DeleteAgencyGroupMutationVariables>;
export const AgencyGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"memberIds"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AgencyGroupQuery, AgencyGroupQueryVariables>;
export const AgencyHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyVersionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]} as unknown as DocumentNode<AgencyHistoryQuery, AgencyHistoryQueryVariables>;
export const CreateAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"successorId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"descendantCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateAgencyMutation, CreateAgencyMutationVariables>;
export const UpdateAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"successorId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"descendantCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateAgencyMutation, UpdateAgencyMutationVariables>;
export const MoveAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveAgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"successorId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"descendantCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MoveAgencyMutation, MoveAgencyMutationVariables>;
export const DeactivateAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeactivateAgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"successorId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"descendantCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DeactivateAgencyMutation, DeactivateAgencyMutationVariables>;
export const MergeAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeAgencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeAgenciesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeAgencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"successorId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"descendantCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MergeAgenciesMutation, MergeAgenciesMutationVariables>;
export const ImportAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportAgencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportAgenciesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importAgencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportAgenciesMutation, ImportAgenciesMutationVariables>;
export const AgencyTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rootId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeInactive"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyTree"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rootId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rootId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeInactive"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"successorId"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}}]}}]}}]} as unknown as DocumentNode<AgencyTreeQuery, AgencyTreeQueryVariables>;
export const AgencyDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyDetailFields"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"successorId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"descendantCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AgencyDetailQuery, AgencyDetailQueryVariables>;
export const PreviewReorganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PreviewReorganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReorganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewReorganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameBefore"}},{"kind":"Field","name":{"kind":"Name","value":"nameAfter"}},{"kind":"Field","name":{"kind":"Name","value":"parentBefore"}},{"kind":"Field","name":{"kind":"Name","value":"parentAfter"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"ends"}},{"kind":"Field","name":{"kind":"Name","value":"successor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReorganisationDependentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReorganisationDependentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taskCount"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReorganisationDependentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReorganisationDependentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measurementCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReorganisationDependentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReorganisationDependent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"successor"}}]}}]} as unknown as DocumentNode<PreviewReorganisationMutation, PreviewReorganisationMutationVariables>;
export const ApplyReorganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyReorganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReorganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyReorganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReorganisationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReorganisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyReorganisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appliedBy"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"operationCount"}},{"kind":"Field","name":{"kind":"Name","value":"undoneAt"}},{"kind":"Field","name":{"kind":"Name","value":"undoneBy"}},{"kind":"Field","name":{"kind":"Name","value":"undoBlockedBy"}}]}}]} as unknown as DocumentNode<ApplyReorganisationMutation, ApplyReorganisationMutationVariables>;
export const UndoReorganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UndoReorganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undoReorganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReorganisationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReorganisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyReorganisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appliedBy"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"operationCount"}},{"kind":"Field","name":{"kind":"Name","value":"undoneAt"}},{"kind":"Field","name":{"kind":"Name","value":"undoneBy"}},{"kind":"Field","name":{"kind":"Name","value":"undoBlockedBy"}}]}}]} as unknown as DocumentNode<UndoReorganisationMutation, UndoReorganisationMutationVariables>;
export const AgencyReorganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyReorganisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyReorganisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReorganisationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReorganisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyReorganisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appliedBy"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"operationCount"}},{"kind":"Field","name":{"kind":"Name","value":"undoneAt"}},{"kind":"Field","name":{"kind":"Name","value":"undoneBy"}},{"kind":"Field","name":{"kind":"Name","value":"undoBlockedBy"}}]}}]} as unknown as DocumentNode<AgencyReorganisationsQuery, AgencyReorganisationsQueryVariables>;
export const ReorganisationUserAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReorganisationUserAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReorganisationUserAgencyQuery, ReorganisationUserAgencyQueryVariables>;
export const ReassignUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReassignUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReassignUsersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reassignUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}}]}}]}}]} as unknown as DocumentNode<ReassignUsersMutation, ReassignUsersMutationVariables>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyRowFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUserFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RefreshTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUserFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}}]}}]} as unknown as DocumentNode<RefreshTokenMutation, RefreshTokenMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}]}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUserFields"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const IndicatorPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorPlansQuery, IndicatorPlansQueryVariables>;
export const IndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Indicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorFields"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"reportingLevels"}},{"kind":"Field","name":{"kind":"Name","value":"cumulative"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"sourceText"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLine"}},{"kind":"Field","name":{"kind":"Name","value":"draftNotes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"reportedCount"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetSource"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<IndicatorsQuery, IndicatorsQueryVariables>;
export const IndicatorDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorFields"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorTargetFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"reportingLevels"}},{"kind":"Field","name":{"kind":"Name","value":"cumulative"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"sourceText"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLine"}},{"kind":"Field","name":{"kind":"Name","value":"draftNotes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorTargetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorTarget"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]} as unknown as DocumentNode<IndicatorDetailQuery, IndicatorDetailQueryVariables>;
export const IndicatorSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicatorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicatorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicatorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"reportedCount"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetSource"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<IndicatorSeriesQuery, IndicatorSeriesQueryVariables>;
export const IndicatorBreakdownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorBreakdown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicatorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorBreakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicatorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicatorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"descendantCount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"reportedCount"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetSource"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<IndicatorBreakdownQuery, IndicatorBreakdownQueryVariables>;
export const ReportingCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicatorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rootAgencyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicatorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicatorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"rootAgencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rootAgencyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ReportingCoverageQuery, ReportingCoverageQueryVariables>;
export const CreateIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIndicatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"reportingLevels"}},{"kind":"Field","name":{"kind":"Name","value":"cumulative"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"sourceText"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLine"}},{"kind":"Field","name":{"kind":"Name","value":"draftNotes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateIndicatorMutation, CreateIndicatorMutationVariables>;
export const UpdateIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateIndicatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"reportingLevels"}},{"kind":"Field","name":{"kind":"Name","value":"cumulative"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"sourceText"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLine"}},{"kind":"Field","name":{"kind":"Name","value":"draftNotes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateIndicatorMutation, UpdateIndicatorMutationVariables>;
export const SetIndicatorStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetIndicatorState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetIndicatorStateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setIndicatorState"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"reportingLevels"}},{"kind":"Field","name":{"kind":"Name","value":"cumulative"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"sourceText"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLine"}},{"kind":"Field","name":{"kind":"Name","value":"draftNotes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SetIndicatorStateMutation, SetIndicatorStateMutationVariables>;
export const SetIndicatorTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetIndicatorTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetIndicatorTargetsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setIndicatorTargets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorFields"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorTargetFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"reportingLevels"}},{"kind":"Field","name":{"kind":"Name","value":"cumulative"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"sourceText"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLine"}},{"kind":"Field","name":{"kind":"Name","value":"draftNotes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorTargetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorTarget"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]} as unknown as DocumentNode<SetIndicatorTargetsMutation, SetIndicatorTargetsMutationVariables>;
export const IndicatorScoreboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorScoreboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyLevel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rootAgencyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorScoreboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"rootAgencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rootAgencyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"targets"}},{"kind":"Field","name":{"kind":"Name","value":"statuses"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorScoreboardQuery, IndicatorScoreboardQueryVariables>;
export const IndicatorScoreboardXlsxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorScoreboardXlsx"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyLevel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rootAgencyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorScoreboardXlsx"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"rootAgencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rootAgencyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<IndicatorScoreboardXlsxQuery, IndicatorScoreboardXlsxQueryVariables>;
export const IndicatorPlanItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorPlanItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorPlanItemsQuery, IndicatorPlanItemsQueryVariables>;
export const MeasurementEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeasurementEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measurementEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measurement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasurementFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasurementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measurement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MeasurementEntriesQuery, MeasurementEntriesQueryVariables>;
export const RecordMeasurementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMeasurement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMeasurementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeasurement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasurementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasurementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measurement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RecordMeasurementMutation, RecordMeasurementMutationVariables>;
export const SubmitMeasurementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitMeasurements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitMeasurements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasurementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasurementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measurement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SubmitMeasurementsMutation, SubmitMeasurementsMutationVariables>;
export const MeasurementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Measurements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MeasurementFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measurements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasurementRowFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasurementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measurement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasurementRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measurement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasurementFields"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}}]}}]}}]} as unknown as DocumentNode<MeasurementsQuery, MeasurementsQueryVariables>;
export const MeasurementHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeasurementHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measurement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"actorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"measurementVersion"}}]}}]}}]}}]} as unknown as DocumentNode<MeasurementHistoryQuery, MeasurementHistoryQueryVariables>;
export const ReviewMeasurementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewMeasurement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewMeasurementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewMeasurement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasurementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasurementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measurement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ReviewMeasurementMutation, ReviewMeasurementMutationVariables>;
export const ReopenMeasurementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenMeasurement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenMeasurementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenMeasurement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasurementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasurementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measurement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ReopenMeasurementMutation, ReopenMeasurementMutationVariables>;
export const MeasurementTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeasurementTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeasurementTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measurementTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<MeasurementTemplateQuery, MeasurementTemplateQueryVariables>;
export const ImportMeasurementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportMeasurements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportMeasurementsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importMeasurements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportMeasurementsMutation, ImportMeasurementsMutationVariables>;
export const InspectionChecklistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionChecklist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionChecklistItemFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionChecklistItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionChecklistItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<InspectionChecklistQuery, InspectionChecklistQueryVariables>;
export const ChecklistFrameworksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChecklistFrameworks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parFrameworks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChecklistFrameworksQuery, ChecklistFrameworksQueryVariables>;
export const BuildInspectionChecklistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BuildInspectionChecklist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BuildInspectionChecklistInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildInspectionChecklist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionChecklistItemFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionChecklistItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionChecklistItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<BuildInspectionChecklistMutation, BuildInspectionChecklistMutationVariables>;
export const UpdateInspectionChecklistItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateInspectionChecklistItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateInspectionChecklistItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInspectionChecklistItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionChecklistItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionChecklistItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionChecklistItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<UpdateInspectionChecklistItemMutation, UpdateInspectionChecklistItemMutationVariables>;
export const InspectionPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionPlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionPlanFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionPlanFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"coverageProvince"}},{"kind":"Field","name":{"kind":"Name","value":"coverageDistrict"}},{"kind":"Field","name":{"kind":"Name","value":"coverageCommune"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<InspectionPlansQuery, InspectionPlansQueryVariables>;
export const InspectionPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionPlanFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspectionCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"}},{"kind":"Field","name":{"kind":"Name","value":"inspected"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"}},{"kind":"Field","name":{"kind":"Name","value":"inspected"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"coverageProvince"}},{"kind":"Field","name":{"kind":"Name","value":"coverageDistrict"}},{"kind":"Field","name":{"kind":"Name","value":"coverageCommune"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<InspectionPlanQuery, InspectionPlanQueryVariables>;
export const PlanInspectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanInspections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionTeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionTeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"leader"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamUserIds"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionTeamMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conductedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reinspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PlanInspectionsQuery, PlanInspectionsQueryVariables>;
export const InspectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionTeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionTeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"leader"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamUserIds"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionTeamMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conductedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reinspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionRow"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<InspectionQuery, InspectionQueryVariables>;
export const InspectionTeamCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionTeamCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionTeamCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionTeamMemberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionTeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionTeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"leader"}}]}}]} as unknown as DocumentNode<InspectionTeamCandidatesQuery, InspectionTeamCandidatesQueryVariables>;
export const PlanIndicatorOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanIndicatorOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"states"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACTIVE"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanIndicatorOptionsQuery, PlanIndicatorOptionsQueryVariables>;
export const InspectionDecisionDocxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionDecisionDocx"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionDecisionDocx"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<InspectionDecisionDocxQuery, InspectionDecisionDocxQueryVariables>;
export const InspectionConclusionDocxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionConclusionDocx"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inspectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionConclusionDocx"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inspectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inspectionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<InspectionConclusionDocxQuery, InspectionConclusionDocxQueryVariables>;
export const ProposeInspectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeInspections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeInspectionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeInspections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionPlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"coverageProvince"}},{"kind":"Field","name":{"kind":"Name","value":"coverageDistrict"}},{"kind":"Field","name":{"kind":"Name","value":"coverageCommune"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ProposeInspectionsMutation, ProposeInspectionsMutationVariables>;
export const AdjustInspectionPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdjustInspectionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustInspectionPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustInspectionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionPlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"coverageProvince"}},{"kind":"Field","name":{"kind":"Name","value":"coverageDistrict"}},{"kind":"Field","name":{"kind":"Name","value":"coverageCommune"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AdjustInspectionPlanMutation, AdjustInspectionPlanMutationVariables>;
export const ApproveInspectionPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveInspectionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VersionedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveInspectionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionPlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"coverageProvince"}},{"kind":"Field","name":{"kind":"Name","value":"coverageDistrict"}},{"kind":"Field","name":{"kind":"Name","value":"coverageCommune"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ApproveInspectionPlanMutation, ApproveInspectionPlanMutationVariables>;
export const ScheduleInspectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleInspectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionTeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionTeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"leader"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamUserIds"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionTeamMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conductedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reinspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ScheduleInspectionMutation, ScheduleInspectionMutationVariables>;
export const RecordInspectionFindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordInspectionFindings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordInspectionFindingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInspectionFindings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionTeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionTeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"leader"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamUserIds"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionTeamMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conductedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reinspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionRow"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RecordInspectionFindingsMutation, RecordInspectionFindingsMutationVariables>;
export const ReinspectFindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReinspectFindings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReinspectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reinspectFindings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionTeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionTeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"leader"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamUserIds"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionTeamMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conductedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reinspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionRow"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ReinspectFindingsMutation, ReinspectFindingsMutationVariables>;
export const RecordInspectionCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordInspectionCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordInspectionCoverageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInspectionCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<RecordInspectionCoverageMutation, RecordInspectionCoverageMutationVariables>;
export const UnreadNotificationCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const MyNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MarkAllNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"}}]}}]} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const MyNotificationSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNotificationSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotificationSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"muted"}}]}}]}}]} as unknown as DocumentNode<MyNotificationSettingsQuery, MyNotificationSettingsQueryVariables>;
export const SetNotificationMutedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetNotificationMuted"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"muted"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNotificationMuted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"muted"},"value":{"kind":"Variable","name":{"kind":"Name","value":"muted"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"muted"}}]}}]}}]} as unknown as DocumentNode<SetNotificationMutedMutation, SetNotificationMutedMutationVariables>;
export const EmailOutboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmailOutbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EmailStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailOutbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmailOutboxQuery, EmailOutboxQueryVariables>;
export const SaveParAppraisalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveParAppraisal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveParAppraisalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveParAppraisal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParAssessmentDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParAssessmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toScore"}},{"kind":"Field","name":{"kind":"Name","value":"scored"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCriterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"dataRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCode"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParEvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParEvidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParAssessmentDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParAssessmentRow"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCriterionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDue"}},{"kind":"Field","name":{"kind":"Name","value":"closedByDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explainedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"councilUserIds"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"selfNote"}},{"kind":"Field","name":{"kind":"Name","value":"noEvidenceReason"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalReason"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"reappraisedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"reappraisalAnswer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appraisalSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toAppraise"}},{"kind":"Field","name":{"kind":"Name","value":"appraised"}},{"kind":"Field","name":{"kind":"Name","value":"differences"}},{"kind":"Field","name":{"kind":"Name","value":"explained"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParEvidenceFields"}}]}}]}}]} as unknown as DocumentNode<SaveParAppraisalMutation, SaveParAppraisalMutationVariables>;
export const SendParAppraisalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendParAppraisal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendParAppraisalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendParAppraisal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParAssessmentDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParAssessmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toScore"}},{"kind":"Field","name":{"kind":"Name","value":"scored"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCriterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"dataRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCode"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParEvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParEvidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParAssessmentDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParAssessmentRow"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCriterionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDue"}},{"kind":"Field","name":{"kind":"Name","value":"closedByDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explainedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"councilUserIds"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"selfNote"}},{"kind":"Field","name":{"kind":"Name","value":"noEvidenceReason"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalReason"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"reappraisedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"reappraisalAnswer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appraisalSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toAppraise"}},{"kind":"Field","name":{"kind":"Name","value":"appraised"}},{"kind":"Field","name":{"kind":"Name","value":"differences"}},{"kind":"Field","name":{"kind":"Name","value":"explained"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParEvidenceFields"}}]}}]}}]} as unknown as DocumentNode<SendParAppraisalMutation, SendParAppraisalMutationVariables>;
export const SubmitParExplanationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitParExplanations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitParExplanationsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitParExplanations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParAssessmentDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParAssessmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toScore"}},{"kind":"Field","name":{"kind":"Name","value":"scored"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCriterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"dataRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCode"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParEvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParEvidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParAssessmentDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParAssessmentRow"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCriterionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDue"}},{"kind":"Field","name":{"kind":"Name","value":"closedByDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explainedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"councilUserIds"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"selfNote"}},{"kind":"Field","name":{"kind":"Name","value":"noEvidenceReason"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalReason"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"reappraisedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"reappraisalAnswer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appraisalSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toAppraise"}},{"kind":"Field","name":{"kind":"Name","value":"appraised"}},{"kind":"Field","name":{"kind":"Name","value":"differences"}},{"kind":"Field","name":{"kind":"Name","value":"explained"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParEvidenceFields"}}]}}]}}]} as unknown as DocumentNode<SubmitParExplanationsMutation, SubmitParExplanationsMutationVariables>;
export const SaveParReappraisalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveParReappraisal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveParReappraisalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveParReappraisal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParAssessmentDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParAssessmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toScore"}},{"kind":"Field","name":{"kind":"Name","value":"scored"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCriterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"dataRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCode"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParEvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParEvidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParAssessmentDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParAssessmentRow"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCriterionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDue"}},{"kind":"Field","name":{"kind":"Name","value":"closedByDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explainedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"councilUserIds"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"selfNote"}},{"kind":"Field","name":{"kind":"Name","value":"noEvidenceReason"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalReason"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"reappraisedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"reappraisalAnswer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appraisalSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toAppraise"}},{"kind":"Field","name":{"kind":"Name","value":"appraised"}},{"kind":"Field","name":{"kind":"Name","value":"differences"}},{"kind":"Field","name":{"kind":"Name","value":"explained"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParEvidenceFields"}}]}}]}}]} as unknown as DocumentNode<SaveParReappraisalMutation, SaveParReappraisalMutationVariables>;
export const FinaliseParAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinaliseParAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinaliseParAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finaliseParAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParAssessmentDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParAssessmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toScore"}},{"kind":"Field","name":{"kind":"Name","value":"scored"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCriterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"dataRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCode"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParEvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParEvidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParAssessmentDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParAssessmentRow"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCriterionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDue"}},{"kind":"Field","name":{"kind":"Name","value":"closedByDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explainedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"councilUserIds"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"selfNote"}},{"kind":"Field","name":{"kind":"Name","value":"noEvidenceReason"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalReason"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"reappraisedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"reappraisalAnswer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appraisalSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toAppraise"}},{"kind":"Field","name":{"kind":"Name","value":"appraised"}},{"kind":"Field","name":{"kind":"Name","value":"differences"}},{"kind":"Field","name":{"kind":"Name","value":"explained"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParEvidenceFields"}}]}}]}}]} as unknown as DocumentNode<FinaliseParAssessmentMutation, FinaliseParAssessmentMutationVariables>;
export const ParCyclesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParCycles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parCycles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCycleRow"}},{"kind":"Field","name":{"kind":"Name","value":"statusCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCycleRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDue"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkIds"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ParCyclesQuery, ParCyclesQueryVariables>;
export const ParCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCycleRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCycleRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDue"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkIds"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ParCycleQuery, ParCycleQueryVariables>;
export const OpenParCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenParCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenParCycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openParCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCycleRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCycleRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDue"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkIds"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<OpenParCycleMutation, OpenParCycleMutationVariables>;
export const ParAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParAssessmentDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParAssessmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toScore"}},{"kind":"Field","name":{"kind":"Name","value":"scored"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCriterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"dataRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCode"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParEvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParEvidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParAssessmentDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParAssessmentRow"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCriterionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDue"}},{"kind":"Field","name":{"kind":"Name","value":"closedByDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explainedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"councilUserIds"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"selfNote"}},{"kind":"Field","name":{"kind":"Name","value":"noEvidenceReason"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalReason"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"reappraisedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"reappraisalAnswer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appraisalSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toAppraise"}},{"kind":"Field","name":{"kind":"Name","value":"appraised"}},{"kind":"Field","name":{"kind":"Name","value":"differences"}},{"kind":"Field","name":{"kind":"Name","value":"explained"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParEvidenceFields"}}]}}]}}]} as unknown as DocumentNode<ParAssessmentQuery, ParAssessmentQueryVariables>;
export const SaveParSelfScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveParSelfScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveParSelfScoresInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveParSelfScores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParAssessmentDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParAssessmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toScore"}},{"kind":"Field","name":{"kind":"Name","value":"scored"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCriterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"dataRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCode"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParEvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParEvidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParAssessmentDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParAssessmentRow"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCriterionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDue"}},{"kind":"Field","name":{"kind":"Name","value":"closedByDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explainedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"councilUserIds"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"selfNote"}},{"kind":"Field","name":{"kind":"Name","value":"noEvidenceReason"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalReason"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"reappraisedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"reappraisalAnswer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appraisalSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toAppraise"}},{"kind":"Field","name":{"kind":"Name","value":"appraised"}},{"kind":"Field","name":{"kind":"Name","value":"differences"}},{"kind":"Field","name":{"kind":"Name","value":"explained"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParEvidenceFields"}}]}}]}}]} as unknown as DocumentNode<SaveParSelfScoresMutation, SaveParSelfScoresMutationVariables>;
export const SubmitParSelfAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitParSelfAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitParSelfAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitParSelfAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParAssessmentDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParAssessmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toScore"}},{"kind":"Field","name":{"kind":"Name","value":"scored"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCriterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"dataRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCode"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParEvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParEvidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParAssessmentDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParAssessmentRow"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCriterionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDue"}},{"kind":"Field","name":{"kind":"Name","value":"closedByDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explainedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"councilUserIds"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"selfNote"}},{"kind":"Field","name":{"kind":"Name","value":"noEvidenceReason"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalReason"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"reappraisedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"reappraisalAnswer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appraisalSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toAppraise"}},{"kind":"Field","name":{"kind":"Name","value":"appraised"}},{"kind":"Field","name":{"kind":"Name","value":"differences"}},{"kind":"Field","name":{"kind":"Name","value":"explained"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParEvidenceFields"}}]}}]}}]} as unknown as DocumentNode<SubmitParSelfAssessmentMutation, SubmitParSelfAssessmentMutationVariables>;
export const ParProvisionalScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParProvisionalScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assessmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"doneTaskIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parProvisionalScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assessmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assessmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"doneTaskIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"doneTaskIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"pointsAtRisk"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParLostRecordFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParLostRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParLostRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"gain"}}]}}]} as unknown as DocumentNode<ParProvisionalScoreQuery, ParProvisionalScoreQueryVariables>;
export const ParWhatIfScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParWhatIfScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assessmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"doneTaskIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parProvisionalScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assessmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assessmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"doneTaskIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"doneTaskIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"pointsAtRisk"}}]}}]}}]} as unknown as DocumentNode<ParWhatIfScoreQuery, ParWhatIfScoreQueryVariables>;
export const ParPointsAtRiskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParPointsAtRisk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parPointsAtRisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"pointsAtRisk"}},{"kind":"Field","name":{"kind":"Name","value":"lateTasks"}},{"kind":"Field","name":{"kind":"Name","value":"lateReports"}}]}}]}}]} as unknown as DocumentNode<ParPointsAtRiskQuery, ParPointsAtRiskQueryVariables>;
export const ParCycleDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParCycleDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCycleDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCycleRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDue"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkIds"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCouncilMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCouncilMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCycleDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCycleRow"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalDue"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDays"}},{"kind":"Field","name":{"kind":"Name","value":"publicationDue"}},{"kind":"Field","name":{"kind":"Name","value":"surveyHeld"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"councilUserIds"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCouncilMemberFields"}}]}}]}}]} as unknown as DocumentNode<ParCycleDetailQuery, ParCycleDetailQueryVariables>;
export const ParCycleAssessmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParCycleAssessments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ParAssessmentStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parAssessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCycleAssessmentRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParAssessmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toScore"}},{"kind":"Field","name":{"kind":"Name","value":"scored"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCycleAssessmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParAssessmentRow"}},{"kind":"Field","name":{"kind":"Name","value":"closedByDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDue"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDue"}}]}}]} as unknown as DocumentNode<ParCycleAssessmentsQuery, ParCycleAssessmentsQueryVariables>;
export const ParCycleAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParCycleAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCycleAssessmentRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParAssessmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toScore"}},{"kind":"Field","name":{"kind":"Name","value":"scored"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCycleAssessmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParAssessmentRow"}},{"kind":"Field","name":{"kind":"Name","value":"closedByDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDue"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDue"}}]}}]} as unknown as DocumentNode<ParCycleAssessmentQuery, ParCycleAssessmentQueryVariables>;
export const ParCycleStatusesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParCycleStatuses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statusCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<ParCycleStatusesQuery, ParCycleStatusesQueryVariables>;
export const ParCouncilCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParCouncilCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parCouncilCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCouncilMemberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCouncilMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCouncilMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<ParCouncilCandidatesQuery, ParCouncilCandidatesQueryVariables>;
export const SetParCouncilDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetParCouncil"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetParCouncilInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setParCouncil"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCycleDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCycleRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDue"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkIds"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCouncilMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCouncilMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCycleDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCycleRow"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalDue"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDays"}},{"kind":"Field","name":{"kind":"Name","value":"publicationDue"}},{"kind":"Field","name":{"kind":"Name","value":"surveyHeld"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"councilUserIds"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCouncilMemberFields"}}]}}]}}]} as unknown as DocumentNode<SetParCouncilMutation, SetParCouncilMutationVariables>;
export const SetParSurveyHeldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetParSurveyHeld"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetParSurveyHeldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setParSurveyHeld"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCycleDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCycleRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDue"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkIds"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCouncilMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCouncilMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCycleDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCycleRow"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalDue"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDays"}},{"kind":"Field","name":{"kind":"Name","value":"publicationDue"}},{"kind":"Field","name":{"kind":"Name","value":"surveyHeld"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"councilUserIds"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCouncilMemberFields"}}]}}]}}]} as unknown as DocumentNode<SetParSurveyHeldMutation, SetParSurveyHeldMutationVariables>;
export const ExtendParDeadlineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExtendParDeadline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExtendParDeadlineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendParDeadline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCycleAssessmentRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParAssessmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toScore"}},{"kind":"Field","name":{"kind":"Name","value":"scored"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCycleAssessmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParAssessmentRow"}},{"kind":"Field","name":{"kind":"Name","value":"closedByDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDue"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDue"}}]}}]} as unknown as DocumentNode<ExtendParDeadlineMutation, ExtendParDeadlineMutationVariables>;
export const ReopenParAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenParAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenParAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenParAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCycleAssessmentRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParAssessmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toScore"}},{"kind":"Field","name":{"kind":"Name","value":"scored"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCycleAssessmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParAssessmentRow"}},{"kind":"Field","name":{"kind":"Name","value":"closedByDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDue"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDue"}}]}}]} as unknown as DocumentNode<ReopenParAssessmentMutation, ReopenParAssessmentMutationVariables>;
export const PublishParCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishParCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishParCycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishParCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCycleDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCycleRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentDue"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkIds"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCouncilMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCouncilMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCycleDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCycleRow"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalDue"}},{"kind":"Field","name":{"kind":"Name","value":"explanationDays"}},{"kind":"Field","name":{"kind":"Name","value":"publicationDue"}},{"kind":"Field","name":{"kind":"Name","value":"surveyHeld"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"councilUserIds"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCouncilMemberFields"}}]}}]}}]} as unknown as DocumentNode<PublishParCycleMutation, PublishParCycleMutationVariables>;
export const AddParEvidenceLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddParEvidenceLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddParEvidenceLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addParEvidenceLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParEvidenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParEvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParEvidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AddParEvidenceLinkMutation, AddParEvidenceLinkMutationVariables>;
export const AddParEvidenceRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddParEvidenceRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddParEvidenceRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addParEvidenceRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParEvidenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParEvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParEvidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AddParEvidenceRecordMutation, AddParEvidenceRecordMutationVariables>;
export const RemoveParEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveParEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeParEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveParEvidenceMutation, RemoveParEvidenceMutationVariables>;
export const ParEvidenceCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParEvidenceCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assessmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ParEvidenceRecordType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parEvidenceCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assessmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assessmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"recordType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordType"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<ParEvidenceCandidatesQuery, ParEvidenceCandidatesQueryVariables>;
export const ParFrameworksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParFrameworks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ParFrameworkFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parFrameworks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParFrameworkRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParFrameworkRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParFramework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isSample"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"copiedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ParFrameworksQuery, ParFrameworksQueryVariables>;
export const ParFrameworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParFramework"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parFramework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParFrameworkDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParFrameworkRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParFramework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isSample"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"copiedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCriterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"dataRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCode"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParFrameworkDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParFramework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParFrameworkRow"}},{"kind":"Field","name":{"kind":"Name","value":"scoredMaximum"}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"minIndex"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCriterionFields"}}]}}]}}]} as unknown as DocumentNode<ParFrameworkQuery, ParFrameworkQueryVariables>;
export const CreateParFrameworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateParFramework"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateParFrameworkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createParFramework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParFrameworkRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParFrameworkRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParFramework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isSample"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"copiedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateParFrameworkMutation, CreateParFrameworkMutationVariables>;
export const UpdateParFrameworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateParFramework"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateParFrameworkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateParFramework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParFrameworkDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParFrameworkRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParFramework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isSample"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"copiedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCriterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"dataRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCode"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParFrameworkDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParFramework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParFrameworkRow"}},{"kind":"Field","name":{"kind":"Name","value":"scoredMaximum"}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"minIndex"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCriterionFields"}}]}}]}}]} as unknown as DocumentNode<UpdateParFrameworkMutation, UpdateParFrameworkMutationVariables>;
export const CopyParFrameworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CopyParFramework"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CopyParFrameworkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"copyParFramework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParFrameworkRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParFrameworkRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParFramework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isSample"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"copiedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CopyParFrameworkMutation, CopyParFrameworkMutationVariables>;
export const LockParFrameworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LockParFramework"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LockParFrameworkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lockParFramework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParFrameworkDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParFrameworkRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParFramework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isSample"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"copiedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCriterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"dataRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCode"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParFrameworkDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParFramework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParFrameworkRow"}},{"kind":"Field","name":{"kind":"Name","value":"scoredMaximum"}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"minIndex"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCriterionFields"}}]}}]}}]} as unknown as DocumentNode<LockParFrameworkMutation, LockParFrameworkMutationVariables>;
export const DeleteParFrameworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteParFramework"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteParFramework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteParFrameworkMutation, DeleteParFrameworkMutationVariables>;
export const CreateParCriterionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateParCriterion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateParCriterionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createParCriterion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCriterionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCriterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"dataRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCode"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateParCriterionMutation, CreateParCriterionMutationVariables>;
export const UpdateParCriterionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateParCriterion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateParCriterionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateParCriterion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCriterionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCriterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"dataRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCode"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateParCriterionMutation, UpdateParCriterionMutationVariables>;
export const DeleteParCriterionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteParCriterion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteParCriterion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteParCriterionMutation, DeleteParCriterionMutationVariables>;
export const ParFrameworkTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParFrameworkTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parFrameworkTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ParFrameworkTemplateQuery, ParFrameworkTemplateQueryVariables>;
export const ExportParFrameworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportParFramework"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportParFramework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ExportParFrameworkQuery, ExportParFrameworkQueryVariables>;
export const ImportParFrameworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportParFramework"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportParFrameworkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importParFramework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParFrameworkRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParFrameworkRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParFramework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isSample"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"copiedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ImportParFrameworkMutation, ImportParFrameworkMutationVariables>;
export const ParNationalAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParNationalAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParNationalAssessment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCriterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"dataRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCode"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParNationalAssessment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCriterionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalReason"}},{"kind":"Field","name":{"kind":"Name","value":"reappraisedPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ParNationalAssessmentQuery, ParNationalAssessmentQueryVariables>;
export const AssignParResponsibilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignParResponsibilities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignParResponsibilitiesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignParResponsibilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParNationalAssessment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCriterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"dataRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCode"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParNationalAssessment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCriterionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalReason"}},{"kind":"Field","name":{"kind":"Name","value":"reappraisedPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AssignParResponsibilitiesMutation, AssignParResponsibilitiesMutationVariables>;
export const RecordParNationalAppraisalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordParNationalAppraisal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordParNationalAppraisalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordParNationalAppraisal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParNationalAssessment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCriterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"dataRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCode"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParNationalAssessment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCriterionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalReason"}},{"kind":"Field","name":{"kind":"Name","value":"reappraisedPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RecordParNationalAppraisalMutation, RecordParNationalAppraisalMutationVariables>;
export const CreateParImprovementTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateParImprovementTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateParImprovementTasksInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createParImprovementTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<CreateParImprovementTasksMutation, CreateParImprovementTasksMutationVariables>;
export const ParNationalReportDocxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParNationalReportDocx"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assessmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parNationalReportDocx"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assessmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assessmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ParNationalReportDocxQuery, ParNationalReportDocxQueryVariables>;
export const ParNationalTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParNationalTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assessmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parNationalTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assessmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assessmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ParNationalTemplateQuery, ParNationalTemplateQueryVariables>;
export const ImportParNationalPointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportParNationalPoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportParNationalPointsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importParNationalPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParNationalAssessment"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParCriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParCriterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"dataRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCode"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParNationalAssessment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParCriterionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalReason"}},{"kind":"Field","name":{"kind":"Name","value":"reappraisedPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ImportParNationalPointsMutation, ImportParNationalPointsMutationVariables>;
export const ParRankingCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParRankingCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<ParRankingCycleQuery, ParRankingCycleQueryVariables>;
export const ParRankingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParRanking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetGroup"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ParTargetGroup"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"targetGroup"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetGroup"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParRankingRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParRankingRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParRankingRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"bonus"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"band"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"minIndex"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"index"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousIndex"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"finalised"}}]}}]} as unknown as DocumentNode<ParRankingQuery, ParRankingQueryVariables>;
export const ParRankingXlsxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParRankingXlsx"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parRankingXlsx"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ParRankingXlsxQuery, ParRankingXlsxQueryVariables>;
export const ImportPlanDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportPlanDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportPlanDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importPlanDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuerText"}},{"kind":"Field","name":{"kind":"Name","value":"results"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"}},{"kind":"Field","name":{"kind":"Name","value":"projects"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"parentCode"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"dueLabel"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"productText"}},{"kind":"Field","name":{"kind":"Name","value":"leadText"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorText"}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResolvedNameFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResolvedNameFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResolvedNameFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResolvedAgencyName"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ImportPlanDocumentMutation, ImportPlanDocumentMutationVariables>;
export const AgencyGroupOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyGroupOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgencyGroupOptionsQuery, AgencyGroupOptionsQueryVariables>;
export const PlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Plans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanRowFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parentPlanId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PlansQuery, PlansQueryVariables>;
export const PlanOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanOptionsQuery, PlanOptionsQueryVariables>;
export const PlanOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"signerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parentPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueLabel"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"doneLate"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parentPlanId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PlanOverviewQuery, PlanOverviewQueryVariables>;
export const PlanStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"areas"},"name":{"kind":"Name","value":"taskStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"AREA"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskStatsFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"leads"},"name":{"kind":"Name","value":"taskStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"LEAD_AGENCY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskStatsFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"leadsOnTime"},"name":{"kind":"Name","value":"taskStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"LEAD_AGENCY"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskStatsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskStatsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskStatsRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"notStarted"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"averageProgress"}}]}}]} as unknown as DocumentNode<PlanStatsQuery, PlanStatsQueryVariables>;
export const CopyPlanToYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CopyPlanToYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"copyPlanToYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parentPlanId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CopyPlanToYearMutation, CopyPlanToYearMutationVariables>;
export const DeriveAgencyPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeriveAgencyPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deriveAgencyPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parentPlanId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DeriveAgencyPlanMutation, DeriveAgencyPlanMutationVariables>;
export const MyAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyAgencyQuery, MyAgencyQueryVariables>;
export const ExportPlanXlsxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportPlanXlsx"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportPlanXlsx"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ExportPlanXlsxQuery, ExportPlanXlsxQueryVariables>;
export const ProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ProfileQuery, ProfileQueryVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUserFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const MyAgencyReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAgencyReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyReportSummary"}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyReportSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MyAgencyReportsQuery, MyAgencyReportsQueryVariables>;
export const AgencyReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyReportSummary"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"dataFrom"}},{"kind":"Field","name":{"kind":"Name","value":"dataTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"narrative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportNarrativeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportDataFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"actorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyReportSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportNarrativeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportNarrative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"nextTasks"}},{"kind":"Field","name":{"kind":"Name","value":"proposals"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportDataFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportData"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneLate"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"notStarted"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportedCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]} as unknown as DocumentNode<AgencyReportQuery, AgencyReportQueryVariables>;
export const DeleteReportAttachmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteReportAttachment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteReportAttachment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteReportAttachmentMutation, DeleteReportAttachmentMutationVariables>;
export const UpdateAgencyReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAgencyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAgencyReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgencyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyReportSummary"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportNarrativeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyReportSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportNarrativeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportNarrative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"nextTasks"}},{"kind":"Field","name":{"kind":"Name","value":"proposals"}}]}}]} as unknown as DocumentNode<UpdateAgencyReportMutation, UpdateAgencyReportMutationVariables>;
export const SubmitAgencyReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitAgencyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitAgencyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyReportSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyReportSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SubmitAgencyReportMutation, SubmitAgencyReportMutationVariables>;
export const ReviewAgencyReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewAgencyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewAgencyReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewAgencyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyReportSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyReportSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ReviewAgencyReportMutation, ReviewAgencyReportMutationVariables>;
export const ReopenAgencyReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenAgencyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenAgencyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyReportSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyReportSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ReopenAgencyReportMutation, ReopenAgencyReportMutationVariables>;
export const ExportAgencyReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportAgencyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFileFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportAgencyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ExportAgencyReportQuery, ExportAgencyReportQueryVariables>;
export const ConsolidatedReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolidatedReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consolidatedReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolidatedReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportNarrativeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportNarrative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"nextTasks"}},{"kind":"Field","name":{"kind":"Name","value":"proposals"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportDataFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportData"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneLate"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"notStarted"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportedCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportCompleteness"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolidatedReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsolidatedReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportNarrativeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportDataFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCounts"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}}]}}]}}]} as unknown as DocumentNode<ConsolidatedReportQuery, ConsolidatedReportQueryVariables>;
export const GenerateConsolidatedReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateConsolidatedReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"redraw"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateConsolidatedReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"redraw"},"value":{"kind":"Variable","name":{"kind":"Name","value":"redraw"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolidatedReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportNarrativeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportNarrative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"nextTasks"}},{"kind":"Field","name":{"kind":"Name","value":"proposals"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportDataFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportData"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneLate"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"notStarted"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportedCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportCompleteness"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolidatedReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsolidatedReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportNarrativeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportDataFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCounts"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}}]}}]}}]} as unknown as DocumentNode<GenerateConsolidatedReportMutation, GenerateConsolidatedReportMutationVariables>;
export const UpdateConsolidatedReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateConsolidatedReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateConsolidatedReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateConsolidatedReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportNarrativeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportNarrativeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportNarrative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"nextTasks"}},{"kind":"Field","name":{"kind":"Name","value":"proposals"}}]}}]} as unknown as DocumentNode<UpdateConsolidatedReportMutation, UpdateConsolidatedReportMutationVariables>;
export const FinaliseConsolidatedReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinaliseConsolidatedReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finaliseConsolidatedReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolidatedReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportNarrativeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportNarrative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"nextTasks"}},{"kind":"Field","name":{"kind":"Name","value":"proposals"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportDataFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportData"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneLate"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"notStarted"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportedCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportCompleteness"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolidatedReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsolidatedReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportNarrativeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportDataFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCounts"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}}]}}]}}]} as unknown as DocumentNode<FinaliseConsolidatedReportMutation, FinaliseConsolidatedReportMutationVariables>;
export const ExportConsolidatedReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportConsolidatedReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFileFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportConsolidatedReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ExportConsolidatedReportQuery, ExportConsolidatedReportQueryVariables>;
export const ReportingCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingPeriods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"dataFrom"}},{"kind":"Field","name":{"kind":"Name","value":"dataTo"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueProvince"}},{"kind":"Field","name":{"kind":"Name","value":"dueDistrict"}},{"kind":"Field","name":{"kind":"Name","value":"dueCommune"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportingRounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportingRoundFields"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCounts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dataFrom"}},{"kind":"Field","name":{"kind":"Name","value":"dataTo"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueProvince"}},{"kind":"Field","name":{"kind":"Name","value":"dueDistrict"}},{"kind":"Field","name":{"kind":"Name","value":"dueCommune"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportCompleteness"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}}]} as unknown as DocumentNode<ReportingCalendarQuery, ReportingCalendarQueryVariables>;
export const LatestRoundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LatestRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}}]}}]} as unknown as DocumentNode<LatestRoundsQuery, LatestRoundsQueryVariables>;
export const ReportingRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportingRoundFields"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCounts"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dataFrom"}},{"kind":"Field","name":{"kind":"Name","value":"dataTo"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueProvince"}},{"kind":"Field","name":{"kind":"Name","value":"dueDistrict"}},{"kind":"Field","name":{"kind":"Name","value":"dueCommune"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportCompleteness"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}}]} as unknown as DocumentNode<ReportingRoundQuery, ReportingRoundQueryVariables>;
export const OpenReportingRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenReportingRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenReportingRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openReportingRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportingRoundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dataFrom"}},{"kind":"Field","name":{"kind":"Name","value":"dataTo"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueProvince"}},{"kind":"Field","name":{"kind":"Name","value":"dueDistrict"}},{"kind":"Field","name":{"kind":"Name","value":"dueCommune"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<OpenReportingRoundMutation, OpenReportingRoundMutationVariables>;
export const SurveyOnlineFormTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyOnlineFormTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"survey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provinceId"}}]}}]}}]} as unknown as DocumentNode<SurveyOnlineFormTargetQuery, SurveyOnlineFormTargetQueryVariables>;
export const SurveyTrendsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyTrends"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyTrendsFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyTrends"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromYear"}},{"kind":"Field","name":{"kind":"Name","value":"toYear"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"surveys"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"satisfied"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]}}]}}]} as unknown as DocumentNode<SurveyTrendsQuery, SurveyTrendsQueryVariables>;
export const SurveysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Surveys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isSample"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedLevels"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SurveysQuery, SurveysQueryVariables>;
export const SurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Survey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"survey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isSample"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedLevels"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyRow"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"aspectCode"}},{"kind":"Field","name":{"kind":"Name","value":"aspectTitle"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<SurveyQuery, SurveyQueryVariables>;
export const SurveyResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"surveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedLevels"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aspects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aspectCode"}},{"kind":"Field","name":{"kind":"Name","value":"aspectTitle"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"noAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"satisfied"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"aspectCode"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"noAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"satisfied"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"satisfied"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveySatisfactionFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counts"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"noAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"satisfied"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]} as unknown as DocumentNode<SurveyResultsQuery, SurveyResultsQueryVariables>;
export const SurveyResultsTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyResultsTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shape"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyImportShape"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyResultsTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"surveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"shape"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shape"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<SurveyResultsTemplateQuery, SurveyResultsTemplateQueryVariables>;
export const ImportSurveyResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportSurveyResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportSurveyResultsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importSurveyResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportSurveyResultsMutation, ImportSurveyResultsMutationVariables>;
export const CreateSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSurveyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isSample"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedLevels"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyRow"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"aspectCode"}},{"kind":"Field","name":{"kind":"Name","value":"aspectTitle"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<CreateSurveyMutation, CreateSurveyMutationVariables>;
export const UpdateSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSurveyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isSample"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedLevels"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyRow"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"aspectCode"}},{"kind":"Field","name":{"kind":"Name","value":"aspectTitle"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<UpdateSurveyMutation, UpdateSurveyMutationVariables>;
export const TasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskRowFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanItemAgency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"sourceText"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueLabel"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"doneLate"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFields"}}]}}]}}]} as unknown as DocumentNode<TasksQuery, TasksQueryVariables>;
export const MyTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskRowFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanItemAgency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"sourceText"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueLabel"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"doneLate"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFields"}}]}}]}}]} as unknown as DocumentNode<MyTasksQuery, MyTasksQueryVariables>;
export const MyTaskCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTaskCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dueFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dueTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"lead"},"name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"leadAgencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"coordinating"},"name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"coordinatingAgencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"dueThisQuarter"},"name":{"kind":"Name","value":"myTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dueFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dueFrom"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"dueTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dueTo"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<MyTaskCountsQuery, MyTaskCountsQueryVariables>;
export const TaskDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"productText"}},{"kind":"Field","name":{"kind":"Name","value":"productType"}},{"kind":"Field","name":{"kind":"Name","value":"fundingText"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceDate"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLink"}},{"kind":"Field","name":{"kind":"Name","value":"sourceItemId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DetailAssignmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DetailAssignmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskUpdateFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanItemAgency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"sourceText"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueLabel"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"doneLate"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DetailAssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanItemAgency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFields"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberIds"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskUpdateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceDate"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLink"}}]}}]} as unknown as DocumentNode<TaskDetailQuery, TaskDetailQueryVariables>;
export const PostTaskUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostTaskUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostTaskUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postTaskUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskUpdateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskUpdateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceDate"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLink"}}]}}]} as unknown as DocumentNode<PostTaskUpdateMutation, PostTaskUpdateMutationVariables>;
export const ExportTasksXlsxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportTasksXlsx"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportTasksXlsx"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ExportTasksXlsxQuery, ExportTasksXlsxQueryVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRowFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const DeactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const ReactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ReactivateUserMutation, ReactivateUserMutationVariables>;
export const ResetUserPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetUserPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetUserPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;
export const UserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"User"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UserQuery, UserQueryVariables>;