import { defineConfig } from 'prisma/config';

// The URL is only needed by `prisma migrate` where the native engine exists; services migrate themselves at start.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/seva_conversation' },
});
