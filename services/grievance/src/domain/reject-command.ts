import { addToOutbox, type SqlClient } from '@seva/outbox';
import type { AppError } from './app-error.js';

/** The parts of a citizen's command a refusal is addressed with. */
export interface CommandOrigin {
  readonly requestId: string;
  readonly businessNumberId: string;
  readonly citizenWaId: string;
}

/**
 * Tells the conversation why a citizen's command was not carried out, so it can explain it in the chat. A
 * refusal is an answer, not a poison message: it goes to the events topic, not to the dead-letter topic.
 */
export async function rejectCommand(db: SqlClient, command: CommandOrigin, error: AppError): Promise<void> {
  await addToOutbox(db, 'grievanceEvents', [
    {
      type: 'grievance.command-rejected',
      key: command.citizenWaId,
      eventId: `command-rejected:${command.requestId}`,
      value: {
        requestId: command.requestId,
        businessNumberId: command.businessNumberId,
        citizenWaId: command.citizenWaId,
        code: error.code,
        message: error.message,
      },
    },
  ]);
}
