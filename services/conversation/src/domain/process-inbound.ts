import type { InboundMessage } from '@seva/contracts';
import type { SqlDatabase } from '@seva/database';
import { handleOnce } from '@seva/outbox';
import { text } from '../engine/compose.js';
import { handleMessage } from '../engine/handle-message.js';
import { translator } from '../engine/i18n.js';
import { readInput } from '../engine/read-input.js';
import type { BillingReply, Input } from '../engine/types.js';
import { encodeCommands } from './encode-commands.js';
import { loadComplaints } from './load-complaints.js';
import { loadSession } from './load-session.js';
import { encodeReplies } from './queue-replies.js';
import { saveTurn } from './save-turn.js';

interface TurnSource {
  readonly businessNumberId: string;
  readonly citizenWaId: string;
  /** The name on the citizen's WhatsApp profile, when the input is a message of theirs. */
  readonly citizenName: string | null;
  /** When the citizen sent the message being answered; null when the turn answers another service. */
  readonly inboundAt: number | null;
  readonly input: Input;
  /** What reply and command ids derive from: the WhatsApp message id, or the event id of an answer. */
  readonly causationId: string;
}

/**
 * One turn of a citizen's conversation, start to end in one transaction: the conversation row is locked, the
 * turn computed, and the new state, the citizen, the replies and the commands are written in one statement
 * after the event's id: five round trips, begin and commit included, for a turn that reads nothing else. An
 * event delivered again finds its id and changes nothing; a crash before commit leaves nothing half done.
 */
async function runTurn(
  sql: SqlDatabase,
  source: TurnSource,
  eventId: string,
  now: () => Date,
  beforeCommit?: () => void,
): Promise<boolean> {
  return handleOnce(sql, 'conversation', eventId, async (tx) => {
    const { businessNumberId, citizenWaId } = source;
    const session = await loadSession(tx, businessNumberId, citizenWaId);
    const name = source.citizenName ?? session.citizen?.name ?? null;
    const turn = await handleMessage(session.state, source.input, {
      name,
      now: now(),
      complaints: () => loadComplaints(tx, businessNumberId, citizenWaId),
    });
    beforeCommit?.();
    // What saveTurn records: the later of the known time and this message's.
    const times = [session.citizen?.lastInboundAt ?? null, source.inboundAt].filter((at) => at !== null);
    const lastInboundAt = times.length === 0 ? null : Math.max(...times);
    const language = turn.state.language ?? 'en';
    const to = { businessNumberId, citizenWaId, language, lastInboundAt };
    const replies = session.reset
      ? [text(translator(language)('session.reset')), ...turn.replies]
      : turn.replies;
    await saveTurn(tx, {
      businessNumberId,
      citizenWaId,
      state: turn.state,
      name,
      inboundAt: source.inboundAt,
      records: [
        ...encodeReplies(to, replies, source.causationId),
        ...(await encodeCommands(tx, { ...to, citizenName: name }, turn.commands, source.causationId)),
      ],
    });
  });
}

/** A citizen's message. `crashOnInput` is fault injection: see the FAULT_CRASH_ON_INPUT setting. */
export function processInbound(
  sql: SqlDatabase,
  message: InboundMessage,
  eventId: string,
  now: () => Date,
  crashOnInput?: string,
) {
  const crash =
    crashOnInput !== undefined && (message.text === crashOnInput || message.reply?.id === crashOnInput)
      ? () => process.kill(process.pid, 'SIGKILL')
      : undefined;
  return runTurn(
    sql,
    { ...message, inboundAt: message.sentAt, input: readInput(message), causationId: message.messageId },
    eventId,
    now,
    crash,
  );
}

/** bill-payment's answer to a command of this conversation, applied as a turn of the citizen's conversation. */
export function processBillingReply(sql: SqlDatabase, reply: BillingReply, eventId: string, now: () => Date) {
  const { businessNumberId, citizenWaId } = reply.value;
  return runTurn(
    sql,
    {
      businessNumberId,
      citizenWaId,
      citizenName: null,
      inboundAt: null,
      input: { kind: 'billing', reply },
      causationId: eventId,
    },
    eventId,
    now,
  );
}
