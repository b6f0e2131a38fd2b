import { createSecretKey } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '@berdaya/config';
import { LoginAttemptEntity } from '@berdaya/db';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../users/users.module';
import { ACCESS_TOKEN_TTL_SECONDS, AccessTokensService } from './access-tokens.service';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthUsersCache } from './auth-users.cache';
import { AuthService } from './auth.service';
import { LoginAttemptsRepository } from './login-attempts.repository';
import { LoginThrottle } from './login-throttle.service';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import { RefreshTokensService } from './refresh-tokens.service';
import { RolesGuard } from './roles.guard';

@Module({
  imports: [
    UsersModule,
    TypeOrmModule.forFeature([LoginAttemptEntity]),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        // A key object, not the string: given a string, jsonwebtoken first tries to read it as a
        // public key and throws, on every token it checks.
        const key = createSecretKey(Buffer.from(config.jwtSecret));
        return {
          secretOrKeyProvider: () => key,
          signOptions: { algorithm: 'HS256', expiresIn: ACCESS_TOKEN_TTL_SECONDS },
          verifyOptions: { algorithms: ['HS256'] },
        };
      },
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    AccessTokensService,
    AuthUsersCache,
    RefreshTokensService,
    RefreshTokensRepository,
    LoginThrottle,
    LoginAttemptsRepository,
    // In this order: RolesGuard reads the user AuthGuard puts on the request.
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
})
export class AuthModule {}
