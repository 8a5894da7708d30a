import { createKafka, Publisher, Subscriber } from '@seva/kafka';
import { printComplaintChange } from './print-complaint-change.js';

/**
 * A partner department's view of grievances: every complaint change on Kafka, read with the partner's own
 * consumer group (so it gets every event, whatever other readers do), one line each on standard output.
 */
const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const settings = { brokers, clientId: 'partner-consumer', namespace: process.env.KAFKA_NAMESPACE ?? '' };
const log = {
  warn: (fields: Record<string, unknown>, message: string) => console.warn(message, fields),
  error: (fields: Record<string, unknown>, message: string) => console.error(message, fields),
};
const kafka = createKafka({ ...settings, log: (level, message, extra) => log[level](extra, message) });

// Records this reader cannot decode go to the dead-letter topic, as with every Seva consumer.
const deadLetters = new Publisher(kafka, settings);
await deadLetters.connect();
const subscriber = new Subscriber(kafka, settings, {
  groupId: process.env.PARTNER_GROUP_ID ?? 'partner-consumer',
  handlers: { grievanceEvents: { 'grievance.complaint-changed': printComplaintChange() } },
  deadLetters,
  log,
});
await subscriber.start();

const stop = async () => {
  await subscriber.stop();
  await deadLetters.disconnect();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
