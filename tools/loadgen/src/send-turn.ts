import { type BusinessNumber, buildInboundWebhook, type CitizenInput } from './build-inbound-webhook.js';
import type { Citizen, Turn } from './citizen.js';
import type { Step } from './plan-conversation.js';
import { uploadPhoto } from './upload-photo.js';
import type { WebhookClient } from './webhook-client.js';

export interface SendContext {
  readonly client: WebhookClient;
  readonly number: BusinessNumber;
  readonly accessToken: string;
  readonly simulatorUrl: string;
  /** Makes message ids unique to the run. */
  readonly runId: string;
  /** Counts messages sent, for unique ids. */
  sequence: number;
}

/**
 * Sends one turn of a citizen as a signed webhook, retried until the gateway accepts it (or the retries run
 * out), and records it with the replies it must get. A photo is uploaded to the simulator first.
 */
export async function sendTurn(citizen: Citizen, step: Step, context: SendContext): Promise<Turn> {
  let input: CitizenInput;
  if (step.input.kind === 'photo') {
    const photo = await uploadPhoto(context.simulatorUrl, context.number.id, context.accessToken);
    input = { kind: 'photo', mediaId: photo.mediaId, sha256: photo.sha256, caption: 'pothole near my house' };
  } else {
    input = step.input;
  }
  const messageId = `wamid.${Buffer.from(`${context.runId}.${++context.sequence}`).toString('base64url')}`;
  const body = buildInboundWebhook(context.number, citizen, messageId, Date.now(), input);
  const delivery = await context.client.deliver(body);
  const turn: Turn = {
    index: citizen.turns.length,
    label: step.label,
    messageId,
    input,
    expect: step.expect,
    firstSentAt: delivery.firstSentAt,
    accepted: delivery.accepted,
    attempts: delivery.attempts,
    answeredAsDuplicate: delivery.answeredAsDuplicate,
    ...(delivery.acceptedAt === undefined ? {} : { acceptedAt: delivery.acceptedAt }),
  };
  citizen.recordTurn(turn);
  return turn;
}
