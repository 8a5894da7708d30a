/** What the outbox needs of a Prisma client or of a Prisma interactive transaction. */
export interface SqlClient {
  $executeRawUnsafe(query: string, ...values: unknown[]): PromiseLike<number>;
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): PromiseLike<T>;
}

/** A Prisma client: runs a function in one interactive transaction. */
export interface TransactionRunner<Tx extends SqlClient> {
  $transaction<R>(fn: (tx: Tx) => Promise<R>): Promise<R>;
}

/** Postgres notification channel the relay listens on; the outbox writer notifies it on commit. */
export const outboxChannel = 'seva_outbox';
