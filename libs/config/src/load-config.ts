import { ConfigError } from './config.error';
import { type AppConfig, configSchema } from './config.schema';

/**
 * The one place the environment is read. Apps call it once at boot with `process.env` and pass the
 * frozen result on; a bad value stops the boot with every problem named at once.
 */
export function loadConfig(env: NodeJS.ProcessEnv): AppConfig {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`),
    );
  }
  return Object.freeze(result.data);
}
