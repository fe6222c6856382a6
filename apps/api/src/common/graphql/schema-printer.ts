import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { AgenciesResolver } from '../../agencies/agencies.resolver';
import { AgencyGroupsResolver } from '../../agencies/agency-groups.resolver';
import { AgencyImportResolver } from '../../agencies/import/agency-import.resolver';
import { ApiKeysResolver } from '../../api-keys/api-keys.resolver';
import { AuditResolver } from '../../audit/audit.resolver';
import { AuthResolver } from '../../auth/auth.resolver';
import { IndicatorsResolver, IndicatorValueResolver } from '../../indicators/indicators.resolver';
import { MeasurementsResolver } from '../../indicators/measurements.resolver';
import { NotificationAdminResolver } from '../../notifications/notification-admin.resolver';
import { NotificationsResolver } from '../../notifications/notifications.resolver';
import { PlanItemAgencyResolver, TaskUpdateResolver } from '../../plans/assignments.resolver';
import { PlanImportResolver } from '../../plans/import/plan-import.resolver';
import { PlanItemsResolver } from '../../plans/plan-items.resolver';
import { PlansResolver } from '../../plans/plans.resolver';
import { TasksResolver } from '../../plans/tasks.resolver';
import { AgencyReportsResolver } from '../../reports/agency-reports.resolver';
import { ConsolidatedReportsResolver } from '../../reports/consolidated-reports.resolver';
import { ReportingRoundsResolver } from '../../reports/reporting-rounds.resolver';
import { UsersResolver } from '../../users/users.resolver';

/**
 * Every resolver class. The schema test compares the running app's schema with the one built from this
 * list, so a resolver missing here fails the build.
 */
export const RESOLVERS = [
  AgenciesResolver,
  AgencyGroupsResolver,
  AgencyImportResolver,
  ApiKeysResolver,
  AuditResolver,
  AuthResolver,
  UsersResolver,
  PlansResolver,
  PlanItemsResolver,
  TasksResolver,
  PlanItemAgencyResolver,
  TaskUpdateResolver,
  PlanImportResolver,
  IndicatorsResolver,
  IndicatorValueResolver,
  MeasurementsResolver,
  ReportingRoundsResolver,
  AgencyReportsResolver,
  ConsolidatedReportsResolver,
  NotificationsResolver,
  NotificationAdminResolver,
];

export function printSorted(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

/** Builds the SDL without a database or HTTP server. */
export async function buildSchemaSdl(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const factory = app.get(GraphQLSchemaFactory);
  const schema = await factory.create(RESOLVERS);
  await app.close();
  return printSorted(schema);
}
