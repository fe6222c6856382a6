import { resolve } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

// One codegen for the repo, run from the workspace root (`npm run codegen`; CI: `npm run codegen:check`). The
// schema is the one the code-first API prints and commits (`npm run schema:generate`, checked in CI), so every
// operation — the SPA's and the API tests' — is validated against what the API serves and typed from it.
const schema = resolve(process.cwd(), 'apps/api/schema.graphql');

const clientConfig = {
  useTypeImports: true,
  strictScalars: true,
  defaultScalarType: 'unknown',
  scalars: { DateTime: 'string', LocalDate: 'string', JSON: 'unknown' },
  // Same string enums as the API: the SPA can pass generated values straight to hasPermission().
  enumValues: {
    Role: '@partrack/shared#Role',
    AgencyKind: '@partrack/shared#AgencyKind',
    AgencyLevel: '@partrack/shared#AgencyLevel',
    ImportFormat: '@partrack/shared#ImportFormat',
    PlanStatus: '@partrack/shared#PlanStatus',
    PlanItemKind: '@partrack/shared#PlanItemKind',
    PlanItemStatus: '@partrack/shared#PlanItemStatus',
    ProductType: '@partrack/shared#ProductType',
    IndicatorUnit: '@partrack/shared#IndicatorUnit',
    IndicatorDirection: '@partrack/shared#IndicatorDirection',
    IndicatorAggregation: '@partrack/shared#IndicatorAggregation',
    IndicatorFrequency: '@partrack/shared#IndicatorFrequency',
    IndicatorState: '@partrack/shared#IndicatorState',
    IndicatorStatus: '@partrack/shared#IndicatorStatus',
    MeasurementStatus: '@partrack/shared#MeasurementStatus',
    MeasurementDecision: '@partrack/shared#MeasurementDecision',
    ReportKind: '@partrack/shared#ReportKind',
    ReportRoundKind: '@partrack/shared#ReportRoundKind',
    ReportStatus: '@partrack/shared#ReportStatus',
    ReportAction: '@partrack/shared#ReportAction',
    ReportDecision: '@partrack/shared#ReportDecision',
    ConsolidatedReportStatus: '@partrack/shared#ConsolidatedReportStatus',
    ParTargetGroup: '@partrack/shared#ParTargetGroup',
    ParCriterionLevel: '@partrack/shared#ParCriterionLevel',
    ParScoringMethod: '@partrack/shared#ParScoringMethod',
    ParFrameworkStatus: '@partrack/shared#ParFrameworkStatus',
    ParCycleStatus: '@partrack/shared#ParCycleStatus',
    ParAssessmentStatus: '@partrack/shared#ParAssessmentStatus',
    ParEvidenceKind: '@partrack/shared#ParEvidenceKind',
    ParEvidenceRecordType: '@partrack/shared#ParEvidenceRecordType',
    ParDeadlinePhase: '@partrack/shared#ParDeadlinePhase',
    ParDataSource: '@partrack/shared#ParDataSource',
    ParProvisionalSource: '@partrack/shared#ParProvisionalSource',
    SurveyScope: '@partrack/shared#SurveyScope',
    SurveySector: '@partrack/shared#SurveySector',
    SurveyStatus: '@partrack/shared#SurveyStatus',
    SurveyImportShape: '@partrack/shared#SurveyImportShape',
    InspectionPlanStatus: '@partrack/shared#InspectionPlanStatus',
    InspectionStatus: '@partrack/shared#InspectionStatus',
    InspectionReasonCode: '@partrack/shared#InspectionReasonCode',
    InspectionFindingSeverity: '@partrack/shared#InspectionFindingSeverity',
    InspectionFindingStatus: '@partrack/shared#InspectionFindingStatus',
    InspectionChecklistResult: '@partrack/shared#InspectionChecklistResult',
  },
  // Result fields always present (null, not missing); nullable variables and input fields may be omitted.
  avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
  nonOptionalTypename: false,
  skipTypename: false,
};

const config: CodegenConfig = {
  schema,
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      documents: ['apps/web/src/features/**/graphql/*.ts'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: clientConfig,
    },
    // The API tests' documents, written with `graphql(\`…\`)` from apps/api/test/gql: typed results and
    // variables instead of hand-typed ones. Untyped string queries remain for the cases a test must send raw.
    'apps/api/test/gql/': {
      documents: ['apps/api/test/**/*.ts', '!apps/api/test/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: clientConfig,
    },
  },
};

export default config;
