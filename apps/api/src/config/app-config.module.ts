import { Global, Module } from '@nestjs/common';
import { ConfigModule, registerAs } from '@nestjs/config';
import {
  loadNotificationsConfig,
  NOTIFICATIONS_CONFIG,
  NotificationsConfig,
} from '../notifications/notifications.config';
import { APP_CONFIG, AppConfig, loadConfig } from './app-config';

/** Settings groups, each read and validated from the environment when the application is created. */
export const appSettings = registerAs('app', (): AppConfig => loadConfig());
export const notificationSettings = registerAs('notifications', (): NotificationsConfig =>
  loadNotificationsConfig(),
);

/**
 * The one configuration of the API (@nestjs/config): every group is loaded and validated at boot, so a bad
 * value stops the start with one message (main.ts checks the same loaders first to exit with code 78).
 * Services inject the typed groups by token (APP_CONFIG, NOTIFICATIONS_CONFIG) or ConfigService by key.
 * No .env file is read: the environment is the only source (docs/operations.md).
 */
@Global()
@Module({
  imports: [
    ConfigModule.forRoot({
      ignoreEnvFile: true,
      // The loaders validate when an application is created, not when this file is imported: tests set the
      // environment per application.
      load: [appSettings, notificationSettings],
    }),
  ],
  providers: [
    { provide: APP_CONFIG, inject: [appSettings.KEY], useFactory: (config: AppConfig) => config },
    {
      provide: NOTIFICATIONS_CONFIG,
      inject: [notificationSettings.KEY],
      useFactory: (config: NotificationsConfig) => config,
    },
  ],
  exports: [ConfigModule, APP_CONFIG, NOTIFICATIONS_CONFIG],
})
export class AppConfigModule {}
