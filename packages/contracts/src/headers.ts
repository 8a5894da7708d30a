/** Kafka header names every Seva message carries. */
export const headerNames = {
  /** Subject and version of the writer schema, e.g. `whatsapp.inbound-message.v2`. */
  schema: 'seva-schema',
  /** Unique id of this event; consumers de-duplicate on it. */
  eventId: 'seva-event-id',
  /** Milliseconds since the epoch when the event happened. */
  occurredAt: 'seva-occurred-at',
  contentType: 'content-type',
  /** Set on dead-lettered copies. */
  dlqError: 'seva-dlq-error',
  dlqAttempts: 'seva-dlq-attempts',
  dlqOriginalTopic: 'seva-dlq-original-topic',
  dlqOriginalPartition: 'seva-dlq-original-partition',
  dlqOriginalOffset: 'seva-dlq-original-offset',
} as const;

export const avroContentType = 'application/vnd.apache.avro+binary';
