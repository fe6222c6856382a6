import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request } from 'express';
import { LoggerModule } from 'nestjs-pino';
import { AgenciesModule } from './agencies/agencies.module';
import { ApiKeysModule } from './api-keys/api-keys.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { AuthGuard } from './common/auth/auth.guard';
import { CommonModule } from './common/common.module';
import { requestIdOf } from './common/context/request-caller';
import { badInput } from './common/errors/domain-error';
import { GraphqlErrorFilter } from './common/errors/graphql-error.filter';
import { graphqlOptions } from './common/graphql/graphql-options';
import { LoaderRegistry } from './common/graphql/loader-registry';
import { toFieldProblems } from './common/validation/validation-messages';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { AppConfigModule } from './config/app-config.module';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { IndicatorsModule } from './indicators/indicators.module';
import { ReportsModule } from './reports/reports.module';
import { NotificationJobsModule } from './notifications/notification-jobs.module';
import { NotificationsModule } from './notifications/notifications.module';
import { ParIndexModule } from './par-index/par-index.module';
import { SurveysModule } from './surveys/surveys.module';
import { InspectionsModule } from './inspections/inspections.module';
import { PlansModule } from './plans/plans.module';
import { PublicModule } from './public/public.module';
import { SeedModule } from './seed/seed.module';
import { UsersModule } from './users/users.module';

@Module({
  imports: [
    AppConfigModule,
    CommonModule,
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.nodeEnv === 'test' ? 'warn' : config.logLevel,
          // The authentication middleware runs first and has already given the request its id.
          genReqId: (req) => requestIdOf(req as Request),
          redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
          autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/health') },
        },
      }),
    }),
    DatabaseModule,
    AuditModule,
    AuthModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG, LoaderRegistry],
      useFactory: graphqlOptions,
    }),
    AgenciesModule,
    UsersModule,
    ApiKeysModule,
    PlansModule,
    IndicatorsModule,
    ReportsModule,
    ParIndexModule,
    SurveysModule,
    InspectionsModule,
    NotificationsModule,
    NotificationJobsModule,
    PublicModule,
    SeedModule,
    HealthModule,
  ],
  providers: [
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_FILTER, useClass: GraphqlErrorFilter },
    {
      provide: APP_PIPE,
      useValue: new ValidationPipe({
        transform: true,
        whitelist: true,
        forbidUnknownValues: false,
        exceptionFactory: (errors) => badInput(toFieldProblems(errors)),
      }),
    },
  ],
})
export class AppModule {}
