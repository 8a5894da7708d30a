import { PrismaPg } from '@prisma/adapter-pg';
import type pg from 'pg';

/**
 * Driver adapter for a generated Prisma client: queries go through `pg`, so no engine binary is needed. Given
 * the service's pool, Prisma and the plain SQL share its connections; ending the pool stays with its owner.
 */
export const prismaAdapter = (pool: pg.Pool): PrismaPg => new PrismaPg(pool);
