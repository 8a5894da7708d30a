import type { InboundMessage } from '@seva/contracts';
import { readInput } from '../engine/read-input.js';
import type { BillingReply } from '../engine/types.js';
import type { TurnBatches } from './turn-batches.js';

/** A citizen's message. `crashOnInput` is fault injection: see the FAULT_CRASH_ON_INPUT setting. */
export function processInbound(
  turns: TurnBatches,
  message: InboundMessage,
  eventId: string,
  crashOnInput?: string,
): Promise<boolean> {
  const crash =
    crashOnInput !== undefined && (message.text === crashOnInput || message.reply?.id === crashOnInput)
      ? () => process.kill(process.pid, 'SIGKILL')
      : undefined;
  return turns.take({
    businessNumberId: message.businessNumberId,
    citizenWaId: message.citizenWaId,
    citizenName: message.citizenName,
    inboundAt: message.sentAt,
    input: readInput(message),
    causationId: message.messageId,
    eventId,
    ...(crash ? { beforeCommit: crash } : {}),
  });
}

/** bill-payment's answer to a command of this conversation, applied as a turn of the citizen's conversation. */
export function processBillingReply(
  turns: TurnBatches,
  reply: BillingReply,
  eventId: string,
): Promise<boolean> {
  const { businessNumberId, citizenWaId } = reply.value;
  return turns.take({
    businessNumberId,
    citizenWaId,
    citizenName: null,
    inboundAt: null,
    input: { kind: 'billing', reply },
    causationId: eventId,
    eventId,
  });
}
