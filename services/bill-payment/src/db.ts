import { type Pool, prismaAdapter } from '@seva/database';
import { PrismaClient } from './generated/prisma/client.js';

export type Db = PrismaClient;
/** The client inside an interactive transaction. */
export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];
export const createDatabaseClient = (pool: Pool): Db => new PrismaClient({ adapter: prismaAdapter(pool) });
