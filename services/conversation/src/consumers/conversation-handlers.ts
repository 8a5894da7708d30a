import type { ConsumerGroup, ServiceRuntime } from '@seva/service-kit';
import type { Config } from '../config.js';
import type { Db } from '../db.js';
import { applyCommandRejected, applyComplaintEvent } from '../domain/apply-complaint-event.js';
import { processBillingReply, processInbound } from '../domain/process-inbound.js';
import { recordRejectedMedia, recordStoredMedia } from '../domain/record-media.js';
import { TurnBatches } from '../domain/turn-batches.js';
import { welcomeCaller } from '../domain/welcome-caller.js';

/**
 * Citizens' messages and missed calls, what the gateway made of their media, what became of their complaints, and
 * bill-payment's answers to their requests.
 */
export function conversationConsumers(
  runtime: ServiceRuntime<Config, Db>,
  now: () => Date = () => new Date(),
): ConsumerGroup[] {
  const { sql, config } = runtime;
  const turns = new TurnBatches(sql, now);
  return [
    {
      groupId: 'conversation',
      concurrency: config.CONSUMER_CONCURRENCY,
      handlers: {
        whatsappInbound: {
          'whatsapp.inbound-message': async (message, event) => {
            await processInbound(turns, message, event.eventId, config.FAULT_CRASH_ON_INPUT);
          },
          'whatsapp.media-stored': (media) => recordStoredMedia(sql, media),
          'whatsapp.media-rejected': (media) => recordRejectedMedia(sql, media),
        },
        telephonyMissedCall: {
          'telephony.missed-call': async (call, event) => {
            await welcomeCaller(sql, call, event.eventId);
          },
        },
        billingEvents: {
          'billing.bills-listed': async (value, event) => {
            await processBillingReply(turns, { type: 'billing.bills-listed', value }, event.eventId);
          },
          'billing.payment-link-created': async (value, event) => {
            await processBillingReply(turns, { type: 'billing.payment-link-created', value }, event.eventId);
          },
          'billing.payment-link-refused': async (value, event) => {
            await processBillingReply(turns, { type: 'billing.payment-link-refused', value }, event.eventId);
          },
          'billing.receipts-listed': async (value, event) => {
            await processBillingReply(turns, { type: 'billing.receipts-listed', value }, event.eventId);
          },
        },
        grievanceEvents: {
          'grievance.complaint-changed': async (change, event) => {
            await applyComplaintEvent(sql, change, event.eventId);
          },
          'grievance.command-rejected': async (rejected, event) => {
            await applyCommandRejected(sql, rejected, event.eventId);
          },
        },
      },
    },
  ];
}
