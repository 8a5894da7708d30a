import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devEnvironment, type Platform, startPlatform } from '../src/platform.js';
import { SimCitizen } from '../src/sim-citizen.js';

// PDF.js reads receipts that use the standard 14 fonts only with those fonts' metrics.
const standardFontDataUrl = `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

async function pdfText(bytes: ArrayBuffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl, disableFontFace: true })
    .promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages.join('\n');
}

describe('a citizen pays a water bill on WhatsApp', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform();
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('sees two bills, pays one in the payment simulator and receives the receipt PDF', async () => {
    const mobile = String(Math.floor(9_000_000_000 + Math.random() * 999_999_999));
    const citizen = new SimCitizen(platform.simulatorUrl, `91${mobile}`, 'Harpreet');
    const suffix = Date.now().toString(36).toUpperCase();
    const row = (
      service: 'WATER' | 'SEWERAGE',
      billNumber: string,
      consumerNumber: string,
      taxHeads: Array<{ code: string; amount: string }>,
    ) => ({
      tenantId: 'pb.amritsar',
      consumerNumber,
      service,
      holderName: 'Harpreet Kaur',
      linkedMobiles: [mobile],
      billNumber,
      periodFrom: '2026-07-01',
      periodTo: '2026-09-30',
      dueDate: '2026-12-31',
      taxHeads,
    });
    const water = `WSB-${suffix}`;
    const imported = await fetch(`${platform.billPaymentUrl}/bills/import`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${devEnvironment.BILLING_IMPORT_TOKEN}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        bills: [
          row('WATER', water, `WS/107/${suffix}`, [
            { code: 'WS_CHARGE', amount: '540.00' },
            { code: 'WS_TIME_PENALTY', amount: '27.50' },
          ]),
          row('SEWERAGE', `SWB-${suffix}`, `SW/107/${suffix}`, [{ code: 'SW_CHARGE', amount: '315.00' }]),
        ],
      }),
    });
    expect(imported.status).toBe(200);

    await citizen.text('hi');
    await citizen.tap('lang:en');
    const [list] = await citizen.tap('menu:bill');
    expect(list).toMatch(/unpaid water and sewerage bills/);
    expect((await citizen.options()).map((option) => option.id).sort()).toEqual(
      [`bill:SWB-${suffix}`, `bill:${water}`].sort(),
    );
    const [details] = await citizen.tap(`bill:${water}`, 2);
    expect(details).toMatch(/Water charges: ₹540.00[\s\S]*Penalty: ₹27.50[\s\S]*Total: ₹567.50/);
    const [link] = await citizen.tap('pay');
    const url = /http\S+\/pay\/(\S+)/.exec(link!);
    expect(url, link).not.toBeNull();

    const paid = await fetch(`${platform.paymentSimulatorUrl}/_sim/links/${url![1]}/pay`, { method: 'POST' });
    expect(paid.status).toBe(200);
    const [thanks, receipt] = await citizen.waitForReplies(2, 60000);
    expect(thanks).toMatch(/567/);
    expect(receipt).toBe('[document]');
    const document = (await citizen.businessMessages()).at(-1)!.message.document as {
      link: string;
      filename: string;
    };
    const pdf = await fetch(document.link);
    expect(pdf.status).toBe(200);
    const text = await pdfText(await pdf.arrayBuffer());
    expect(text).toContain(water);
    expect(text).toMatch(/567\.50/);
    expect(citizen.sent).toBe(5);
  });
});
