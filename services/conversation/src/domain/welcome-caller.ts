import type { MissedCall } from '@seva/contracts';
import type { SqlDatabase } from '@seva/database';
import { handleOnce } from '@seva/outbox';
import { languagePrompt, menuPrompt } from '../engine/handle-message.js';
import { translator } from '../engine/i18n.js';
import { citizenKey, type LoadedSession, loadSessions } from './load-sessions.js';
import { encodeReplies } from './queue-replies.js';
import { saveTurns } from './save-turns.js';

/**
 * A missed call starts a chat: the caller gets the menu (or the language choice on first contact). Their
 * 24-hour window is usually closed, so notification sends the approved welcome template instead.
 */
export async function welcomeCaller(sql: SqlDatabase, call: MissedCall, eventId: string): Promise<boolean> {
  return handleOnce(sql, 'conversation', eventId, async (tx) => {
    const { businessNumberId, citizenWaId } = call;
    const session = (await loadSessions(tx, [call])).get(citizenKey(call)) as LoadedSession;
    const { language: chosen } = session.state;
    const t = translator(chosen);
    const welcome = chosen
      ? menuPrompt(t, session.citizen?.name ?? null, t('missedCall.welcome'))
      : languagePrompt(t, t('missedCall.welcome'));
    const to = {
      businessNumberId,
      citizenWaId,
      language: chosen ?? 'en',
      lastInboundAt: session.citizen?.lastInboundAt ?? null,
    };
    // A call is not a message: the citizen's name and last message time stay as they are.
    await saveTurns(tx, [
      {
        businessNumberId,
        citizenWaId,
        state: { language: chosen, screen: chosen ? { kind: 'menu' } : { kind: 'language' } },
        name: null,
        inboundAt: null,
        records: encodeReplies(
          to,
          [{ ...welcome, template: { name: 'seva_welcome', parameters: [] } }],
          eventId,
        ),
      },
    ]);
  });
}
