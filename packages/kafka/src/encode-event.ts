import { randomUUID } from 'node:crypto';
import {
  avroContentType,
  type EventMap,
  type EventType,
  headerNames,
  schemaRegistry,
  type TopicEvents,
  type TopicKey,
  topics,
} from '@seva/contracts';
import { traceHeaders } from './trace-headers.js';

export interface OutgoingEvent<E extends EventType = EventType> {
  readonly type: E;
  /** Record key; per the topic's definition (usually the citizen's WhatsApp id). */
  readonly key: string;
  readonly value: EventMap[E];
  /** Stable id when the event is derived from something (so a re-run yields the same id); random otherwise. */
  readonly eventId?: string;
  readonly occurredAt?: number;
}

/** An event ready for the wire: what the outbox stores and the producer sends. */
export interface EncodedRecord {
  /** Registry name of the topic, without namespace. */
  readonly topic: string;
  readonly key: string;
  readonly eventId: string;
  readonly value: Buffer;
  readonly headers: Record<string, string>;
}

/**
 * Encodes an event with the newest schema of its type, after checking the topic carries that type.
 * The active trace context is captured in the headers so the trace continues wherever the record goes.
 */
export function encodeEvent<T extends TopicKey, E extends TopicEvents<T>>(
  topic: T,
  event: OutgoingEvent<E>,
): EncodedRecord {
  const definition = topics[topic];
  if (!(definition.events as readonly string[]).includes(event.type)) {
    throw new TypeError(`${event.type} does not travel on ${definition.name}`);
  }
  const registry = schemaRegistry();
  registry.assertValid(event.type, event.value);
  const { schemaId, payload } = registry.encode(event.type, event.value);
  const eventId = event.eventId ?? randomUUID();
  return {
    topic: definition.name,
    key: event.key,
    eventId,
    value: payload,
    headers: {
      ...traceHeaders(),
      [headerNames.schema]: schemaId,
      [headerNames.eventId]: eventId,
      [headerNames.occurredAt]: String(event.occurredAt ?? Date.now()),
      [headerNames.contentType]: avroContentType,
    },
  };
}
