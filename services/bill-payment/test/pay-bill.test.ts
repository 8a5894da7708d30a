import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { billRow, businessNumberId, type Harness, startHarness } from './harness.js';

const payer = '919876543210';
const family = '919812345678';
const stranger = '919700000001';
const water = 'WSB-107-2025Q1-004512';
const sewerage = 'SWB-107-2025Q1-002318';

/**
 * PDF.js needs the standard 14 fonts' metrics to read a PDF that uses them without embedding (as ours do).
 */
const standardFontDataUrl = `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

async function pdfText(bytes: ArrayBuffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl, disableFontFace: true })
    .promise;
  const texts: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return texts.join('\n');
}

describe('a citizen pays a water bill on WhatsApp', () => {
  let harness: Harness;
  let request = 0;
  const ask = async (
    type: 'billing.bills-requested' | 'billing.payment-link-requested' | 'billing.receipts-requested',
    waId: string,
    fields: Record<string, unknown> = {},
  ) => {
    const requestId = `req-${++request}`;
    const base = { requestId, businessNumberId, citizenWaId: waId, language: null };
    if (type === 'billing.bills-requested')
      await harness.command(type, { ...base, consumerNumber: null, ...fields });
    else if (type === 'billing.receipts-requested') await harness.command(type, base);
    else await harness.command(type, { ...base, billNumber: '', ...fields });
    return requestId;
  };
  const reply = async <
    E extends
      | 'billing.bills-listed'
      | 'billing.payment-link-created'
      | 'billing.payment-link-refused'
      | 'billing.receipts-listed',
  >(
    type: E,
    requestId: string,
  ) => (await harness.waitFor(type, (value) => value.requestId === requestId))[0]!;

  beforeAll(async () => {
    harness = await startHarness('pay');
    const imported = await harness.importBills([
      billRow({ linkedMobiles: ['9876543210', '9812345678'] }),
      billRow({
        consumerNumber: 'SW/107/2019-20/002318',
        service: 'SEWERAGE',
        billNumber: sewerage,
        taxHeads: [{ code: 'SW_CHARGE', amount: 315 }],
      }),
    ]);
    expect(imported.status).toBe(200);
  });
  afterAll(async () => {
    await harness?.close();
  });

  let linkUrl: string;
  let paymentId: string;
  let receiptUrl: string;
  let receiptNumber: string;

  it('lists the two unpaid bills of the connections linked to the number', async () => {
    const listed = await reply('billing.bills-listed', await ask('billing.bills-requested', payer, {}));
    expect(listed.reason).toBeNull();
    // Both are due on the same day; then they come in bill number order.
    expect(listed.bills.map((bill) => [bill.billNumber, bill.service, bill.amountPaise])).toEqual([
      [sewerage, 'SEWERAGE', 31_500],
      [water, 'WATER', 56_750],
    ]);
    expect(listed.bills[1]).toMatchObject({
      consumerNumber: 'WS/107/2019-20/004512',
      tenantId: 'pb.amritsar',
      period: '2025-01-01/2025-03-31',
      dueDate: '2025-04-30',
      taxHeads: [
        { code: 'WS_CHARGE', amountPaise: 54_000 },
        { code: 'WS_WATER_CESS', amountPaise: 2_700 },
        { code: 'WS_Round_Off', amountPaise: 50 },
      ],
    });
  });

  it('gives a payment link for the exact amount, and the same link again while it is valid', async () => {
    const created = await reply(
      'billing.payment-link-created',
      await ask('billing.payment-link-requested', payer, { billNumber: water, language: 'hi' }),
    );
    expect(created).toMatchObject({ billNumber: water, amountPaise: 56_750 });
    expect(created.url).toMatch(new RegExp(`^${harness.simulatorUrl}/pay/plink_`));
    expect(created.expiresAt).toBeGreaterThan(Date.now() + 50 * 60_000);
    const again = await reply(
      'billing.payment-link-created',
      await ask('billing.payment-link-requested', payer, { billNumber: water }),
    );
    expect(again).toMatchObject({ url: created.url, paymentId: created.paymentId });
    linkUrl = created.url;
    paymentId = created.paymentId;
  });

  it('settles the payment once the citizen pays on the provider page, and queues the receipt', async () => {
    const page = await fetch(linkUrl);
    expect(await page.text()).toContain('₹567.50');
    const paid = await fetch(linkUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'outcome=pay',
    });
    expect(await paid.text()).toContain('Payment received');

    const [settled] = await harness.waitFor(
      'billing.payment-settled',
      (value) => value.paymentId === paymentId,
    );
    expect(settled).toMatchObject({
      billNumber: water,
      consumerNumber: 'WS/107/2019-20/004512',
      tenantId: 'pb.amritsar',
      payerWaId: payer,
      outcome: 'PAID',
      amountPaise: 56_750,
      reason: null,
    });
    expect(settled!.receiptNumber).toMatch(/^RCPT-107-\d{4}-\d{2}-000001$/);
    expect(settled!.receiptKey).toBe(`${settled!.receiptNumber}.pdf`);
    receiptNumber = settled!.receiptNumber!;
    receiptUrl = settled!.receiptUrl!;
    expect(receiptUrl).toMatch(
      new RegExp(`^${harness.url}/receipts/${receiptNumber}\\?expires=\\d+&sig=[0-9a-f]{64}$`),
    );

    const outbound = await harness.waitFor(
      'whatsapp.outbound-request',
      (value) => value.requestId.startsWith(`receipt:${receiptNumber}`),
      4,
    );
    const byRecipient = (waId: string) =>
      outbound
        .filter((value) => value.citizenWaId === waId)
        .map((value) => ({ ...value, message: JSON.parse(value.message) }));
    const [thanks, document] = byRecipient(payer);
    expect(thanks!.message.type).toBe('text');
    expect(thanks!.message.text.body).toContain('₹567.50');
    expect(thanks!.fallbackTemplate).toEqual({
      name: 'seva_payment_receipt',
      language: 'hi',
      parameters: ['567.50', water, receiptNumber],
    });
    expect(document!.message).toEqual({
      type: 'document',
      document: {
        link: receiptUrl,
        filename: `${receiptNumber}.pdf`,
        caption: `बिल ${water} की रसीद ${receiptNumber}`,
      },
    });
    expect(document!.fallbackTemplate).toBeNull();
    const [familyThanks, familyDocument] = byRecipient(family);
    expect(familyThanks!.message.text.body).toBe(
      `Thank you! We received Rs 567.50 for the water bill ${water} (consumer number WS/107/2019-20/004512). Your receipt ${receiptNumber} follows.`,
    );
    expect(familyThanks!.fallbackTemplate?.language).toBe('en');
    expect(familyDocument!.message.document.link).toBe(receiptUrl);
    expect(familyThanks!.businessNumberId).toBe(businessNumberId);
  });

  it('serves the receipt PDF through the signed link, with the bill and the amount in it', async () => {
    const response = await fetch(receiptUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const text = await pdfText(await response.arrayBuffer());
    expect(text).toContain(receiptNumber);
    expect(text).toContain(water);
    expect(text).toContain('Rs 567.50');
    expect(text).toContain('Rupees Five Hundred Sixty Seven and Fifty Paise Only');
    expect(text).toContain('Water Charges');
    expect(text).toContain('Municipal Corporation Amritsar');
    expect(text).toContain('+91******3210');
    expect(text).not.toContain(payer);
  });

  it('serves the receipt to linked numbers only, and to unexpired links signed for it', async () => {
    const get = (query: string, number = receiptNumber) =>
      fetch(`${harness.url}/receipts/${number}?${query}`);
    expect((await get(`waId=${family}`)).status).toBe(200);
    expect((await get(`waId=${stranger}`)).status).toBe(403);
    expect((await get('')).status).toBe(403);
    const signed = new URL(receiptUrl);
    const sig = signed.searchParams.get('sig')!;
    const expires = signed.searchParams.get('expires')!;
    expect(
      (await get(`expires=${expires}&sig=${sig.replace(/.$/, sig.endsWith('0') ? '1' : '0')}`)).status,
    ).toBe(403);
    expect((await get(`expires=${Number(expires) + 60}&sig=${sig}`)).status).toBe(403);
    expect((await get(`expires=${expires}&sig=${sig}`, 'RCPT-107-2025-26-999999')).status).toBe(404);
    harness.setClock((Number(expires) + 1) * 1000);
    expect((await get(`expires=${expires}&sig=${sig}`)).status).toBe(403);
    harness.setClock(Date.now());
  });

  it('no longer lists the paid bill, and refuses a link for it', async () => {
    const listed = await reply('billing.bills-listed', await ask('billing.bills-requested', payer));
    expect(listed.bills.map((bill) => bill.billNumber)).toEqual([sewerage]);
    const refused = await reply(
      'billing.payment-link-refused',
      await ask('billing.payment-link-requested', family, { billNumber: water }),
    );
    expect(refused.reason).toBe('ALREADY_PAID');
    const bill = await harness.db.bill.findUniqueOrThrow({
      where: { billNumber: water },
      include: { payments: true },
    });
    expect(bill.status).toBe('PAID');
    expect(bill.payments.map((p) => p.state)).toEqual(['PAID']);
  });

  it('lists the receipts of the connections linked to a number, with fresh signed links', async () => {
    const listed = await reply('billing.receipts-listed', await ask('billing.receipts-requested', family));
    expect(listed.receipts).toHaveLength(1);
    expect(listed.receipts[0]).toMatchObject({
      receiptNumber,
      billNumber: water,
      service: 'WATER',
      amountPaise: 56_750,
      filename: `${receiptNumber}.pdf`,
    });
    expect((await fetch(listed.receipts[0]!.url)).status).toBe(200);
    const none = await reply('billing.receipts-listed', await ask('billing.receipts-requested', stranger));
    expect(none.receipts).toEqual([]);
  });

  it('shows a number nothing of a connection not linked to it, even with its consumer number', async () => {
    const typed = await reply(
      'billing.bills-listed',
      await ask('billing.bills-requested', stranger, { consumerNumber: 'sw/107/2019-20/002318' }),
    );
    expect(typed).toMatchObject({ bills: [], reason: 'NOT_LINKED' });
    const own = await reply(
      'billing.bills-listed',
      await ask('billing.bills-requested', payer, { consumerNumber: ' sw/107/2019-20/002318 ' }),
    );
    expect(own.bills.map((bill) => bill.billNumber)).toEqual([sewerage]);
    const unknown = await reply(
      'billing.bills-listed',
      await ask('billing.bills-requested', stranger, { consumerNumber: 'WS/999/0000' }),
    );
    expect(unknown).toMatchObject({ bills: [], reason: 'UNKNOWN_CONSUMER' });
    const nothing = await reply('billing.bills-listed', await ask('billing.bills-requested', stranger));
    expect(nothing).toMatchObject({ bills: [], reason: 'NO_LINKED_CONNECTIONS' });
    const refused = await reply(
      'billing.payment-link-refused',
      await ask('billing.payment-link-requested', stranger, { billNumber: sewerage }),
    );
    expect(refused.reason).toBe('NOT_LINKED');
    expect(await harness.db.payment.count({ where: { billNumber: sewerage } })).toBe(0);
  });

  it('answers a repeated command once', async () => {
    const requestId = await ask('billing.bills-requested', payer);
    await reply('billing.bills-listed', requestId);
    await harness.command('billing.bills-requested', {
      requestId,
      businessNumberId,
      citizenWaId: payer,
      consumerNumber: null,
      language: null,
    });
    await ask('billing.bills-requested', payer).then((next) => reply('billing.bills-listed', next));
    expect(harness.seen('billing.bills-listed', (value) => value.requestId === requestId)).toHaveLength(1);
  });
});
