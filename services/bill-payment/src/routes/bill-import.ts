import { Type } from '@seva/service-kit';
import type { FastifyPluginAsync } from 'fastify';
import type { ImportReport } from '../domain/import-bills.js';
import { sameSecret } from '../domain/same-secret.js';

export interface BillImportOptions {
  readonly token: string;
  readonly importBills: (rows: readonly unknown[]) => Promise<ImportReport>;
}

/** Rows are checked one by one (read-bill-row.ts), so a bad row is reported instead of failing the batch. */
const batch = Type.Object({ bills: Type.Array(Type.Unknown(), { minItems: 1, maxItems: 1000 }) });

/**
 * POST /bills/import: bills from a city's billing system, behind a bearer token. Answers 200 when every row
 * was imported (created, updated or unchanged) and 207 Multi-Status when some rows were refused: the valid
 * rows are imported all the same and `errors` lists each refused row by index with every reason. A body that
 * is not `{ bills: [...] }` (1 to 1,000 rows) is refused whole with 400.
 */
export const billImport: FastifyPluginAsync<BillImportOptions> = async (fastify, options) => {
  fastify.addHook('onRequest', async (request, reply) => {
    const header = request.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : '';
    if (!sameSecret(token, options.token)) {
      request.log.warn('bill import refused: wrong or missing token');
      return reply
        .code(401)
        .header('www-authenticate', 'Bearer')
        .send({ error: 'unauthorized', message: 'a valid bearer token is required' });
    }
  });

  fastify.post('/bills/import', { schema: { body: batch } }, async (request, reply) => {
    const report = await options.importBills((request.body as { bills: unknown[] }).bills);
    request.log.info(
      {
        created: report.created,
        updated: report.updated,
        unchanged: report.unchanged,
        failed: report.failed,
      },
      'bills imported',
    );
    return reply.code(report.failed > 0 ? 207 : 200).send(report);
  });
};
