import { isDatabaseUnavailable } from '@seva/database';
import { KafkaUnavailableError } from '@seva/kafka';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { replyUnavailable } from './reply-unavailable.js';

/** What a request may find down for a while, and how to tell from its error. */
const outageKinds = [
  { what: 'the database', test: isDatabaseUnavailable },
  { what: 'Kafka', test: (error: unknown) => error instanceof KafkaUnavailableError },
];
const reportEveryMs = 10_000;

/**
 * Every service's last word on a failed request. Fastify's own refusals (4xx: validation, body too large,
 * content type) keep their answer. The database or Kafka down is a 503 the caller can retry, not a 500:
 * during an outage every request gets one, so they are logged as one line per 10 s with their count. Any
 * other failure is a 500 that names no internals: the error, with its stack, is in the log.
 */
export function createRequestErrorHandler() {
  const outages = outageKinds.map((kind) => ({
    ...kind,
    unreported: 0,
    reportedAt: Number.NEGATIVE_INFINITY,
  }));
  return function handleRequestError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
    if (error.statusCode !== undefined && error.statusCode < 500) throw error;
    const outage = outages.find(({ test }) => test(error));
    if (outage) {
      outage.unreported += 1;
      if (Date.now() - outage.reportedAt >= reportEveryMs) {
        request.log.error(
          { err: error, url: request.url, answered503: outage.unreported },
          `${outage.what} is unavailable; answering 503 until it is back`,
        );
        outage.reportedAt = Date.now();
        outage.unreported = 0;
      }
      return replyUnavailable(reply, outage.what);
    }
    request.log.error({ err: error, url: request.url }, 'request failed');
    return reply.code(500).send({ error: 'internal', message: 'the request failed; the error is logged' });
  };
}
