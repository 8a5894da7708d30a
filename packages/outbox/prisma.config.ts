import { defineConfig } from 'prisma/config';

// Only the test fixture service has a Prisma schema here.
export default defineConfig({
  schema: 'test/prisma/schema.prisma',
  migrations: { path: 'test/prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
});
