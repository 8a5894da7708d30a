import { type EncodedRecord, KafkaUnavailableError, type Publisher } from '@seva/kafka';

/**
 * Sends records and waits for the broker's acknowledgement at most `timeoutMs`: a webhook caller must get
 * an answer (503, so it retries) while Kafka is away. A send that completes after the timeout is harmless:
 * event ids derive from the caller's ids, so the retry's copy is dropped by consumers.
 */
export async function publishInTime(
  publisher: Publisher,
  records: EncodedRecord[],
  timeoutMs: number,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      publisher.send(records),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no acknowledgement within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
  } catch (error) {
    throw new KafkaUnavailableError(error);
  } finally {
    clearTimeout(timer);
  }
}
