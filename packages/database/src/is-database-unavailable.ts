/** Socket errors of a connection to the server that could not be made or was cut. */
const socketCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/**
 * SQLSTATEs of a server that is shutting down, starting up or out of connections: class 08 (connection
 * exception) is matched by its prefix.
 */
const serverStates = new Set(['57P01', '57P02', '57P03', '53300']);

/** Prisma's codes for a server it cannot reach or that went away, and for a pool with no connection to give. */
const prismaCodes = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);

/** Kinds of Prisma driver-adapter errors that say the same (the adapter's own classification of pg's errors). */
const adapterKinds = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
]);

/** pg reports a connection lost mid-query without a code, by these messages. */
const lostConnection =
  /^(Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect)/;

interface ErrorFields {
  readonly code?: unknown;
  readonly kind?: unknown;
  readonly originalCode?: unknown;
  readonly message?: unknown;
  readonly cause?: unknown;
  readonly errors?: unknown;
  readonly meta?: { readonly driverAdapterError?: unknown };
}

/**
 * Whether an error means the database cannot serve at the moment (down, restarting, unreachable, out of
 * connections), not that the statement or its data is wrong: the same work succeeds once the server is back.
 * Reads pg's errors, Node's socket errors and Prisma's (with the driver adapter's cause), through `cause`
 * chains and AggregateError.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return saysUnavailable(error, 0);
}

// The depth is not a parameter of the exported function: callbacks such as `every` pass an index there.
function saysUnavailable(error: unknown, depth: number): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const fields = error as ErrorFields;
  const code = typeof fields.code === 'string' ? fields.code : undefined;
  const sqlState = typeof fields.originalCode === 'string' ? fields.originalCode : code;
  if (code && (socketCodes.has(code) || prismaCodes.has(code))) return true;
  if (sqlState && (sqlState.startsWith('08') || serverStates.has(sqlState))) return true;
  if (typeof fields.kind === 'string' && adapterKinds.has(fields.kind)) return true;
  if (typeof fields.message === 'string' && lostConnection.test(fields.message)) return true;
  const inner = [
    fields.cause,
    fields.meta?.driverAdapterError,
    ...(Array.isArray(fields.errors) ? fields.errors : []),
  ];
  return inner.some((next) => saysUnavailable(next, depth + 1));
}
