import { runService } from '@seva/service-kit';
import { grievanceService } from './app.js';
import { loadGrievanceConfig } from './config.js';

await runService(grievanceService(), loadGrievanceConfig);
