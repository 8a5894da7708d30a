import type { SqlDatabase } from '@seva/database';
import { claimEvents } from '@seva/outbox';
import { text } from '../engine/compose.js';
import { handleMessage } from '../engine/handle-message.js';
import { translator } from '../engine/i18n.js';
import type { Input } from '../engine/types.js';
import { encodeCommands } from './encode-commands.js';
import { loadComplaints } from './load-complaints.js';
import { citizenKey, type LoadedSession, loadSessions } from './load-sessions.js';
import { encodeReplies } from './queue-replies.js';
import { saveTurns, type TurnWrites } from './save-turns.js';

/** What a turn answers: a citizen's message, or another service's answer to this conversation. */
export interface TurnRequest {
  readonly businessNumberId: string;
  readonly citizenWaId: string;
  /** The name on the citizen's WhatsApp profile, when the input is a message of theirs. */
  readonly citizenName: string | null;
  /** When the citizen sent the message being answered; null when the turn answers another service. */
  readonly inboundAt: number | null;
  readonly input: Input;
  /** What reply and command ids derive from: the WhatsApp message id, or the event id of an answer. */
  readonly causationId: string;
  /** The consumed event; a turn is taken once per event id. */
  readonly eventId: string;
  /** Fault injection: runs once the turn is computed, before anything is written. */
  readonly beforeCommit?: () => void;
}

const consumer = 'conversation';

/** The latest of the times known, or null when none is. */
function latest(...times: Array<number | null>): number | null {
  const known = times.filter((at) => at !== null);
  return known.length === 0 ? null : Math.max(...known);
}

/**
 * Turns of citizens' conversations, start to end in one transaction however many there are: their event ids are
 * claimed, the conversations locked, each turn computed after the one before it of the same citizen, and the
 * new states, the citizens, the replies and the commands written in one statement: five round trips, begin and
 * commit included, for turns that read nothing else. An event delivered again finds its id and changes nothing;
 * a crash before commit leaves nothing half done. Resolves, per request, whether its turn was taken now.
 */
export function runTurns(
  sql: SqlDatabase,
  requests: readonly TurnRequest[],
  now: () => Date,
): Promise<boolean[]> {
  return sql.$transaction(async (tx) => {
    const fresh = await claimEvents(
      tx,
      consumer,
      requests.map((request) => request.eventId),
    );
    const due = requests.filter((_, index) => fresh[index]);
    if (due.length === 0) return fresh;
    const sessions = await loadSessions(tx, due);
    const writes = new Map<string, TurnWrites>();
    for (const request of due) {
      const { businessNumberId, citizenWaId } = request;
      const key = citizenKey(request);
      const session = sessions.get(key) as LoadedSession;
      const name = request.citizenName ?? session.citizen?.name ?? null;
      const turn = await handleMessage(session.state, request.input, {
        name,
        now: now(),
        complaints: () => loadComplaints(tx, businessNumberId, citizenWaId),
      });
      // What saveTurns records: the later of the known time and this message's.
      const lastInboundAt = latest(session.citizen?.lastInboundAt ?? null, request.inboundAt);
      const language = turn.state.language ?? 'en';
      const to = { businessNumberId, citizenWaId, language, lastInboundAt };
      const replies = session.reset
        ? [text(translator(language)('session.reset')), ...turn.replies]
        : turn.replies;
      const records = [
        ...encodeReplies(to, replies, request.causationId),
        ...(await encodeCommands(tx, { ...to, citizenName: name }, turn.commands, request.causationId)),
      ];
      // The citizen's next turn in this transaction starts where this one ended.
      sessions.set(key, { state: turn.state, reset: false, citizen: { name, lastInboundAt } });
      const earlier = writes.get(key);
      writes.set(key, {
        businessNumberId,
        citizenWaId,
        state: turn.state,
        name,
        inboundAt: latest(earlier?.inboundAt ?? null, request.inboundAt),
        records: [...(earlier?.records ?? []), ...records],
      });
    }
    for (const request of due) request.beforeCommit?.();
    await saveTurns(tx, [...writes.values()]);
    return fresh;
  });
}
