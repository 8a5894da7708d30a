import { readFile } from 'node:fs/promises';
import type { FastifyPluginAsync } from 'fastify';

/** The page sits beside dist/ and src/ alike, so the same relative path works built and in tests. */
const pageUrl = new URL('../../public/chat.html', import.meta.url);

/** The citizen's side in a browser: one static file, no build step. */
export const chatPage: FastifyPluginAsync = async (fastify) => {
  const page = await readFile(pageUrl);
  fastify.get('/', async (_request, reply) => reply.type('text/html; charset=utf-8').send(page));
};
