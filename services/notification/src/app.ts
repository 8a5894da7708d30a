import { fileURLToPath } from 'node:url';
import type { ServiceSpec } from '@seva/service-kit';
import type { Config } from './config.js';
import { notificationConsumers } from './consumers/notification-handlers.js';
import { createDatabaseClient, type Db } from './db.js';

export const notificationService: ServiceSpec<Config, Db> = {
  name: 'notification',
  migrationsDir: fileURLToPath(new URL('../prisma/migrations', import.meta.url)),
  createDatabaseClient,
  // Its outbox carries only delivery updates, for partner departments: 100 ms later costs them nothing, and at
  // low rates the three statuses of a reply then mostly share one produce request instead of one each.
  outbox: { lingerMs: 100 },
  consumers: notificationConsumers,
  retention: (config) => [
    { table: 'outbound_message', column: 'created_at', hours: config.OUTBOUND_MESSAGE_RETENTION_HOURS },
  ],
};
