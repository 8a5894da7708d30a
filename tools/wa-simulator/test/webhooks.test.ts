import { createHash } from 'node:crypto';
import { eventually } from '@seva/testkit';
import { buildList, buildReplyButtons, buildText, GraphApiClient, type WebhookBody } from '@seva/whatsapp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  accessToken,
  businessNumberId,
  citizen,
  type GatewayStandIn,
  missedCallLine,
  missedCallSecret,
  type RunningSimulator,
  receivedMessages,
  receivedStatuses,
  startGateway,
  startSimulator,
} from './helpers.js';

let gateway: GatewayStandIn;
let simulator: RunningSimulator;
let client: GraphApiClient;

beforeAll(async () => {
  gateway = await startGateway();
  simulator = await startSimulator(gateway.url);
  client = new GraphApiClient({ baseUrl: simulator.url, version: 'v21.0', accessToken });
});

afterAll(async () => {
  await simulator.close();
  await gateway.close();
});

beforeEach(async () => {
  await simulator.control('POST', '/_sim/config', { statusIntervalMs: 5 });
  await simulator.control('POST', '/_sim/reset');
  gateway.answerWith(200);
  gateway.received.length = 0;
});

interface CitizenAnswer {
  messageId: string;
  gatewayStatus: number | null;
  gatewayBody?: unknown;
}

const sendAsCitizen = (body: Record<string, unknown>, waId = citizen) =>
  simulator.control<CitizenAnswer>('POST', `/_sim/citizens/${waId}/messages`, { businessNumberId, ...body });

/** The webhooks that carried citizen messages (statuses of business messages arrive in between), as sent. */
const messageWebhooks = () =>
  gateway.received
    .filter((webhook) => webhook.parsed?.messages.length)
    .map((webhook) => ({ ...webhook, body: JSON.parse(webhook.raw.toString('utf8')) as WebhookBody }));

describe('citizen messages become Meta-shaped webhooks', () => {
  it('posts a text, signed, with the contact’s profile name and the business number’s metadata', async () => {
    const answer = await sendAsCitizen({ name: 'Asha', text: 'नमस्ते, बिल कितना है?' });
    expect(answer).toEqual({
      status: 200,
      body: {
        messageId: expect.stringMatching(/^wamid\./),
        gatewayStatus: 200,
        gatewayBody: { status: 'accepted' },
      },
    });
    const [webhook] = messageWebhooks();
    expect(webhook!.signatureValid).toBe(true);
    expect(webhook!.headers['content-type']).toBe('application/json');
    expect(webhook!.body).toEqual({
      object: 'whatsapp_business_account',
      entry: [
        {
          id: businessNumberId,
          changes: [
            {
              field: 'messages',
              value: {
                messaging_product: 'whatsapp',
                metadata: { display_phone_number: missedCallLine, phone_number_id: businessNumberId },
                contacts: [{ profile: { name: 'Asha' }, wa_id: citizen }],
                messages: [
                  {
                    from: citizen,
                    id: answer.body.messageId,
                    timestamp: expect.stringMatching(/^\d{10}$/),
                    type: 'text',
                    text: { body: 'नमस्ते, बिल कितना है?' },
                  },
                ],
              },
            },
          ],
        },
      ],
    });
    expect(webhook!.parsed?.messages).toEqual([
      {
        businessNumberId,
        message: expect.objectContaining({
          messageId: answer.body.messageId,
          citizenWaId: citizen,
          citizenName: 'Asha',
          kind: 'TEXT',
          text: 'नमस्ते, बिल कितना है?',
        }),
      },
    ]);
    // The name stays with the citizen when later messages do not repeat it.
    await sendAsCitizen({ text: 'hello?' });
    expect(receivedMessages(gateway).at(-1)?.citizenName).toBe('Asha');
  });

  it('posts a tap on a reply button, a list row and a template button as their own kinds, quoting the message', async () => {
    const buttons = await client.sendMessage(
      businessNumberId,
      citizen,
      buildReplyButtons({ body: 'Pay now?', buttons: [{ id: 'pay', title: 'Pay now' }] }),
    );
    const list = await client.sendMessage(
      businessNumberId,
      citizen,
      buildList({
        body: 'Which ward?',
        buttonText: 'Wards',
        sections: [{ rows: [{ id: 'ward:14', title: 'Ward 14', description: 'Model Town' }] }],
      }),
    );
    // The template's quick-reply buttons are part of the approved template; the send names their payloads.
    const templateWithButton = await client.sendMessage(businessNumberId, citizen, {
      type: 'template',
      template: {
        name: 'bill_due',
        language: { code: 'hi' },
        components: [
          {
            type: 'button',
            sub_type: 'quick_reply',
            index: '0',
            parameters: [{ type: 'payload', payload: 'remind' }],
          },
        ],
      },
    } as never);

    await sendAsCitizen({ reply: { id: 'pay', title: 'Pay now' } });
    await sendAsCitizen({ reply: { id: 'ward:14', title: 'Ward 14', description: 'Model Town' } });
    await sendAsCitizen({ reply: { id: 'remind', title: 'Remind me' } });
    const [button, row, quickReply] = receivedMessages(gateway);
    expect(button).toMatchObject({
      kind: 'BUTTON_REPLY',
      reply: { id: 'pay', title: 'Pay now' },
      contextMessageId: buttons.messageId,
    });
    expect(row).toMatchObject({
      kind: 'LIST_REPLY',
      reply: { id: 'ward:14', title: 'Ward 14', description: 'Model Town' },
      contextMessageId: list.messageId,
    });
    expect(quickReply).toMatchObject({
      kind: 'BUTTON_REPLY',
      reply: { id: 'remind', title: 'Remind me' },
      contextMessageId: templateWithButton.messageId,
    });
    expect(messageWebhooks()[2]!.body.entry[0]!.changes[0]!.value.messages![0]).toMatchObject({
      type: 'button',
      button: { payload: 'remind', text: 'Remind me' },
      context: { from: missedCallLine, id: templateWithButton.messageId },
    });

    // An option no message offered is refused before anything reaches the gateway.
    const stray = await sendAsCitizen({ reply: { id: 'nothing', title: 'Nothing' } });
    expect(stray.status).toBe(400);
    expect(messageWebhooks()).toHaveLength(3);
  });

  it('posts a shared location', async () => {
    await sendAsCitizen({
      location: { latitude: 30.901, longitude: 75.857, name: 'Ward office', address: 'Model Town' },
    });
    expect(receivedMessages(gateway)).toEqual([
      expect.objectContaining({
        kind: 'LOCATION',
        location: { latitude: 30.901, longitude: 75.857, name: 'Ward office', address: 'Model Town' },
      }),
    ]);
  });

  it('posts a photo whose media the gateway can look up and download with its token', async () => {
    const photo = Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...Buffer.from('a pothole on the main road')]);
    await sendAsCitizen({
      media: { kind: 'image', mimeType: 'image/jpeg', base64: photo.toString('base64'), caption: 'गड्ढा' },
    });
    const [message] = receivedMessages(gateway);
    expect(message).toMatchObject({
      kind: 'IMAGE',
      text: 'गड्ढा',
      media: {
        mimeType: 'image/jpeg',
        voice: false,
        sha256: createHash('sha256').update(photo).digest('base64'),
      },
    });
    const info = await client.getMedia(message!.media!.mediaId);
    expect(info).toMatchObject({ mimeType: 'image/jpeg', fileSize: photo.length });
    expect(info.sha256).toBe(createHash('sha256').update(photo).digest('hex'));
    expect(await client.downloadMedia(info.url, 1024)).toEqual(photo);
  });

  it('posts a voice note and a document with their own fields', async () => {
    await sendAsCitizen({
      media: {
        kind: 'audio',
        mimeType: 'audio/ogg; codecs=opus',
        base64: Buffer.from('OggS').toString('base64'),
        voice: true,
      },
    });
    await sendAsCitizen({
      media: {
        kind: 'document',
        mimeType: 'application/pdf',
        base64: Buffer.from('%PDF').toString('base64'),
        filename: 'receipt.pdf',
      },
    });
    expect(receivedMessages(gateway)).toEqual([
      expect.objectContaining({
        kind: 'AUDIO',
        media: expect.objectContaining({ voice: true, mimeType: 'audio/ogg; codecs=opus' }),
      }),
      expect.objectContaining({
        kind: 'DOCUMENT',
        media: expect.objectContaining({ filename: 'receipt.pdf' }),
      }),
    ]);
  });

  it.each([
    ['no content', {}],
    ['two contents', { text: 'a', location: { latitude: 1, longitude: 2 } }],
    [
      'a caption on a voice note',
      { media: { kind: 'audio', mimeType: 'audio/ogg', base64: 'T2dnUw==', caption: 'x' } },
    ],
    ['a file that is not base64', { media: { kind: 'image', mimeType: 'image/png', base64: 'not base64!' } }],
    ['an unknown field', { txt: 'hi' }],
  ])('refuses a citizen message with %s', async (_case, body) => {
    expect((await sendAsCitizen(body)).status).toBe(400);
    expect(gateway.received).toHaveLength(0);
  });

  it('reports the gateway’s refusal and retries a 503 as Meta would', async () => {
    gateway.answerWith(503);
    const answer = await sendAsCitizen({ text: 'are you there?' });
    expect(answer.body).toMatchObject({ gatewayStatus: 503 });
    gateway.answerWith(200);
    // The retry carries the same bytes and signature, so the gateway can recognise the message.
    await eventually(() => expect(gateway.received).toHaveLength(2), 5000);
    expect(gateway.received[1]!.raw).toEqual(gateway.received[0]!.raw);
    const { body } = await simulator.control<{ messages: Array<{ gateway: { status: number } }> }>(
      'GET',
      `/_sim/citizens/${citizen}/messages?businessNumberId=${businessNumberId}`,
    );
    expect(body.messages[0]!.gateway.status).toBe(200);
  });

  it('posts every webhook twice when duplicates are configured', async () => {
    await simulator.control('POST', '/_sim/config', { duplicateWebhooks: true, statusIntervalMs: 5 });
    await sendAsCitizen({ text: 'twice' });
    expect(gateway.received).toHaveLength(2);
    expect(gateway.received[0]!.raw).toEqual(gateway.received[1]!.raw);
  });
});

describe('business messages', () => {
  it('produce sent, delivered and read status webhooks, in that order', async () => {
    const { messageId } = await client.sendMessage(
      businessNumberId,
      citizen,
      buildText('Your bill is ₹1,250.'),
      { callbackData: 'request-7' },
    );
    await eventually(() => expect(receivedStatuses(gateway)).toHaveLength(3), 5000);
    expect(gateway.received.every((webhook) => webhook.signatureValid)).toBe(true);
    expect(receivedStatuses(gateway)).toEqual(
      ['SENT', 'DELIVERED', 'READ'].map((status) =>
        expect.objectContaining({
          messageId,
          businessNumberId,
          citizenWaId: citizen,
          status,
          errors: [],
          callbackData: 'request-7',
        }),
      ),
    );
    const [sent, delivered] = gateway.received.map(
      (webhook) => JSON.parse(webhook.raw.toString('utf8')) as WebhookBody,
    );
    expect(sent!.entry[0]!.changes[0]!.value.statuses![0]).toEqual({
      id: messageId,
      status: 'sent',
      timestamp: expect.stringMatching(/^\d{10}$/),
      recipient_id: citizen,
      biz_opaque_callback_data: 'request-7',
      conversation: {
        id: expect.any(String),
        expiration_timestamp: expect.any(String),
        origin: { type: 'service' },
      },
      pricing: { billable: false, pricing_model: 'CBP', category: 'service' },
    });
    expect(delivered!.entry[0]!.changes[0]!.value.statuses![0]!.conversation).not.toHaveProperty(
      'expiration_timestamp',
    );

    const { body } = await simulator.control<{ messages: Array<Record<string, unknown>> }>(
      'GET',
      `/_sim/citizens/${citizen}/messages`,
    );
    expect(body.messages).toEqual([
      expect.objectContaining({
        direction: 'business',
        id: messageId,
        status: 'read',
        statuses: ['sent', 'delivered', 'read'].map((status) => ({ status, at: expect.any(Number) })),
      }),
    ]);
  });

  it('produce a failed status with Meta’s error when the citizen is configured to fail later', async () => {
    await simulator.control('POST', '/_sim/config', {
      statusIntervalMs: 5,
      recipientErrors: [{ waId: citizen, code: 131047, via: 'status' }],
    });
    const { messageId } = await client.sendMessage(businessNumberId, citizen, buildText('Reminder'));
    await eventually(() => expect(receivedStatuses(gateway)).toHaveLength(1), 5000);
    expect(receivedStatuses(gateway)[0]).toMatchObject({
      messageId,
      status: 'FAILED',
      errors: [{ code: 131047, title: 'Re-engagement message', detail: expect.stringContaining('24 hours') }],
    });
  });

  it('are listed for a poller in order, after a sequence number', async () => {
    const sent: string[] = [];
    for (const body of ['one', 'two', 'three'])
      sent.push((await client.sendMessage(businessNumberId, citizen, buildText(body))).messageId);
    await sendAsCitizen({ text: 'a citizen message is not listed' });
    type Page = { messages: Array<{ id: string; seq: number }>; last: number };
    const first = await simulator.control<Page>('GET', '/_sim/messages?since=0&limit=2');
    expect(first.body.messages.map((message) => message.id)).toEqual(sent.slice(0, 2));
    const rest = await simulator.control<Page>('GET', `/_sim/messages?since=${first.body.last}`);
    expect(rest.body.messages.map((message) => message.id)).toEqual(sent.slice(2));
    const none = await simulator.control<Page>('GET', `/_sim/messages?since=${rest.body.last}`);
    expect(none.body).toEqual({ messages: [], last: rest.body.last });

    await simulator.control('POST', '/_sim/reset');
    expect((await simulator.control<Page>('GET', '/_sim/messages?since=0')).body.messages).toEqual([]);
  });

  it('are streamed to the chat page as server-sent events', async () => {
    const events = await fetch(
      `${simulator.url}/_sim/events?waId=${citizen}&businessNumberId=${businessNumberId}`,
    );
    expect(events.headers.get('content-type')).toContain('text/event-stream');
    const reader = events.body!.pipeThrough(new TextDecoderStream()).getReader();
    const { messageId } = await client.sendMessage(businessNumberId, citizen, buildText('streamed'));
    let text = '';
    while (!text.includes('"status":"read"')) text += (await reader.read()).value ?? '';
    const entries = text
      .split('\n')
      .filter((line) => line.startsWith('data: '))
      .map((line) => JSON.parse(line.slice('data: '.length)));
    expect(entries.map((entry) => [entry.id, entry.status])).toEqual([
      [messageId, 'accepted'],
      [messageId, 'sent'],
      [messageId, 'delivered'],
      [messageId, 'read'],
    ]);
    await reader.cancel();
  });
});

describe('missed calls', () => {
  it('are posted to the gateway as the telephony provider does', async () => {
    const answer = await simulator.control('POST', `/_sim/citizens/${citizen}/missed-call`, {
      line: missedCallLine,
    });
    expect(answer.body).toMatchObject({
      callId: expect.any(String),
      line: missedCallLine,
      gatewayStatus: 200,
    });
    const [call] = gateway.received;
    expect(call!.path).toBe('/webhooks/missed-call');
    expect(call!.headers['x-missed-call-secret']).toBe(missedCallSecret);
    expect(Object.fromEntries(new URLSearchParams(call!.raw.toString('utf8')))).toEqual({
      CallSid: answer.body.callId,
      From: citizen,
      To: missedCallLine,
    });
  });
});

describe('setup and health', () => {
  it('tells the page its numbers without their tokens', async () => {
    const setup = await simulator.control('GET', '/_sim/setup');
    expect(setup.body).toEqual({
      businessNumbers: [
        { id: businessNumberId, displayPhoneNumber: missedCallLine },
        { id: expect.any(String), displayPhoneNumber: expect.any(String) },
      ],
      missedCallLines: [{ line: missedCallLine, businessNumberId }],
    });
    expect(JSON.stringify(setup.body)).not.toContain(accessToken);
    expect((await simulator.control('GET', '/healthz')).body).toEqual({ status: 'ok' });
    expect((await simulator.control('GET', '/readyz')).body).toEqual({ status: 'ready' });
  });
});
