import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

// Runs from the workspace root (see project.json). The schema the API generates wins; the hand-written draft
// keeps the SPA buildable before the API exists.
const workspaceRoot = process.cwd();
const generated = resolve(workspaceRoot, 'apps/api/schema.graphql');
const draft = resolve(workspaceRoot, 'docs/api-contract-draft.graphql');
const schema = existsSync(generated) ? generated : draft;

const config: CodegenConfig = {
  schema,
  documents: ['apps/web/src/features/**/graphql/*.ts'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
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
        },
        // Result fields always present (null, not missing); nullable variables and input fields may be omitted.
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        nonOptionalTypename: false,
        skipTypename: false,
      },
    },
  },
};

export default config;
