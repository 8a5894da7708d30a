import { createHash } from 'node:crypto';
import {
  BUTTON_TITLE_MAX,
  buildList,
  buildReplyButtons,
  buildText,
  classifySendError,
  GraphApiClient,
  type OutboundMessage,
  SendError,
} from '@seva/whatsapp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  accessToken,
  businessNumberId,
  citizen,
  type GatewayStandIn,
  otherNumberId,
  otherToken,
  type RunningSimulator,
  startGateway,
  startSimulator,
} from './helpers.js';

let gateway: GatewayStandIn;
let simulator: RunningSimulator;
let client: GraphApiClient;

beforeAll(async () => {
  gateway = await startGateway();
  simulator = await startSimulator(gateway.url);
  // The platform's own client, pointed at the simulator: only the base URL differs from production.
  client = new GraphApiClient({ baseUrl: simulator.url, version: 'v21.0', accessToken });
});

afterAll(async () => {
  await simulator.close();
  await gateway.close();
});

beforeEach(async () => {
  await simulator.control('POST', '/_sim/config', {});
  await simulator.control('POST', '/_sim/reset');
});

/** What the tests read of a Graph API answer. */
interface GraphAnswer {
  /** An upload's media id. */
  id: string;
  messages: [{ id: string }];
  error: { code: number; error_data: { details: string } };
}

/** A raw send, to see exactly what the Graph API answers. */
async function send(body: unknown, options: { token?: string; phoneNumberId?: string } = {}) {
  const response = await fetch(
    `${simulator.url}/v21.0/${options.phoneNumberId ?? businessNumberId}/messages`,
    {
      method: 'POST',
      headers: {
        authorization: `Bearer ${options.token ?? accessToken}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify(body),
    },
  );
  return { status: response.status, body: (await response.json()) as GraphAnswer };
}

const envelope = (message: OutboundMessage, to = citizen) => ({
  messaging_product: 'whatsapp',
  recipient_type: 'individual',
  to,
  ...message,
});

async function sendError(call: () => Promise<unknown>): Promise<SendError> {
  try {
    await call();
  } catch (error) {
    if (error instanceof SendError) return error;
    throw error;
  }
  throw new Error('expected the send to fail');
}

/** Meta's error body; `error_data` (with the details) is checked where it matters. */
const metaError = (code: number) => ({
  error: expect.objectContaining({
    message: expect.stringContaining(code === 190 ? 'access token' : `(#${code})`),
    type: 'OAuthException',
    code,
    fbtrace_id: expect.any(String),
  }),
});

describe('sending messages', () => {
  it.each<[string, OutboundMessage]>([
    ['a text', buildText('आपकी शिकायत SEVA-42 दर्ज हो गई है।')],
    [
      'reply buttons',
      buildReplyButtons({
        body: 'Pay your water bill?',
        buttons: [
          { id: 'pay', title: 'Pay now' },
          { id: 'later', title: 'Later' },
        ],
      }),
    ],
    [
      'a list',
      buildList({
        body: 'ਆਪਣਾ ਵਾਰਡ ਚੁਣੋ',
        buttonText: 'ਵਾਰਡ',
        sections: [
          { title: 'Ludhiana', rows: [{ id: 'ward:14', title: 'ਵਾਰਡ 14', description: 'ਮਾਡਲ ਟਾਊਨ' }] },
        ],
      }),
    ],
  ])('accepts %s and answers like Meta, with a wamid', async (_case, message) => {
    const { status, body } = await send(envelope(message));
    expect(status).toBe(200);
    expect(body).toEqual({
      messaging_product: 'whatsapp',
      contacts: [{ input: citizen, wa_id: citizen }],
      messages: [{ id: expect.stringMatching(/^wamid\.\S+$/) }],
    });
    const { body: recorded } = await simulator.control<{ messages: Array<Record<string, unknown>> }>(
      'GET',
      '/_sim/messages?since=0',
    );
    expect(recorded.messages).toEqual([
      expect.objectContaining({ id: body.messages[0].id, waId: citizen, businessNumberId, message }),
    ]);
  });

  it('works with the platform’s GraphApiClient, and ids differ on every send', async () => {
    const first = await client.sendMessage(businessNumberId, citizen, buildText('one'));
    const second = await client.sendMessage(businessNumberId, `+${citizen}`, buildText('two'));
    expect(first.messageId).toMatch(/^wamid\./);
    expect(second.messageId).not.toBe(first.messageId);
  });

  it.each<[string, unknown, number, string]>([
    [
      'an over-long button title',
      envelope({
        type: 'interactive',
        interactive: {
          type: 'button',
          body: { text: 'Choose' },
          action: { buttons: [{ type: 'reply', reply: { id: 'status', title: 'ਸ਼ਿਕਾਇਤ ਦੀ ਸਥਿਤੀ ਵੇਖੋ' } }] },
        },
      }),
      131009,
      `interactive.action.buttons[0].reply.title must have 1 to ${BUTTON_TITLE_MAX} characters, got 21`,
    ],
    ['a body that is not an object', null, 100, 'body must be an object'],
    [
      'another messaging product and no recipient',
      { messaging_product: 'sms', type: 'text', text: { body: 'hi' } },
      100,
      'messaging_product must be "whatsapp"; to must be a phone number',
    ],
  ])('refuses %s with Meta’s error body listing the problems', async (_case, request, code, details) => {
    const { status, body } = await send(request);
    expect(status).toBe(400);
    expect(body).toEqual(metaError(code));
    expect(body.error.error_data).toEqual({
      messaging_product: 'whatsapp',
      details: expect.stringContaining(details),
    });
    expect(classifySendError(status, body)).toMatchObject({
      kind: 'invalid-request',
      retryable: false,
      code,
    });
  });

  it('refuses unparseable JSON with code 100', async () => {
    const response = await fetch(`${simulator.url}/v21.0/${businessNumberId}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
      body: '{"messaging_product":',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual(metaError(100));
  });

  it.each([
    ['a wrong token', { token: 'not-the-token' }, 401, 190, 'auth'],
    ['another number’s token', { token: otherToken }, 401, 190, 'auth'],
    ['an unknown phone number id', { phoneNumberId: '999' }, 400, 100, 'invalid-request'],
  ])('refuses %s', async (_case, options, httpStatus, code, kind) => {
    const { status, body } = await send(envelope(buildText('hi')), options);
    expect(status).toBe(httpStatus);
    expect(body).toEqual(metaError(code));
    expect(classifySendError(status, body).kind).toBe(kind);
  });

  it('lets each number send with its own token', async () => {
    const { status } = await send(envelope(buildText('hi')), {
      token: otherToken,
      phoneNumberId: otherNumberId,
    });
    expect(status).toBe(200);
  });
});

describe('faults', () => {
  it.each([400, 429])(
    'throttles every Nth send with 130429 (HTTP %i), then accepts again',
    async (httpStatus) => {
      await simulator.control('POST', '/_sim/config', { throttle: { every: 2, httpStatus } });
      const outcomes: Array<string | number> = [];
      for (let i = 0; i < 4; i++) {
        const { status, body } = await send(envelope(buildText(`message ${i}`)));
        outcomes.push(status === 200 ? 'ok' : body.error.code);
        if (status !== 200) {
          expect(status).toBe(httpStatus);
          expect(body.error.error_data.details).toBe('Cloud API message throughput has been reached.');
        }
      }
      expect(outcomes).toEqual(['ok', 130429, 'ok', 130429]);
      // The platform's client sees a retryable throttling error, whichever the status.
      await simulator.control('POST', '/_sim/config', { throttle: { every: 1, httpStatus } });
      const throttled = await sendError(() =>
        client.sendMessage(businessNumberId, citizen, buildText('again')),
      );
      expect(throttled).toMatchObject({ kind: 'throttled', retryable: true, code: 130429, httpStatus });
    },
  );

  it.each([
    [131026, 'recipient', 'Message undeliverable'],
    [131047, 'window-closed', 'Re-engagement message'],
  ])('refuses sends to a citizen configured with error %i', async (code, kind, title) => {
    await simulator.control('POST', '/_sim/config', { recipientErrors: [{ waId: citizen, code }] });
    const error = await sendError(() => client.sendMessage(businessNumberId, citizen, buildText('hi')));
    expect(error).toMatchObject({ kind, code, httpStatus: 400 });
    expect(error.message).toContain(title);
    // Other citizens are not affected.
    await expect(
      client.sendMessage(businessNumberId, '919999999999', buildText('hi')),
    ).resolves.toBeDefined();
  });

  it('answers after the configured latency', async () => {
    await simulator.control('POST', '/_sim/config', { latencyMs: 150 });
    const started = performance.now();
    await client.sendMessage(businessNumberId, citizen, buildText('slow'));
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('refuses a fault setting it does not know, and echoes the ones it applied', async () => {
    const typo = await simulator.control('POST', '/_sim/config', { duplicateWebhook: true });
    expect(typo.status).toBe(400);
    const applied = await simulator.control('POST', '/_sim/config', {
      duplicateWebhooks: true,
      webhookDelayMs: 5,
    });
    expect(applied.body).toMatchObject({ duplicateWebhooks: true, webhookDelayMs: 5, latencyMs: 0 });
    expect((await simulator.control('GET', '/_sim/config')).body).toEqual(applied.body);
  });
});

describe('media', () => {
  const pdf = Buffer.from('%PDF-1.4\n% bill of SEVA-42\n%%EOF\n');

  async function upload(options: { token?: string; type?: string } = {}) {
    const form = new FormData();
    form.set('messaging_product', 'whatsapp');
    if (options.type !== '') form.set('type', options.type ?? 'application/pdf');
    form.set('file', new Blob([pdf], { type: 'application/pdf' }), 'bill-42.pdf');
    const response = await fetch(`${simulator.url}/v21.0/${businessNumberId}/media`, {
      method: 'POST',
      headers: { authorization: `Bearer ${options.token ?? accessToken}` },
      body: form,
    });
    return { status: response.status, body: (await response.json()) as GraphAnswer };
  }

  it('takes an upload, describes it and hands it back to the token’s holder only', async () => {
    const uploaded = await upload();
    expect(uploaded).toEqual({ status: 200, body: { id: expect.stringMatching(/^\d+$/) } });

    const info = await client.getMedia(uploaded.body.id);
    expect(info).toEqual({
      url: `${simulator.url}/media-files/${uploaded.body.id}`,
      mimeType: 'application/pdf',
      sha256: createHash('sha256').update(pdf).digest('hex'),
      fileSize: pdf.length,
    });
    expect(await client.downloadMedia(info.url, 1024)).toEqual(pdf);

    const stranger = await sendError(() => client.getMedia(uploaded.body.id, { accessToken: otherToken }));
    expect(stranger).toMatchObject({ kind: 'auth', code: 190, httpStatus: 401 });
    const download = await fetch(info.url);
    expect(download.status).toBe(401);
    expect(await sendError(() => client.getMedia('1234567890'))).toMatchObject({
      code: 100,
      httpStatus: 400,
    });
  });

  it('refuses an upload without its type, or with a wrong token', async () => {
    const untyped = await upload({ type: '' });
    expect(untyped.status).toBe(400);
    expect(untyped.body.error.error_data.details).toContain('type');
    expect((await upload({ token: 'nope' })).body).toEqual(metaError(190));
  });

  it('sends a document by the id of an upload', async () => {
    const { body } = await upload();
    const { status } = await send(
      envelope({ type: 'document', document: { id: body.id, filename: 'bill-42.pdf', caption: 'बिल' } }),
    );
    expect(status).toBe(200);
  });
});
