import { type Pool, prismaAdapter, type SqlTransaction } from '@seva/database';
import { PrismaClient } from './generated/prisma/client.js';

export type Db = PrismaClient;
/** The client inside a transaction: plain SQL, since every message pays for these statements. */
export type Tx = SqlTransaction;
export const createDatabaseClient = (pool: Pool): Db => new PrismaClient({ adapter: prismaAdapter(pool) });
