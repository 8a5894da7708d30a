import type { InboundMessage } from '@seva/contracts';
import { handleOnce } from '@seva/outbox';
import type { Db } from '../db.js';
import { text } from '../engine/compose.js';
import { handleMessage } from '../engine/handle-message.js';
import { translator } from '../engine/i18n.js';
import { readInput } from '../engine/read-input.js';
import { issueCommands } from './issue-commands.js';
import { loadComplaints } from './load-complaints.js';
import { loadSession, saveSession } from './load-session.js';
import { queueReplies } from './queue-replies.js';

/**
 * One citizen message, start to end in one transaction: the conversation row is locked, the turn computed,
 * and the new state, the replies and the commands are written together with the event's id. A message
 * delivered again finds its id and changes nothing; a crash before commit leaves nothing half done.
 */
export async function processInbound(
  db: Db,
  message: InboundMessage,
  eventId: string,
  now: () => Date,
  crashOnInput?: string,
): Promise<boolean> {
  return handleOnce(db, 'conversation', eventId, async (tx) => {
    const { businessNumberId, citizenWaId } = message;
    const session = await loadSession(tx, businessNumberId, citizenWaId);
    const turn = await handleMessage(session.state, readInput(message), {
      name: message.citizenName,
      now: now(),
      complaints: () => loadComplaints(tx, businessNumberId, citizenWaId),
    });
    if (crashOnInput !== undefined && inputMatches(message, crashOnInput))
      process.kill(process.pid, 'SIGKILL');
    await saveSession(tx, businessNumberId, citizenWaId, turn.state);
    const language = turn.state.language ?? 'en';
    await tx.citizen.upsert({
      where: { businessNumberId_citizenWaId: { businessNumberId, citizenWaId } },
      create: { businessNumberId, citizenWaId, language: turn.state.language, name: message.citizenName },
      update: {
        language: turn.state.language,
        ...(message.citizenName ? { name: message.citizenName } : {}),
      },
    });
    const to = { businessNumberId, citizenWaId, language };
    const replies = session.reset
      ? [text(translator(language)('session.reset')), ...turn.replies]
      : turn.replies;
    await queueReplies(tx, to, replies, message.messageId);
    await issueCommands(tx, { ...to, citizenName: message.citizenName }, turn.commands, message.messageId);
  });
}

const inputMatches = (message: InboundMessage, value: string) =>
  message.text === value || message.reply?.id === value;
