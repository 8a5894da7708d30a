import { runProcess } from '@seva/service-kit';
import { buildSimulator } from './app.js';
import { loadSimulatorConfig } from './config.js';

await runProcess('wa-simulator', loadSimulatorConfig, async (config) => {
  const app = buildSimulator(config);
  await app.listen({ host: config.HOST, port: config.PORT });
  app.log.info({ chat: config.SIMULATOR_PUBLIC_URL, gateway: config.GATEWAY_WEBHOOK_URL }, 'listening');
  return { log: app.log, stop: () => app.close() };
});
