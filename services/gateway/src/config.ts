import { loadConfig, type Static, serviceConfig } from '@seva/service-kit';

export const configSchema = serviceConfig({ port: 3000, database: 'seva_gateway' }, {});
export type Config = Static<typeof configSchema>;

export const loadGatewayConfig = (env: NodeJS.ProcessEnv = process.env): Config =>
  loadConfig(configSchema, env);
