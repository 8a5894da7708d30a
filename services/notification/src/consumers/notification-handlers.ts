import type { ConsumerGroup, ServiceRuntime } from '@seva/service-kit';
import { graphAccess } from '@seva/whatsapp';
import type { Config } from '../config.js';
import type { Db } from '../db.js';
import { applyStatus } from '../domain/apply-status.js';
import { CustomerWindows } from '../domain/customer-windows.js';
import { RateLimiter } from '../domain/rate-limiter.js';
import { SendClaims } from '../domain/send-claims.js';
import { sendOutbound } from '../domain/send-outbound.js';
import { SendResults } from '../domain/send-results.js';
import { SendSlots } from '../domain/send-slots.js';
import { StatusUpdates } from '../domain/status-updates.js';
import { TemplateRegistry } from '../domain/template-registry.js';

const defaultTemplates = new URL('../../data/templates.json', import.meta.url);

/** Citizens' messages (for the 24-hour window), requests to send, and delivery statuses. */
export function notificationConsumers(runtime: ServiceRuntime<Config, Db>): ConsumerGroup[] {
  const { config, sql, log } = runtime;
  const { client, tokens } = graphAccess(config);
  const sendDeps = {
    db: sql,
    claims: new SendClaims(sql),
    results: new SendResults(sql),
    graph: client,
    tokens,
    limiter: new RateLimiter(config.WHATSAPP_SEND_RATE),
    slots: new SendSlots(config.SEND_CONCURRENCY),
    templates: TemplateRegistry.fromFile(config.TEMPLATES_FILE ?? defaultTemplates.pathname),
    log,
    maxAttempts: config.SEND_MAX_ATTEMPTS,
    retryBaseMs: config.SEND_RETRY_BASE_MS,
    windowRecheckMs: config.WINDOW_RECHECK_MS,
  };
  const updates = new StatusUpdates(sql);
  const windows = new CustomerWindows(sql);
  return [
    {
      groupId: 'notification',
      concurrency: config.CONSUMER_CONCURRENCY,
      // A window only moves forward and a status only moves a message forward, whatever the order.
      orderFree: ['whatsappInbound', 'whatsappStatus'],
      handlers: {
        whatsappInbound: { 'whatsapp.inbound-message': (message) => windows.record(message) },
        whatsappOutbound: { 'whatsapp.outbound-request': (request) => sendOutbound(request, sendDeps) },
        whatsappStatus: {
          'whatsapp.message-status': (status, event) =>
            applyStatus(status, event.attempt, { db: sql, updates, log }),
        },
      },
    },
  ];
}
