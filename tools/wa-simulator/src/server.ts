import { ConfigError } from '@seva/service-kit';
import { buildSimulator } from './app.js';
import { loadSimulatorConfig, type SimulatorConfig } from './config.js';

let config: SimulatorConfig;
try {
  config = loadSimulatorConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`wa-simulator: ${error.message}\n`);
  process.exit(1);
}

const app = buildSimulator(config);
await app.listen({ host: config.HOST, port: config.PORT });
app.log.info(
  { chat: config.SIMULATOR_PUBLIC_URL, gateway: config.GATEWAY_WEBHOOK_URL },
  'wa-simulator started',
);

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  app.log.info({ signal }, 'wa-simulator stopping');
  await app.close();
  app.log.info('wa-simulator stopped');
  process.exit(0);
};
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
