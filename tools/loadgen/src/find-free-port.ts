import { createServer } from 'node:net';

/** Ports this process has handed out: a run's processes must each get their own. */
const handedOut = new Set<number>();

function askTheSystem(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * A loopback port nobody listens on now (the OS picks it), for a process we are about to start, and one not
 * handed out before. Once the probe closes, the OS may pick the same port for the next probe; two services
 * given one port would leave one of them failing with EADDRINUSE while the other answered its readiness check.
 */
export async function findFreePort(): Promise<number> {
  for (;;) {
    const port = await askTheSystem();
    if (handedOut.has(port)) continue;
    handedOut.add(port);
    return port;
  }
}
