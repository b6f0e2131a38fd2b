import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_CONFIG } from './app-config.token';
import type { AppConfig } from './config.schema';

/** Provides the configuration an app booted with to every module, under APP_CONFIG. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
