import { type Pool, prismaAdapter } from '@seva/database';
import { PrismaClient } from './generated/prisma/client.js';

export type Db = PrismaClient;
export const createDatabaseClient = (pool: Pool): Db => new PrismaClient({ adapter: prismaAdapter(pool) });
