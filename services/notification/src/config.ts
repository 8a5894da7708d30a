import { loadConfig, type Static, serviceConfig } from '@seva/service-kit';

export const configSchema = serviceConfig({ port: 3004, database: 'seva_notification' }, {});
export type Config = Static<typeof configSchema>;

export const loadNotificationConfig = (env: NodeJS.ProcessEnv = process.env): Config =>
  loadConfig(configSchema, env);
