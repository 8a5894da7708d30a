import type { FastifyPluginAsync } from 'fastify';
import type { LocalMediaStore } from '../domain/media-store.js';

const types: Record<string, string> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  ogg: 'audio/ogg',
  mp3: 'audio/mpeg',
  aac: 'audio/aac',
  m4a: 'audio/mp4',
  amr: 'audio/amr',
  mp4: 'video/mp4',
  pdf: 'application/pdf',
};

/**
 * Citizens' stored photos for staff screens (the grievance API links here). A key is the file's SHA-256, so a
 * link cannot be guessed, only passed on.
 */
export const mediaFiles: FastifyPluginAsync<{ store: LocalMediaStore }> = async (fastify, { store }) => {
  fastify.get('/media/media/:prefix/:file', async (request, reply) => {
    const { prefix, file } = request.params as { prefix: string; file: string };
    const bytes = await store.get(`media/${prefix}/${file}`);
    if (!bytes) return reply.code(404).send({ error: 'not_found', message: 'no such media file' });
    return reply
      .type(types[file.split('.').pop() ?? ''] ?? 'application/octet-stream')
      .header('cache-control', 'private, max-age=86400, immutable')
      .send(bytes);
  });
};
