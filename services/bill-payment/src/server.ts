import { runService } from '@seva/service-kit';
import { billPaymentService } from './app.js';
import { loadBillPaymentConfig } from './config.js';

await runService(billPaymentService, loadBillPaymentConfig);
