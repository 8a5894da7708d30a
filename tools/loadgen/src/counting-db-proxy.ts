import { createConnection, createServer, type Server, type Socket } from 'node:net';

export interface DbCounts {
  /** Round trips: simple queries ('Q') plus extended-protocol syncs ('S'), each waits for the server. */
  readonly roundTrips: number;
  /** Statements sent through the extended protocol (Parse, 'P'). */
  readonly parses: number;
  /** Connections opened. */
  readonly connections: number;
}

/** SSLRequest and GSSENCRequest codes: sent before the startup message, without a type byte. */
const preStartupCodes = new Set([80877103, 80877104]);

/**
 * A TCP proxy in front of Postgres for one service that counts what the service's driver sends, by reading the
 * frontend protocol's message types: how many database round trips a citizen message costs. Bytes pass
 * through unchanged; only the client-to-server direction is parsed.
 */
export class CountingDbProxy {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private counts = { roundTrips: 0, parses: 0, connections: 0 };

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async start(): Promise<number> {
    const server = createServer((client) => this.relay(client));
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return (server.address() as { port: number }).port;
  }

  snapshot(): DbCounts {
    return { ...this.counts };
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private relay(client: Socket): void {
    this.counts.connections++;
    const upstream = createConnection({ host: this.targetHost, port: this.targetPort });
    this.sockets.add(client);
    this.sockets.add(upstream);
    let pending: Buffer = Buffer.alloc(0);
    let started = false;
    client.on('data', (chunk: Buffer) => {
      upstream.write(chunk);
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      // Bounded by the bytes received: each pass consumes one whole message or stops.
      while (true) {
        if (!started) {
          if (pending.length < 8) break;
          const length = pending.readInt32BE(0);
          if (pending.length < length) break;
          if (!preStartupCodes.has(pending.readInt32BE(4))) started = true;
          pending = pending.subarray(length);
          continue;
        }
        if (pending.length < 5) break;
        const length = pending.readInt32BE(1);
        if (pending.length < length + 1) break;
        const type = String.fromCharCode(pending[0]!);
        if (type === 'Q' || type === 'S') this.counts.roundTrips++;
        else if (type === 'P') this.counts.parses++;
        pending = pending.subarray(length + 1);
      }
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
    const end = () => {
      client.destroy();
      upstream.destroy();
      this.sockets.delete(client);
      this.sockets.delete(upstream);
    };
    client.on('close', end);
    upstream.on('close', end);
    client.on('error', end);
    upstream.on('error', end);
  }
}
