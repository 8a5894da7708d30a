/** A failure that retrying cannot fix (bad data, unknown schema, a rule broken): the message goes to the dead-letter topic at once. */
export class NonRetriableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NonRetriableError';
  }
}

export const isNonRetriable = (error: unknown): boolean => error instanceof NonRetriableError;
