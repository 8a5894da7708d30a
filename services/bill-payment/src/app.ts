import { fileURLToPath } from 'node:url';
import type { ServiceSpec } from '@seva/service-kit';
import type { Config } from './config.js';
import { createDatabaseClient, type Db } from './db.js';

export const billPaymentService: ServiceSpec<Config, Db> = {
  name: 'bill-payment',
  migrationsDir: fileURLToPath(new URL('../prisma/migrations', import.meta.url)),
  createDatabaseClient,
  outbox: true,
};
