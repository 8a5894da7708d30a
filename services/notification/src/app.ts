import { fileURLToPath } from 'node:url';
import type { ServiceSpec } from '@seva/service-kit';
import type { Config } from './config.js';
import { notificationConsumers } from './consumers/notification-handlers.js';
import { createDatabaseClient, type Db } from './db.js';

export const notificationService: ServiceSpec<Config, Db> = {
  name: 'notification',
  migrationsDir: fileURLToPath(new URL('../prisma/migrations', import.meta.url)),
  createDatabaseClient,
  outbox: true,
  consumers: notificationConsumers,
};
