import { setTimeout as sleep } from 'node:timers/promises';
import multipart from '@fastify/multipart';
import { validateOutboundMessage } from '@seva/whatsapp';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { RouteOptions } from '../context.js';
import type { BusinessNumber } from '../domain/business-numbers.js';
import type { BusinessEntry, BusinessMessage } from '../domain/conversation-store.js';
import { deliverStatuses } from '../domain/deliver-statuses.js';
import { buildGraphError, type GraphErrorReply } from '../domain/graph-errors.js';
import { createMessageId } from '../domain/ids.js';
import type { StoredMedia } from '../domain/media-store.js';
import { runInBackground } from '../domain/run-in-background.js';

/** Graph API paths start with the version (`v21.0`); any version is answered alike. */
const versioned = '/:version(^v\\d+\\.\\d+$)';

/** Enough for any file a test sends; Meta allows up to 100 MB (documents), held here in memory. */
const uploadBytesMax = 16 * 1024 * 1024;

const sendError = (reply: FastifyReply, error: GraphErrorReply) =>
  reply.code(error.statusCode).send(error.body);

const unknownObject = (id: string, method: 'get' | 'post') =>
  buildGraphError(100, {
    details: `Unsupported ${method} request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
  });

const bearerToken = (request: FastifyRequest): string | undefined => {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : undefined;
};

/**
 * The Graph API endpoints the platform calls, answering as graph.facebook.com does, errors included
 * (`{ error: { message, type, code, error_data, fbtrace_id } }`), so the production client runs unchanged.
 */
export const graphApi: FastifyPluginAsync<RouteOptions> = async (fastify, { context }) => {
  const { numbers, store, media, faults } = context;
  await fastify.register(multipart, { limits: { fileSize: uploadBytesMax, files: 1 } });

  // Unparseable JSON, a wrong content type or an oversized upload: Meta answers those with code 100 too.
  fastify.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    if ((error.statusCode ?? 500) >= 500) {
      request.log.error({ err: error }, 'Graph API request failed');
      return sendError(reply, buildGraphError(131000));
    }
    return sendError(reply, buildGraphError(100, { details: error.message }));
  });

  fastify.addHook('onRequest', async () => {
    const { latencyMs } = faults.current;
    if (latencyMs > 0) await sleep(latencyMs, undefined, { signal: context.lifetime });
  });

  /**
   * Refuses (code 190) a token that is not `owner`'s: each number's objects are only for its own token. With no
   * owner (an unknown id), any configured token passes, to learn that the object does not exist.
   */
  const checkToken = (request: FastifyRequest, owner?: BusinessNumber): GraphErrorReply | undefined => {
    const token = bearerToken(request);
    const tokens = owner ? [owner.accessToken] : [...numbers.business.values()].map((n) => n.accessToken);
    return token !== undefined && tokens.includes(token) ? undefined : buildGraphError(190);
  };

  /** The business number named in the path, if the caller's token is its own. */
  const findNumber = (request: FastifyRequest): { number: BusinessNumber } | { error: GraphErrorReply } => {
    const { phoneNumberId } = request.params as { phoneNumberId: string };
    const number = numbers.business.get(phoneNumberId);
    if (!number) return { error: checkToken(request) ?? unknownObject(phoneNumberId, 'post') };
    const error = checkToken(request, number);
    return error ? { error } : { number };
  };

  /** The media named in the path, if the caller's token is its owner's. */
  const findMedia = (request: FastifyRequest): { stored: StoredMedia } | { error: GraphErrorReply } => {
    const { mediaId } = request.params as { mediaId: string };
    const stored = media.find(mediaId);
    if (!stored) return { error: checkToken(request) ?? unknownObject(mediaId, 'get') };
    const error = checkToken(request, numbers.business.get(stored.businessNumberId));
    return error ? { error } : { stored };
  };

  fastify.post(`${versioned}/:phoneNumberId/messages`, async (request, reply) => {
    const found = findNumber(request);
    if ('error' in found) return sendError(reply, found.error);
    const { number } = found;

    const problems = validateOutboundMessage(request.body);
    if (problems.length > 0) {
      return sendError(
        reply,
        buildGraphError(problemCode(request.body, problems), { details: problems.join('; ') }),
      );
    }
    const { messaging_product, recipient_type, to, biz_opaque_callback_data, ...message } = request.body as {
      messaging_product: string;
      recipient_type?: string;
      to: string;
      biz_opaque_callback_data?: string;
    } & BusinessMessage;
    const waId = to.replace(/^\+/, '');
    const verdict = faults.judgeSend(waId);
    if (verdict.outcome === 'throttle')
      return sendError(reply, buildGraphError(130429, { httpStatus: verdict.httpStatus }));
    if (verdict.outcome === 'refuse') return sendError(reply, buildGraphError(verdict.code));

    const entry = store.add<BusinessEntry>({
      direction: 'business',
      id: createMessageId(),
      businessNumberId: number.id,
      waId,
      at: Date.now(),
      message,
      status: 'accepted',
      statuses: [],
      errors: [],
      callbackData: biz_opaque_callback_data ?? null,
    });
    const failureCode = verdict.outcome === 'fail-later' ? verdict.code : undefined;
    runInBackground(deliverStatuses(entry, number, failureCode, context), request.log, 'status delivery');
    return {
      messaging_product: 'whatsapp',
      contacts: [{ input: to, wa_id: waId }],
      messages: [{ id: entry.id }],
    };
  });

  fastify.post(`${versioned}/:phoneNumberId/media`, async (request, reply) => {
    const found = findNumber(request);
    if ('error' in found) return sendError(reply, found.error);
    const { number } = found;
    if (!request.isMultipart())
      return sendError(reply, buildGraphError(100, { details: 'the upload must be multipart/form-data' }));

    const fields: Record<string, string> = {};
    let file: { bytes: Buffer; filename: string } | undefined;
    for await (const part of request.parts()) {
      if (part.type === 'file') file = { bytes: await part.toBuffer(), filename: part.filename };
      else fields[part.fieldname] = String(part.value);
    }
    const missing = [
      fields.messaging_product === 'whatsapp' ? undefined : 'messaging_product must be "whatsapp"',
      fields.type ? undefined : 'type (the MIME type of the file) is required',
      file && file.bytes.length > 0 ? undefined : 'file is required',
    ].filter(Boolean);
    if (missing.length > 0 || !file || !fields.type)
      return sendError(reply, buildGraphError(100, { details: missing.join('; ') }));
    const stored = media.save({
      businessNumberId: number.id,
      bytes: file.bytes,
      mimeType: fields.type,
      filename: file.filename,
    });
    return { id: stored.id };
  });

  fastify.get(`${versioned}/:mediaId`, async (request, reply) => {
    const found = findMedia(request);
    if ('error' in found) return sendError(reply, found.error);
    const { stored } = found;
    return {
      messaging_product: 'whatsapp',
      url: `${context.config.SIMULATOR_PUBLIC_URL.replace(/\/+$/, '')}/media-files/${stored.id}`,
      mime_type: stored.mimeType,
      sha256: stored.sha256.toString('hex'),
      file_size: stored.bytes.length,
      id: stored.id,
    };
  });

  // The download URL handed out above; like Meta's, it needs the same bearer token.
  fastify.get('/media-files/:mediaId', async (request, reply) => {
    const found = findMedia(request);
    if ('error' in found) return sendError(reply, found.error);
    const { stored } = found;
    return reply.type(stored.mimeType).send(stored.bytes);
  });
};

/**
 * Meta answers 131009 (parameter value not valid) when the message names a known type and only values inside
 * it are wrong, and 100 (invalid parameter) when the request itself is malformed.
 */
function problemCode(body: unknown, problems: readonly string[]): number {
  const type = typeof body === 'object' && body !== null ? (body as { type?: unknown }).type : undefined;
  return typeof type === 'string' && problems.every((problem) => problem.startsWith(`${type}.`))
    ? 131009
    : 100;
}
