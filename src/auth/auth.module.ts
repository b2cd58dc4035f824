import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApiKeyRegistry } from './api-key-registry';
import { AuthGuard } from './auth.guard';

@Module({
  providers: [ApiKeyRegistry, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [ApiKeyRegistry],
})
export class AuthModule {}
