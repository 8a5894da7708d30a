import { prismaAdapter } from '@seva/database';
import { PrismaClient } from './generated/prisma/client.js';

export type Db = PrismaClient;
export const createDatabaseClient = (url: string): Db => new PrismaClient({ adapter: prismaAdapter(url) });
