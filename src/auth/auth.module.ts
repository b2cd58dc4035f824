import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApiKeyRegistry } from './api-key-registry';
import { AuthGuard } from './auth.guard';
import { SessionController } from './session.controller';
import { ApiKeySessionIssuer } from './session-issuer';
import { SessionStore } from './session-store';

@Module({
  controllers: [SessionController],
  providers: [ApiKeyRegistry, SessionStore, ApiKeySessionIssuer, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [ApiKeyRegistry, SessionStore],
})
export class AuthModule {}
