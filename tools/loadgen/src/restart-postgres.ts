import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const localHosts = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/**
 * Restarts the Postgres cluster of this machine that listens on the port of `serverUrl`, with a fast stop:
 * every open connection is cut at once, as when the server crashes or fails over. Stops and starts it as two
 * steps, so the moment the server was gone is known: a session running until the stop's end is served. Finds
 * the cluster with Debian's cluster tools (pg_lsclusters, pg_ctlcluster); returns what it ran and that moment.
 */
export async function restartPostgres(serverUrl: string): Promise<{ command: string; downAt: number }> {
  const url = new URL(serverUrl);
  if (!localHosts.has(url.hostname))
    throw new Error(
      `Postgres at ${url.hostname} is not on this machine; only a local server can be restarted`,
    );
  const port = url.port || '5432';
  const { stdout } = await run('pg_lsclusters', ['--no-header']).catch((error: Error) => {
    throw new Error(`pg_lsclusters failed (Debian's postgresql-common is needed): ${error.message}`);
  });
  // Columns: version, cluster, port, status, owner, data directory, log file.
  const cluster = stdout
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .find((fields) => fields[2] === port && fields[3]?.startsWith('online'));
  if (!cluster) throw new Error(`pg_lsclusters lists no online cluster on port ${port}`);
  const [version, name] = [cluster[0]!, cluster[1]!];
  // pg_ctlcluster waits for the shutdown to complete before it exits.
  await runToExit('pg_ctlcluster', [version, name, 'stop', '-m', 'fast'], 120_000);
  const downAt = Date.now();
  await runToExit('pg_ctlcluster', [version, name, 'start'], 120_000);
  return { command: `pg_ctlcluster ${version} ${name} stop -m fast, then start`, downAt };
}

/**
 * Waits for the command to exit, not for its output to close: the server it starts keeps any pipe it was
 * given open for as long as it runs. The server's own log has what it says.
 */
function runToExit(command: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'ignore', timeout: timeoutMs });
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} ended with ${signal ?? `exit code ${code}`}`)),
    );
  });
}
