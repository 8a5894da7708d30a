import { fileURLToPath } from 'node:url';
import type { ServiceSpec } from '@seva/service-kit';
import type { Config } from './config.js';
import { conversationConsumers } from './consumers/conversation-handlers.js';
import { createDatabaseClient, type Db } from './db.js';

export const conversationService: ServiceSpec<Config, Db> = {
  name: 'conversation',
  migrationsDir: fileURLToPath(new URL('../prisma/migrations', import.meta.url)),
  createDatabaseClient,
  outbox: true,
  consumers: (runtime) => conversationConsumers(runtime),
};
