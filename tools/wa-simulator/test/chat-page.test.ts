import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildReplyButtons, buildText, GraphApiClient } from '@seva/whatsapp';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessToken,
  businessNumberId,
  citizen,
  type GatewayStandIn,
  type RunningSimulator,
  startGateway,
  startSimulator,
} from './helpers.js';

// Debian's Chromium, installed by infra/scripts/bootstrap.sh; no browser is ever downloaded.
const chromiumPath = '/usr/bin/chromium';
const screenshot = fileURLToPath(new URL('./output/chat.png', import.meta.url));

let bot: GatewayStandIn;
let simulator: RunningSimulator;
let browser: Browser;

describe.skipIf(!existsSync(chromiumPath))('chat page', () => {
  beforeAll(async () => {
    let client: GraphApiClient | undefined;
    // A bot in the platform's place: it reads the webhook and answers through the Graph API, as the
    // notification service would.
    bot = await startGateway(async ({ parsed }) => {
      for (const { message } of parsed?.messages ?? []) {
        if (message.kind === 'TEXT') {
          await client!.sendMessage(
            businessNumberId,
            message.citizenWaId,
            buildReplyButtons({
              header: 'Seva',
              body: `नमस्ते ${message.citizenName}! What would you like to do?`,
              footer: 'Punjab water board',
              buttons: [
                { id: 'bill', title: 'Pay water bill' },
                { id: 'complaint', title: 'Register complaint' },
              ],
            }),
          );
        } else if (message.kind === 'BUTTON_REPLY' && message.reply?.id === 'bill') {
          await client!.sendMessage(
            businessNumberId,
            message.citizenWaId,
            buildText('*Water bill SEVA-42*\nAmount due: ₹1,250\nDue by 30 November'),
          );
        }
      }
    });
    simulator = await startSimulator(bot.url);
    client = new GraphApiClient({ baseUrl: simulator.url, version: 'v21.0', accessToken });
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-quic',
        '--no-first-run',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await simulator?.close();
    await bot?.close();
  });

  it('lets a citizen say hi, see the reply buttons, tap one and read the answer', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 720 } });
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));

    await page.goto(`${simulator.url}/?waId=${citizen}&name=Asha&business=${businessNumberId}`);
    await page.getByLabel('Message').fill('hi');
    await page.getByRole('button', { name: 'Send' }).click();

    await page.getByText('What would you like to do?').waitFor();
    const payBill = page.getByRole('button', { name: 'Pay water bill' });
    await page.getByRole('button', { name: 'Register complaint' }).waitFor();
    await payBill.click();

    await page.getByText('Amount due: ₹1,250').waitFor();
    // WhatsApp's *bold* is rendered bold, and the reply is marked read once its status webhooks went out.
    expect(await page.locator('strong', { hasText: 'Water bill SEVA-42' }).count()).toBe(1);
    await page.locator('li.business .ticks.read').nth(1).waitFor();

    const bubbles = await page
      .locator('#messages > li')
      .evaluateAll((items) =>
        items.map((item) => `${item.className}: ${item.querySelector('.text')?.textContent ?? ''}`),
      );
    expect(bubbles).toEqual([
      'citizen: hi',
      expect.stringMatching(/^business: नमस्ते Asha! What would you like to do\?/),
      'citizen: Pay water bill',
      expect.stringMatching(/^business: Water bill SEVA-42/),
    ]);

    await mkdir(fileURLToPath(new URL('./output/', import.meta.url)), { recursive: true });
    await page.screenshot({ path: screenshot });
    expect(failures).toEqual([]);
  });
});
