/** A failure that retrying cannot fix (bad data, unknown schema, a rule broken): the message goes to the dead-letter topic at once. */
export class NonRetriableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NonRetriableError';
  }
}

export const isNonRetriable = (error: unknown): boolean => error instanceof NonRetriableError;

/** Kafka did not acknowledge records in time: the same request succeeds once the broker is back. */
export class KafkaUnavailableError extends Error {
  constructor(cause: unknown) {
    super('events could not be written to Kafka in time', { cause });
    this.name = 'KafkaUnavailableError';
  }
}
