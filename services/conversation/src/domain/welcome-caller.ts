import type { MissedCall } from '@seva/contracts';
import type { SqlDatabase } from '@seva/database';
import { handleOnce } from '@seva/outbox';
import { languagePrompt, menuPrompt } from '../engine/handle-message.js';
import { translator } from '../engine/i18n.js';
import { findRecipient } from './find-recipient.js';
import { loadSession, saveSession } from './load-session.js';
import { queueReplies } from './queue-replies.js';

/**
 * A missed call starts a chat: the caller gets the menu (or the language choice on first contact). Their
 * 24-hour window is usually closed, so notification sends the approved welcome template instead.
 */
export async function welcomeCaller(sql: SqlDatabase, call: MissedCall, eventId: string): Promise<boolean> {
  return handleOnce(sql, 'conversation', eventId, async (tx) => {
    const { businessNumberId, citizenWaId } = call;
    const { state } = await loadSession(tx, businessNumberId, citizenWaId);
    const language = state.language ?? 'en';
    const t = translator(state.language);
    await saveSession(tx, businessNumberId, citizenWaId, {
      language: state.language,
      screen: state.language ? { kind: 'menu' } : { kind: 'language' },
    });
    const citizen = await findRecipient(tx, businessNumberId, citizenWaId);
    const welcome = state.language
      ? menuPrompt(t, citizen.name, t('missedCall.welcome'))
      : languagePrompt(t, t('missedCall.welcome'));
    await queueReplies(
      tx,
      { businessNumberId, citizenWaId, language, lastInboundAt: citizen.lastInboundAt },
      [{ ...welcome, template: { name: 'seva_welcome', parameters: [] } }],
      eventId,
    );
  });
}
