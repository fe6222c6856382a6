import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { UsersModule } from '../users/users.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { AuthenticationService } from './authentication.service';
import { LoginLockoutService } from './login-lockout.service';
import { LOGIN_THROTTLER, LoginThrottlerGuard } from './login-throttler.guard';
import { PgThrottlerStorage } from './pg-throttler-storage';
import { ApiKeyStrategy } from './strategies/api-key.strategy';
import { JwtStrategy } from './strategies/jwt.strategy';
import { TokenService } from './token.service';

@Module({
  imports: [
    JwtModule.register({}),
    UsersModule,
    // Only the login mutation uses it (@UseGuards(LoginThrottlerGuard)); counts live in Postgres.
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, DataSource],
      useFactory: (config: AppConfig, dataSource: DataSource) => ({
        throttlers: [
          { name: LOGIN_THROTTLER, limit: config.loginIpMaxPerMinute, ttl: 60_000, blockDuration: 60_000 },
        ],
        storage: new PgThrottlerStorage(dataSource),
      }),
    }),
  ],
  providers: [
    AuthService,
    AuthenticationService,
    LoginLockoutService,
    LoginThrottlerGuard,
    TokenService,
    AuthResolver,
    // Passport strategies: the authentication middleware (http-setup.ts) runs them on every request.
    JwtStrategy,
    ApiKeyStrategy,
  ],
  exports: [AuthenticationService, TokenService, JwtStrategy, ApiKeyStrategy],
})
export class AuthModule {}
