import type { ConsumerGroup, ServiceRuntime } from '@seva/service-kit';
import type { Config } from '../config.js';
import type { Db } from '../db.js';
import { fileComplaint } from '../domain/file-complaint.js';
import { takeCitizenAction } from '../domain/take-citizen-action.js';

/**
 * Citizens' commands from the chat, in order per citizen (the topic is keyed by the citizen). Refusals are
 * answered on the events topic; only records that cannot be read at all reach the dead-letter topic.
 */
export function grievanceConsumers(runtime: ServiceRuntime<Config, Db>, now: () => Date): ConsumerGroup[] {
  const { db, sql } = runtime;
  return [
    {
      groupId: 'grievance',
      handlers: {
        grievanceCommands: {
          'grievance.file-requested': (command) => fileComplaint(command, { sql, now: now() }),
          'grievance.citizen-action-requested': (command) => takeCitizenAction(command, { db, now: now() }),
        },
      },
    },
  ];
}
