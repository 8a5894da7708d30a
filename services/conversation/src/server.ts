import { runService } from '@seva/service-kit';
import { conversationService } from './app.js';
import { loadConversationConfig } from './config.js';

await runService(conversationService, loadConversationConfig);
