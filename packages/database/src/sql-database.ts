import { createHash } from 'node:crypto';
import pg from 'pg';

export type Pool = pg.Pool;

export interface PoolSettings {
  readonly maxConnections?: number;
  /**
   * Commit without waiting for the WAL to reach the disk. A crash of Postgres may then forget the last
   * fraction of a second of commits (it never corrupts anything), so only writes that can be lost safely
   * belong on such a pool.
   */
  readonly asynchronousCommit?: boolean;
  /** Told of an idle connection the server closed (a restart, a failover); the pool opens another when needed. */
  readonly onConnectionLost?: (error: Error) => void;
}

/**
 * One pool per service database, shared by its Prisma client and its plain SQL. An idle connection that the
 * server closes makes pg's pool emit 'error', which ends the process when nobody listens: every pool listens.
 */
export function createPool(url: string, settings: PoolSettings = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: settings.maxConnections ?? 10,
    ...(settings.asynchronousCommit ? { options: '-c synchronous_commit=off' } : {}),
  });
  pool.on('error', (error) => settings.onConnectionLost?.(error));
  return pool;
}

/** Beyond this many statement texts a process sends the rest unprepared, so odd texts cannot fill the cache. */
const maxPreparedTexts = 500;
const preparedNames = new Map<string, string>();

/**
 * A name under which each connection prepares the statement once. Parsing and planning a statement of a few
 * CTEs costs Postgres several times what executing it does (0.46–0.53 ms against 0.07–0.12 ms per call,
 * measured here), and the hot paths send the same few texts again and again.
 */
function preparedName(text: string): string | undefined {
  let name = preparedNames.get(text);
  if (name === undefined && preparedNames.size < maxPreparedTexts) {
    name = `seva_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    preparedNames.set(text, name);
  }
  return name;
}

function statement(text: string, values: unknown[]): pg.QueryConfig {
  const name = preparedName(text);
  return name === undefined ? { text, values } : { name, text, values };
}

/**
 * Plain SQL over `pg`, with the raw-query methods of a Prisma client (same names, same results for the types
 * the services use), so code written against them runs on either. The hot paths use it: a Prisma interactive
 * transaction of three statements costs about four times the CPU of the same statements sent by `pg`.
 */
export class SqlRunner {
  constructor(private readonly target: pg.Pool | pg.PoolClient) {}

  /** Runs a statement and returns how many rows it touched. */
  async $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number> {
    const result = await this.target.query(statement(query, values));
    return result.rowCount ?? 0;
  }

  /** Runs a query and returns its rows; `bigint` and `numeric` columns come back as strings. */
  async $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T> {
    const result = await this.target.query(statement(query, values));
    return result.rows as T;
  }
}

/** The statements of one transaction, all on its connection. */
export class SqlTransaction extends SqlRunner {}

export class SqlDatabase extends SqlRunner {
  constructor(private readonly pool: pg.Pool) {
    super(pool);
  }

  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  async $transaction<R>(fn: (tx: SqlTransaction) => Promise<R>): Promise<R> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    // The pool listens for errors of idle connections only: one the server closes between two statements of
    // the transaction would otherwise end the process. Its next statement fails, and it leaves the pool.
    const lost = (error: Error) => {
      broken = error;
    };
    client.on('error', lost);
    try {
      await client.query('begin');
      const result = await fn(new SqlTransaction(client));
      await client.query('commit');
      return result;
    } catch (error) {
      // A connection that cannot even roll back is dropped from the pool instead of being handed out again.
      await client.query('rollback').catch((rollbackError: Error) => {
        broken = rollbackError;
      });
      throw error;
    } finally {
      client.removeListener('error', lost);
      client.release(broken);
    }
  }
}
