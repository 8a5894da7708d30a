import type { PaymentSimulatorConfig } from './config.js';
import type { Faults } from './domain/faults.js';
import type { Ledger } from './domain/ledger.js';
import type { WebhookSender } from './domain/webhook-sender.js';

/** The state of one simulator, shared by its routes. */
export interface SimulatorContext {
  readonly config: PaymentSimulatorConfig;
  readonly ledger: Ledger;
  readonly webhooks: WebhookSender;
  /** The faults in force; replaced whole by POST /_sim/config. */
  faults: Faults;
}

export interface RouteOptions {
  readonly context: SimulatorContext;
}
