import { runProcess } from '@seva/service-kit';
import { buildPaymentSimulator } from './app.js';
import { loadPaymentSimulatorConfig } from './config.js';

await runProcess('payment-simulator', loadPaymentSimulatorConfig, async (config) => {
  const app = buildPaymentSimulator(config);
  await app.listen({ host: config.HOST, port: config.PORT });
  app.log.info(
    { pages: config.PAYMENT_SIMULATOR_PUBLIC_URL, webhooks: config.PAYMENT_WEBHOOK_URL },
    'listening',
  );
  return { log: app.log, stop: () => app.close() };
});
