import { ConfigError } from './config.js';

export interface RunningProcess {
  readonly log: {
    info(fields: Record<string, unknown>, message: string): void;
    error(message: string): void;
  };
  /** Stops taking work and releases everything. */
  stop(): Promise<void>;
}

/**
 * The life of a process: settings loaded (a bad one ends it with exit code 1 and a message naming it), started,
 * and stopped once on SIGTERM or SIGINT, by force after `shutdownTimeoutMs`. A start that fails ends it too.
 */
export async function runProcess<C>(
  name: string,
  loadConfig: () => C,
  start: (config: C) => Promise<RunningProcess>,
  shutdownTimeoutMs: (config: C) => number = () => 15000,
): Promise<void> {
  let config: C;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${name}: ${error.message}\n`);
    process.exit(1);
  }
  let running: RunningProcess;
  try {
    running = await start(config);
  } catch (error) {
    process.stderr.write(`${name}: failed to start: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  }
  running.log.info({}, `${name} started`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    running.log.info({ signal }, `${name} stopping`);
    setTimeout(() => {
      running.log.error('shutdown timed out; exiting');
      process.exit(1);
    }, shutdownTimeoutMs(config)).unref();
    await running.stop();
    running.log.info({}, `${name} stopped`);
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}
