import { loadConfig, type Static, serviceConfig } from '@seva/service-kit';

export const configSchema = serviceConfig({ port: 3001, database: 'seva_conversation' }, {});
export type Config = Static<typeof configSchema>;

export const loadConversationConfig = (env: NodeJS.ProcessEnv = process.env): Config =>
  loadConfig(configSchema, env);
