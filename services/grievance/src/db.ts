import { type Pool, prismaAdapter } from '@seva/database';
import { type Prisma, PrismaClient } from './generated/prisma/client.js';

export type Db = PrismaClient;
export type Tx = Prisma.TransactionClient;
export const createDatabaseClient = (pool: Pool): Db => new PrismaClient({ adapter: prismaAdapter(pool) });

/** Loads a complaint with its history in the order it happened (ids grow with every entry). */
export const withHistory = { history: { orderBy: { id: 'asc' } } } as const satisfies Prisma.ComplaintInclude;
export type ComplaintWithHistory = Prisma.ComplaintGetPayload<{ include: typeof withHistory }>;
