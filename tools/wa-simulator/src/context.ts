import type { SimulatorConfig } from './config.js';
import type { Numbers } from './domain/business-numbers.js';
import type { ConversationStore } from './domain/conversation-store.js';
import type { FaultInjector } from './domain/faults.js';
import type { MediaStore } from './domain/media-store.js';
import type { WebhookPoster } from './domain/webhook-poster.js';

/** The state of one simulator, shared by its routes. */
export interface SimulatorContext {
  readonly config: SimulatorConfig;
  readonly numbers: Numbers;
  readonly store: ConversationStore;
  readonly media: MediaStore;
  readonly faults: FaultInjector;
  readonly webhooks: WebhookPoster;
  /** Aborted when the simulator stops, ending delayed work (statuses, retries) and event streams. */
  readonly lifetime: AbortSignal;
}

export interface RouteOptions {
  readonly context: SimulatorContext;
}
