import type { OutboundRequest } from '@seva/contracts';
import { retryWhileUnavailable, type SqlDatabase } from '@seva/database';
import { type GraphApiClient, type OutboundMessage, SendError } from '@seva/whatsapp';
import type { Logger } from 'pino';
import type { RateLimiter } from './rate-limiter.js';
import type { DeliveryFacts } from './record-delivery.js';
import type { ClaimedMessage, SendClaims } from './send-claims.js';
import type { SendOutcome, SendResults } from './send-results.js';
import type { SendSlots } from './send-slots.js';
import type { TemplateRegistry } from './template-registry.js';

export interface SendDeps {
  readonly db: SqlDatabase;
  /** Shared by the sends in flight, so their intents are recorded together. */
  readonly claims: SendClaims;
  /** Shared by the sends in flight, so their outcomes are recorded together. */
  readonly results: SendResults;
  readonly graph: GraphApiClient;
  readonly tokens: ReadonlyMap<string, string>;
  readonly limiter: RateLimiter;
  /** Graph API calls in flight, for all sends of the process. */
  readonly slots: SendSlots;
  readonly templates: TemplateRegistry;
  readonly log: Logger;
  readonly maxAttempts: number;
  readonly retryBaseMs: number;
  /** How long to wait once for the citizen's message to be recorded before treating the window as closed. */
  readonly windowRecheckMs: number;
}

const windowMs = 24 * 60 * 60 * 1000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Outcome = Exclude<SendOutcome, { status: 'unknown' }>;

/**
 * Sends one outbound request at most once: the intent is recorded before the Cloud API is called and the
 * result after, so a request found half-done (the process died mid-send) is marked unknown instead of being
 * sent again: the API has no idempotency key to make a second send safe. Throttling and server errors are
 * retried with backoff in place, which holds back the citizen's later messages and so keeps their order.
 */
export async function sendOutbound(request: OutboundRequest, deps: SendDeps): Promise<void> {
  const facts: DeliveryFacts = {
    requestId: request.requestId,
    businessNumberId: request.businessNumberId,
    citizenWaId: request.citizenWaId,
  };
  const planned = await plan(request, deps);
  const claim = await deps.claims.claim(request, 'message' in planned ? planned : null);
  if (claim === 'done') return;
  if (claim === 'interrupted') {
    deps.log.warn({ requestId: request.requestId }, 'send was interrupted earlier; not repeated');
    await deps.results.record(facts, {
      status: 'unknown',
      reason: 'interrupted during an earlier send; not repeated',
    });
    return;
  }
  const outcome = 'message' in planned ? await deliver(request, planned, deps) : planned;
  // Only memory holds what the API answered: if the database is down now, the record waits for it, since
  // a retry of the whole request would find the send begun and could only mark it unknown.
  await retryWhileUnavailable(() =>
    deps.results.record(
      { ...facts, ...('messageId' in outcome ? { messageId: outcome.messageId } : {}) },
      outcome,
    ),
  );
}

interface Planned extends ClaimedMessage {
  readonly accessToken: string;
}

/**
 * What to send, or why nothing can go: the message itself while the 24-hour window is open, else the
 * template standing in for it.
 */
async function plan(request: OutboundRequest, deps: SendDeps): Promise<Planned | Outcome> {
  let message: OutboundMessage;
  try {
    message = JSON.parse(request.message) as OutboundMessage;
  } catch {
    return { status: 'failed', reason: 'message is not JSON' };
  }
  const accessToken = deps.tokens.get(request.businessNumberId);
  if (!accessToken)
    return { status: 'failed', reason: `business number ${request.businessNumberId} is not configured` };
  if (message.type === 'template') return { message, asTemplate: true, accessToken };
  if (await windowOpen(request, deps)) return { message, asTemplate: false, accessToken };
  const template = fallback(request, deps);
  if ('problem' in template)
    return { status: 'dropped', reason: `outside the 24-hour window; ${template.problem}` };
  return { message: template.message, asTemplate: true, accessToken };
}

async function deliver(request: OutboundRequest, planned: Planned, deps: SendDeps): Promise<Outcome> {
  const { accessToken } = planned;
  let { message, asTemplate } = planned;

  for (let attempt = 1; ; attempt++) {
    await deps.limiter.take(request.businessNumberId);
    try {
      // The claim recorded the first attempt; later ones are recorded before they go.
      if (attempt > 1)
        await deps.db.$executeRawUnsafe(
          `update outbound_message set attempts = $2, payload = $3::jsonb, as_template = $4, updated_at = now()
           where request_id = $1`,
          request.requestId,
          attempt,
          JSON.stringify(message),
          asTemplate,
        );
      const { messageId } = await deps.slots.run(() =>
        deps.graph.sendMessage(
          request.businessNumberId,
          request.citizenWaId,
          message,
          // Statuses echo the request id, so each is applied without looking the message up.
          { accessToken, callbackData: request.requestId },
        ),
      );
      return { status: 'accepted', messageId };
    } catch (error) {
      if (!(error instanceof SendError)) throw error;
      if (error.kind === 'window-closed' && !asTemplate) {
        // Meta's clock says the window closed: the approved template may still go.
        const template = fallback(request, deps);
        if ('problem' in template)
          return { status: 'dropped', reason: `window closed (${error.code}); ${template.problem}` };
        message = template.message;
        asTemplate = true;
        continue;
      }
      if (!error.retryable || attempt >= deps.maxAttempts) {
        return { status: 'failed', errorCode: error.code, reason: error.message };
      }
      deps.log.warn(
        { requestId: request.requestId, attempt, code: error.code, kind: error.kind },
        'send refused; retrying',
      );
      await sleep(Math.min(deps.retryBaseMs * 2 ** (attempt - 1), 30_000));
    }
  }
}

function fallback(
  request: OutboundRequest,
  deps: SendDeps,
): { message: OutboundMessage } | { problem: string } {
  if (!request.fallbackTemplate) return { problem: 'no template to send instead' };
  return deps.templates.resolve(request.fallbackTemplate);
}

/**
 * Whether a free-form message may go. A reply carries the time of the citizen's message when its requester
 * knows it. Otherwise the window is looked up; the citizen's message that opened it travels on another topic
 * and may be recorded a moment after the request arrives, so a closed window is looked at twice.
 */
async function windowOpen(request: OutboundRequest, deps: SendDeps): Promise<boolean> {
  if (request.citizenLastInboundAt !== null && Date.now() - request.citizenLastInboundAt < windowMs)
    return true;
  for (let look = 0; look < 2; look++) {
    if (look > 0) await sleep(deps.windowRecheckMs);
    const [window] = await deps.db.$queryRawUnsafe<Array<{ last_inbound_at: Date }>>(
      'select last_inbound_at from customer_window where business_number_id = $1 and citizen_wa_id = $2',
      request.businessNumberId,
      request.citizenWaId,
    );
    if (window && Date.now() - window.last_inbound_at.getTime() < windowMs) return true;
  }
  return false;
}
