import { loadConfig, type Static, serviceConfig, Type } from '@seva/service-kit';

export const configSchema = serviceConfig(
  { port: 3001, database: 'seva_conversation' },
  {
    /**
     * Partitions served at once; within one, up to a hundred records of different citizens at a time. Each
     * citizen's messages are always handled one after another.
     */
    CONSUMER_CONCURRENCY: Type.Integer({ default: 12, minimum: 1, maximum: 100 }),
    /**
     * Fault injection for crash tests and load runs: the process kills itself (as kill -9 would) while
     * handling a message whose text or tapped option id equals this, after computing the turn and before
     * committing it. Never set in production.
     */
    FAULT_CRASH_ON_INPUT: Type.Optional(Type.String({ minLength: 1 })),
  },
);
export type Config = Static<typeof configSchema>;

export const loadConversationConfig = (env: NodeJS.ProcessEnv = process.env): Config =>
  loadConfig(configSchema, env);
