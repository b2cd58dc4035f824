import { Global, Module } from '@nestjs/common';
import { AppConfig } from './app-config';
import { loadConfig, Env } from './load-config';

/** The environment the configuration is read from; tests replace it to start an app with their own settings. */
export const CONFIG_ENV = Symbol('CONFIG_ENV');

@Global()
@Module({
  providers: [
    { provide: CONFIG_ENV, useValue: process.env },
    { provide: AppConfig, inject: [CONFIG_ENV], useFactory: (env: Env) => loadConfig(env) },
  ],
  exports: [AppConfig],
})
export class ConfigModule {}
