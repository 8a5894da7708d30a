export { addToOutbox } from './add-to-outbox.js';
export { addToOutboxIfChanged, type ChangeStatement } from './add-to-outbox-if-changed.js';
export { claimEvents } from './claim-events.js';
export { handleOnce } from './handle-once.js';
export { insertIntoOutbox, notifyRelay } from './outbox-insert.js';
export { OutboxRelay, type OutboxRelayOptions } from './outbox-relay.js';
export { type OutboxRows, outboxRows, recordRows } from './outbox-rows.js';
export { outboxChannel, type SqlClient, type TransactionRunner } from './sql-client.js';
