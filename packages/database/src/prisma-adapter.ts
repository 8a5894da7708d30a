import { PrismaPg } from '@prisma/adapter-pg';

/** Driver adapter for a generated Prisma client: queries go through `pg`, so no engine binary is needed. */
export const prismaAdapter = (url: string, maxConnections = 10): PrismaPg =>
  new PrismaPg({ connectionString: url, max: maxConnections });
