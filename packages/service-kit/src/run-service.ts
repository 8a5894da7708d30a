import { buildService, type DatabaseClient, type ServiceSpec } from './build-service.js';
import type { BaseConfig } from './config.js';
import { ConfigError } from './config.js';
import { startTelemetry } from './telemetry.js';

/**
 * The entry point of a service process: validated settings (a bad one stops the process with exit code 1
 * and names it), tracing, the service built and listening, and a graceful stop on SIGTERM or SIGINT.
 */
export async function runService<C extends BaseConfig, Db extends DatabaseClient>(
  spec: ServiceSpec<C, Db>,
  loadConfig: () => C,
): Promise<void> {
  let config: C;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${spec.name}: ${error.message}\n`);
    process.exit(1);
  }
  const telemetry = startTelemetry({
    serviceName: spec.name,
    otlpEndpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT,
  });
  let service: Awaited<ReturnType<typeof buildService<C, Db>>>;
  try {
    service = await buildService(spec, config);
    await service.app.listen({ host: config.HOST, port: config.PORT });
  } catch (error) {
    process.stderr.write(`${spec.name}: failed to start: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  }
  const { log } = service.runtime;
  log.info({ port: config.PORT }, `${spec.name} started`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, `${spec.name} stopping`);
    const force = setTimeout(() => {
      log.error('shutdown timed out; exiting');
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_MS);
    force.unref();
    await service.close();
    await telemetry.shutdown().catch(() => undefined);
    log.info(`${spec.name} stopped`);
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}
