import { setPriority } from 'node:os';
import { buildService, type DatabaseClient, type ServiceSpec } from './build-service.js';
import type { BaseConfig } from './config.js';
import { runProcess } from './run-process.js';
import { startTelemetry } from './telemetry.js';

/**
 * Connections waiting to be accepted. Meta opens connections in bursts when answers slow down; with Node's
 * 511 the queue overflowed at 1,000 webhooks/s while the gateway waited for a core, and each dropped
 * connection attempt was retried by the client's kernel a second or more later. Linux caps it at
 * net.core.somaxconn (4096 by default since kernel 5.4).
 */
const listenBacklog = 4096;

/** The entry point of a service process: tracing, the service built and listening, a graceful stop. */
export function runService<C extends BaseConfig, Db extends DatabaseClient>(
  spec: ServiceSpec<C, Db>,
  loadConfig: () => C,
): Promise<void> {
  return runProcess(
    spec.name,
    loadConfig,
    async (config) => {
      // First thing: on Linux a nice value is a thread's, and threads started later (libuv's pool) inherit it.
      if (config.PROCESS_NICENESS > 0) setPriority(config.PROCESS_NICENESS);
      const telemetry = startTelemetry({
        serviceName: spec.name,
        otlpEndpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT,
        samplerFromEnvironment: config.OTEL_TRACES_SAMPLER !== undefined,
      });
      const service = await buildService(spec, config);
      await service.app.listen({ host: config.HOST, port: config.PORT, backlog: listenBacklog });
      return {
        log: service.runtime.log,
        stop: async () => {
          await service.close();
          await telemetry.shutdown().catch(() => undefined);
        },
      };
    },
    (config) => config.SHUTDOWN_TIMEOUT_MS,
  );
}
