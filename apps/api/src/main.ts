import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { APP_CONFIG, AppConfig, ConfigError, loadConfig } from './config/app-config';
import { configureHttp } from './http-setup';
import { loadNotificationsConfig } from './notifications/notifications.config';

async function bootstrap(): Promise<void> {
  try {
    loadConfig();
    loadNotificationsConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`partrack: configuration error: ${error.message}`);
      process.exit(78);
    }
    throw error;
  }
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  const config = app.get<AppConfig>(APP_CONFIG);
  configureHttp(app, config);
  await app.listen(config.port, '0.0.0.0');
  app.get(Logger).log(`partrack API listening on http://127.0.0.1:${config.port} (GraphQL at /graphql)`);
}

void bootstrap();
