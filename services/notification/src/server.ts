import { runService } from '@seva/service-kit';
import { notificationService } from './app.js';
import { loadNotificationConfig } from './config.js';

await runService(notificationService, loadNotificationConfig);
