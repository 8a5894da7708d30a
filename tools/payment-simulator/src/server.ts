import { ConfigError } from '@seva/service-kit';
import { buildPaymentSimulator } from './app.js';
import { loadPaymentSimulatorConfig } from './config.js';

let config: ReturnType<typeof loadPaymentSimulatorConfig>;
try {
  config = loadPaymentSimulatorConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`payment-simulator: ${error.message}\n`);
  process.exit(1);
}

const app = buildPaymentSimulator(config);
await app.listen({ host: config.HOST, port: config.PORT });
app.log.info(
  { pages: config.PAYMENT_SIMULATOR_PUBLIC_URL, webhooks: config.PAYMENT_WEBHOOK_URL },
  'payment-simulator started',
);

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  app.log.info({ signal }, 'payment-simulator stopping');
  await app.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
