import { type Static, Type } from '@seva/service-kit';
import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../db.js';
import type { ReceiptLinks } from '../domain/receipt-links.js';

export interface ReceiptRouteOptions {
  readonly db: Db;
  readonly links: ReceiptLinks;
  readonly now: () => Date;
  readonly pdf: (receiptNumber: string) => Promise<Buffer | undefined>;
}

const params = Type.Object({ receiptNumber: Type.String({ pattern: '^[\\w-]{1,64}$' }) });
const query = Type.Object({
  waId: Type.Optional(Type.String({ pattern: '^\\d{7,15}$' })),
  expires: Type.Optional(Type.Integer({ minimum: 0 })),
  sig: Type.Optional(Type.String({ maxLength: 128 })),
});

/**
 * GET /receipts/:receiptNumber: the receipt PDF, for a number linked to the connection (`?waId=`) or for a
 * signed link that has not expired (`?expires=&sig=`, receipt-links.ts), which is what WhatsApp fetches for a
 * document message. 404 for an unknown receipt, 403 for anyone else.
 */
export const receipts: FastifyPluginAsync<ReceiptRouteOptions> = async (fastify, options) => {
  fastify.get(
    '/receipts/:receiptNumber',
    { schema: { params, querystring: query } },
    async (request, reply) => {
      const { receiptNumber } = request.params as Static<typeof params>;
      const { waId, expires, sig } = request.query as Static<typeof query>;
      const receipt = await options.db.receipt.findUnique({
        where: { receiptNumber },
        select: {
          payment: {
            select: {
              bill: { select: { connection: { select: { linkedNumbers: { select: { waId: true } } } } } },
            },
          },
        },
      });
      if (!receipt)
        return reply.code(404).send({ error: 'not_found', message: `no receipt ${receiptNumber}` });
      const allowed =
        expires !== undefined && sig !== undefined
          ? options.links.verify(receiptNumber, expires, sig, options.now())
          : waId !== undefined &&
            receipt.payment.bill.connection.linkedNumbers.some((linked) => linked.waId === waId);
      if (!allowed) {
        request.log.warn({ receiptNumber, waId, signed: sig !== undefined }, 'receipt download refused');
        return reply
          .code(403)
          .send({ error: 'forbidden', message: 'this receipt is for the numbers linked to its connection' });
      }
      const pdf = await options.pdf(receiptNumber);
      return reply
        .type('application/pdf')
        .header('cache-control', 'private, no-store')
        .header('content-disposition', `inline; filename="${receiptNumber}.pdf"`)
        .send(pdf);
    },
  );
};
