export { type Static, Type } from '@sinclair/typebox';
export {
  type BackgroundJob,
  type BuildOptions,
  type BuiltService,
  buildService,
  type ConsumerGroup,
  type DatabaseClient,
  type ServiceRuntime,
  type ServiceSpec,
} from './build-service.js';
export {
  type BaseConfig,
  baseConfig,
  brokerList,
  ConfigError,
  keyValueList,
  loadConfig,
  parseKeyValueList,
  serviceConfig,
} from './config.js';
export { createRequestErrorHandler } from './create-request-error-handler.js';
export { health, type ReadinessCheck } from './health.js';
export { httpTracing } from './http-tracing.js';
export { intervalJob } from './interval-job.js';
export { createLogger, maskPhone } from './logger.js';
export { replyUnavailable } from './reply-unavailable.js';
export { type Retention, retentionJob } from './retention-job.js';
export { type RunningProcess, runProcess } from './run-process.js';
export { runService } from './run-service.js';
export { startTelemetry, type Telemetry, type TelemetrySettings } from './telemetry.js';
