import { type Static, Type } from '@seva/service-kit';
import type { FastifyPluginAsync } from 'fastify';
import type { RouteOptions } from '../context.js';
import { completeAttempt } from '../domain/complete-attempt.js';
import { LedgerError } from '../domain/ledger.js';
import type { PaymentLinkEntity } from '../domain/provider-entities.js';

const params = Type.Object({ linkId: Type.String({ minLength: 1 }) });
const choice = Type.Object({ outcome: Type.Union([Type.Literal('pay'), Type.Literal('fail')]) });

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
const rupees = (paise: number) =>
  `₹${(paise / 100).toLocaleString('en-IN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: system-ui, sans-serif; background: #f2f4f7; margin: 0; display: grid; place-items: center; min-height: 100vh; }
  main { background: #fff; border-radius: 12px; padding: 2rem; width: min(26rem, 90vw); box-shadow: 0 2px 12px #0002; }
  h1 { font-size: 1.1rem; margin: 0 0 1rem; color: #555; }
  .amount { font-size: 2rem; font-weight: 700; margin: 0.5rem 0; }
  .status { font-weight: 600; }
  form { display: flex; gap: 0.75rem; margin-top: 1.5rem; }
  button { flex: 1; font-size: 1rem; padding: 0.75rem; border: 0; border-radius: 8px; cursor: pointer; }
  button[value=pay] { background: #0b7a3e; color: #fff; }
  button[value=fail] { background: #e4e7ec; color: #b42318; }
</style></head>
<body><main>${body}</main></body></html>`;
}

function linkPage(link: PaymentLinkEntity, note = ''): string {
  const payable = link.status === 'created';
  return page(
    'Pay',
    `<h1>Payment simulator</h1>
<p>${escapeHtml(link.description)}</p>
<p class="amount">${rupees(link.amount)}</p>
<p class="status">Status: <span id="status">${escapeHtml(link.status)}</span></p>
${note}
${
  payable
    ? `<form method="post" action="/pay/${encodeURIComponent(link.id)}">
  <button type="submit" name="outcome" value="pay">Pay</button>
  <button type="submit" name="outcome" value="fail">Fail</button>
</form>`
    : ''
}
${link.status === 'paid' && link.callback_url ? `<p><a href="${escapeHtml(link.callback_url)}">Return</a></p>` : ''}`,
  );
}

/** The hosted page a citizen opens from the short_url: the amount and what it is for, and Pay or Fail. */
export const payPage: FastifyPluginAsync<RouteOptions> = async (fastify, { context }) => {
  fastify.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );

  fastify.get('/pay/:linkId', { schema: { params } }, async (request, reply) => {
    const link = context.ledger.link((request.params as Static<typeof params>).linkId, new Date());
    if (!link)
      return reply.code(404).type('text/html').send(page('Not found', '<p>No such payment link.</p>'));
    return reply.type('text/html').send(linkPage(link));
  });

  fastify.post('/pay/:linkId', { schema: { params, body: choice } }, async (request, reply) => {
    const { linkId } = request.params as Static<typeof params>;
    const { outcome } = request.body as Static<typeof choice>;
    try {
      await completeAttempt(context, linkId, outcome === 'pay' ? 'captured' : 'failed');
    } catch (error) {
      if (!(error instanceof LedgerError)) throw error;
      return reply
        .code(409)
        .type('text/html')
        .send(page('Not payable', `<p>${escapeHtml(error.message)}</p>`));
    }
    const link = context.ledger.link(linkId, new Date())!;
    const note =
      outcome === 'pay' ? '<p>Payment received. Thank you.</p>' : '<p>The payment failed. Try again.</p>';
    return reply.type('text/html').send(linkPage(link, note));
  });
};
