import { setTimeout as sleep } from 'node:timers/promises';
import { buildStatus, wrapInWebhook } from './build-webhook.js';
import type { BusinessNumber } from './business-numbers.js';
import type { BusinessEntry, ConversationStore, DeliveryStatus } from './conversation-store.js';
import type { FaultInjector } from './faults.js';
import { buildWebhookError } from './graph-errors.js';
import type { WebhookPoster } from './webhook-poster.js';

export interface DeliverStatusesDeps {
  readonly store: ConversationStore;
  readonly webhooks: WebhookPoster;
  readonly faults: FaultInjector;
  /** Aborted when the simulator stops: the remaining statuses are not delivered. */
  readonly lifetime: AbortSignal;
}

/**
 * Plays out what happens on the citizen's phone after a send was accepted: sent, delivered and read, each a
 * moment after the previous one and each posted only once the previous webhook was answered, so they arrive
 * in order. A send configured to fail later gets one `failed` status carrying Meta's error instead.
 */
export async function deliverStatuses(
  entry: BusinessEntry,
  number: BusinessNumber,
  failureCode: number | undefined,
  deps: DeliverStatusesDeps,
): Promise<void> {
  const steps: DeliveryStatus[] = failureCode === undefined ? ['sent', 'delivered', 'read'] : ['failed'];
  const errors = failureCode === undefined ? [] : [buildWebhookError(failureCode)];
  for (const status of steps) {
    await sleep(deps.faults.current.statusIntervalMs, undefined, { signal: deps.lifetime });
    const at = Date.now();
    deps.store.update<BusinessEntry>(entry.id, 'business', (recorded) => {
      recorded.status = status;
      recorded.statuses.push({ status, at });
      recorded.errors = errors;
    });
    await deps.webhooks.post(wrapInWebhook(number, { statuses: [buildStatus(entry, status, at, errors)] }));
  }
}
