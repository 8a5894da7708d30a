import { loadConfig, type Static, serviceConfig } from '@seva/service-kit';

export const configSchema = serviceConfig({ port: 3002, database: 'seva_grievance' }, {});
export type Config = Static<typeof configSchema>;

export const loadGrievanceConfig = (env: NodeJS.ProcessEnv = process.env): Config =>
  loadConfig(configSchema, env);
