import { addToOutbox } from '@seva/outbox';
import type { Tx } from '../db.js';
import {
  type AnnouncedComplaint,
  buildComplaintChanged,
  type ChangeFacts,
} from './build-complaint-changed.js';

/**
 * Announces a change in the transaction that made it, so the event is published if and only if the change
 * commits. Keyed by the citizen, so everything about one citizen's complaints is read in order.
 */
export async function announceChange(
  tx: Tx,
  complaint: AnnouncedComplaint,
  facts: ChangeFacts,
): Promise<void> {
  await addToOutbox(tx, 'grievanceEvents', [buildComplaintChanged(complaint, facts)]);
}
