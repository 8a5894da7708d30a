import { runService } from '@seva/service-kit';
import { gatewayService } from './app.js';
import { loadGatewayConfig } from './config.js';

await runService(gatewayService, loadGatewayConfig);
