import { isDatabaseUnavailable } from '@seva/database';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { replyUnavailable } from './reply-unavailable.js';

/**
 * Every service's last word on a failed request. Fastify's own refusals (4xx: validation, body too large,
 * content type) keep their answer. A database that is down is a 503 the caller can retry, not a 500: during
 * an outage every request gets one, so they are logged as one line per `reportEveryMs` with their count. Any
 * other failure is a 500 that names no internals: the error, with its stack, is in the log.
 */
export function createRequestErrorHandler(reportEveryMs = 10_000) {
  let unreported = 0;
  let reportedAt = Number.NEGATIVE_INFINITY;
  return function handleRequestError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
    if (error.statusCode !== undefined && error.statusCode < 500) throw error;
    if (isDatabaseUnavailable(error)) {
      unreported += 1;
      if (Date.now() - reportedAt >= reportEveryMs) {
        request.log.error(
          { err: error, url: request.url, answered503: unreported },
          'database unavailable; answering 503 until it is back',
        );
        reportedAt = Date.now();
        unreported = 0;
      }
      return replyUnavailable(reply, 'the database');
    }
    request.log.error({ err: error, url: request.url }, 'request failed');
    return reply.code(500).send({ error: 'internal', message: 'the request failed; the error is logged' });
  };
}
