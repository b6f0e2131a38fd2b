export { loadConfig } from './load-config';
export { APP_CONFIG } from './app-config.token';
export type { AppConfig, LogLevel, NodeEnv } from './config.schema';
export { ConfigError } from './config.error';
export { ServiceUnavailableError } from './service-unavailable.error';
export { serviceAddress } from './service-address';
export { bootFailureMessage } from './boot-failure-message';
export { ConfigModule } from './config.module';
export { createAppLogger } from './app-logger';
