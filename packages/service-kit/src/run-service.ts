import { setPriority } from 'node:os';
import { buildService, type DatabaseClient, type ServiceSpec } from './build-service.js';
import type { BaseConfig } from './config.js';
import { runProcess } from './run-process.js';
import { startTelemetry } from './telemetry.js';

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
      });
      const service = await buildService(spec, config);
      await service.app.listen({ host: config.HOST, port: config.PORT });
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
