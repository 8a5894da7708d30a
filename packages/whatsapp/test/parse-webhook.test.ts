import { readFileSync } from 'node:fs';
import { type InboundMessage, type MessageStatus, schemaRegistry } from '@seva/contracts';
import { describe, expect, it } from 'vitest';
import { WebhookPayloadError } from '../src/errors.js';
import { type ParsedWebhook, parseWebhook } from '../src/parse-webhook.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8'));

const business = '106540352242922';
const asha = { citizenWaId: '919876543210', citizenName: 'Asha Devi' };
const sujata = { citizenWaId: '919437012345', citizenName: 'ସୁଜାତା' };
const wamid = (suffix: string) => `wamid.HBgMOTE5ODc2NTQzMjEwFQIAEhgU${suffix}`;
const outbound = 'wamid.HBgMOTE5ODc2NTQzMjEwFQIAERgSOUY4RTdENkM1QjRBMzkyODE3AA==';

const nothing = {
  text: null,
  reply: null,
  media: null,
  location: null,
  unsupportedReason: null,
  contextMessageId: null,
} as const;

function inbound(
  fields: Partial<InboundMessage> & Pick<InboundMessage, 'messageId' | 'kind'>,
): InboundMessage {
  return { businessNumberId: business, ...asha, sentAt: 1_732_435_200_000, ...nothing, ...fields };
}

const onlyMessages = (...messages: InboundMessage[]): ParsedWebhook => ({
  messages: messages.map((message) => ({ businessNumberId: message.businessNumberId, message })),
  statuses: [],
  errors: [],
});

const onlyStatus = (
  status: Partial<MessageStatus> & Pick<MessageStatus, 'status' | 'at'>,
): ParsedWebhook => ({
  messages: [],
  statuses: [
    {
      businessNumberId: business,
      status: {
        messageId: outbound,
        businessNumberId: business,
        citizenWaId: '919876543210',
        errors: [],
        callbackData: null,
        ...status,
      },
    },
  ],
  errors: [],
});

const cases: Array<[string, ParsedWebhook]> = [
  [
    'text',
    onlyMessages(
      inbound({
        messageId: wamid('M0ExQjJDM0Q0RTVGNkE3QjhDOUQA'),
        kind: 'TEXT',
        text: 'नमस्ते, मेरे मोहल्ले में पानी नहीं आ रहा है',
      }),
    ),
  ],
  [
    'button-reply',
    onlyMessages(
      inbound({
        messageId: wamid('M0FCMTIzNDU2Nzg5MEFCQ0RFRgA'),
        kind: 'BUTTON_REPLY',
        reply: { id: 'complaint:new', title: 'नई शिकायत', description: null },
        contextMessageId: 'wamid.HBgMOTE5ODc2NTQzMjEwFQIAERgSQkFEMTIzNDU2Nzg5MEFCQ0QA',
      }),
    ),
  ],
  [
    'list-reply',
    onlyMessages(
      inbound({
        messageId: wamid('M0ZFRENCQTk4NzY1NDMyMTBGRQA'),
        citizenWaId: '919815012345',
        citizenName: 'Gurpreet Singh',
        kind: 'LIST_REPLY',
        reply: { id: 'ward:14', title: 'ਵਾਰਡ 14', description: 'ਮਾਡਲ ਟਾਊਨ, ਲੁਧਿਆਣਾ' },
        contextMessageId: 'wamid.HBgMOTE5ODc2NTQzMjEwFQIAERgSQkFEOTg3NjU0MzIxMEZFRENCAA==',
      }),
    ),
  ],
  [
    'template-button',
    onlyMessages(
      inbound({
        messageId: wamid('M0JVVFRPTjEyMzQ1Njc4OTBBQgA'),
        kind: 'BUTTON_REPLY',
        reply: { id: 'bill:pay:INV-2024-0042', title: 'Pay now', description: null },
        contextMessageId: 'wamid.HBgMOTE5ODc2NTQzMjEwFQIAERgSVEVNUExBVEUxMjM0NTY3ODkA',
      }),
    ),
  ],
  [
    'image',
    onlyMessages(
      inbound({
        messageId: wamid('M0lNQUdFMTIzNDU2Nzg5MEFCQwA'),
        kind: 'IMAGE',
        text: 'सड़क पर गड्ढा, वार्ड 7',
        media: {
          mediaId: '2754859441498128',
          mimeType: 'image/jpeg',
          sha256: '81d3bd8a8db4868c9520ed47186e8b7c5789e61ff79f7f834be6950b808a90d3',
          filename: null,
          voice: false,
        },
      }),
    ),
  ],
  [
    'video',
    onlyMessages(
      inbound({
        messageId: wamid('M1ZJREVPMTIzNDU2Nzg5MEFCQwA'),
        kind: 'VIDEO',
        media: {
          mediaId: '1187412902563041',
          mimeType: 'video/mp4',
          sha256: '0b1d4a6ca7b4c1f3e5d2a8f9b6c3e0d7a4b1c8e5f2d9a6b3c0e7d4a1b8c5f2e9',
          filename: null,
          voice: false,
        },
      }),
    ),
  ],
  [
    'voice-note',
    onlyMessages(
      inbound({
        messageId: wamid('M0FVRElPMTIzNDU2Nzg5MEFCQwA'),
        ...sujata,
        kind: 'AUDIO',
        media: {
          mediaId: '1003383421387256',
          mimeType: 'audio/ogg; codecs=opus',
          sha256: 'fa9e1807d936b7cebe63654ea3a7912b1fa9479220258d823590521ef53b0710',
          filename: null,
          voice: true,
        },
      }),
    ),
  ],
  [
    'document',
    onlyMessages(
      inbound({
        messageId: wamid('M0RPQ1VNRU5UMTIzNDU2Nzg5MAA'),
        kind: 'DOCUMENT',
        text: 'Property tax receipt',
        media: {
          mediaId: '1590270248228340',
          mimeType: 'application/pdf',
          sha256: '3b11fa6ef2bde1dd14726e09d3edaf782120919d06f6484f32d5d5caa4b8e3a',
          filename: 'receipt-2024.pdf',
          voice: false,
        },
      }),
    ),
  ],
  [
    'sticker',
    onlyMessages(
      inbound({
        messageId: wamid('M1NUSUNLRVIxMjM0NTY3ODkwQQA'),
        kind: 'STICKER',
        media: {
          mediaId: '867491322116432',
          mimeType: 'image/webp',
          sha256: 'e4f8c3a1b2d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1',
          filename: null,
          voice: false,
        },
      }),
    ),
  ],
  [
    'location',
    onlyMessages(
      inbound({
        messageId: wamid('M0xPQ0FUSU9OMTIzNDU2Nzg5MAA'),
        kind: 'LOCATION',
        location: {
          latitude: 28.6139,
          longitude: 77.209,
          name: 'India Gate',
          address: 'Rajpath, New Delhi, Delhi 110001',
        },
      }),
    ),
  ],
  ['contacts', onlyMessages(inbound({ messageId: wamid('M0NPTlRBQ1RTMTIzNDU2Nzg5MAA'), kind: 'CONTACTS' }))],
  [
    'reaction',
    onlyMessages(
      inbound({
        messageId: wamid('M1JFQUNUSU9OMTIzNDU2Nzg5MAA'),
        kind: 'REACTION',
        text: '👍',
        contextMessageId: 'wamid.HBgMOTE5ODc2NTQzMjEwFQIAERgSQkFEUkVBQ1RFRDEyMzQ1NgA=',
      }),
    ),
  ],
  [
    'unsupported',
    onlyMessages(
      inbound({
        messageId: wamid('M1VOU1VQUE9SVEVEMTIzNDU2NwA'),
        kind: 'UNSUPPORTED',
        unsupportedReason: 'Message type unknown',
      }),
    ),
  ],
  [
    'unknown-type',
    onlyMessages(
      inbound({
        messageId: wamid('M1NZU1RFTTEyMzQ1Njc4OTBBQgA'),
        kind: 'UNSUPPORTED',
        unsupportedReason: 'type: system',
      }),
    ),
  ],
  [
    'reply-with-context',
    onlyMessages(
      inbound({
        messageId: wamid('M1JFUExZMTIzNDU2Nzg5MEFCQwA'),
        ...sujata,
        kind: 'TEXT',
        text: 'ଏପର୍ଯ୍ୟନ୍ତ ସମାଧାନ ହୋଇନାହିଁ',
        contextMessageId: 'wamid.HBgMOTE5ODc2NTQzMjEwFQIAERgSQkFEQ09NUExBSU5UMTIzAA==',
      }),
    ),
  ],
  ['status-sent', onlyStatus({ status: 'SENT', at: 1_732_435_260_000 })],
  [
    'status-delivered',
    onlyStatus({ status: 'DELIVERED', at: 1_732_435_262_000, callbackData: 'wamid.in-42:reply:0' }),
  ],
  ['status-read', onlyStatus({ status: 'READ', at: 1_732_435_300_000 })],
  [
    'status-failed',
    onlyStatus({
      messageId: 'wamid.HBgMOTE5ODc2NTQzMjEwFQIAERgSRkFJTEVEMTIzNDU2Nzg5MAA=',
      status: 'FAILED',
      at: 1_732_521_700_000,
      errors: [
        {
          code: 131047,
          title: 'Re-engagement message',
          detail:
            'Message failed to send because more than 24 hours have passed since the customer last replied to this number.',
        },
      ],
    }),
  ],
  [
    'value-errors',
    {
      messages: [],
      statuses: [],
      errors: [
        {
          businessNumberId: business,
          code: 131000,
          title: 'Something went wrong',
          detail: 'Message failed to send due to an unknown error.',
        },
      ],
    },
  ],
  [
    'batch',
    {
      messages: [
        {
          businessNumberId: business,
          message: inbound({
            messageId: wamid('M0JBVENIMDAwMDAwMDAwMDAwMQA'),
            kind: 'TEXT',
            text: 'Bill status?',
            sentAt: 1_732_435_201_000,
          }),
        },
        {
          businessNumberId: '109876543210987',
          message: inbound({
            messageId: wamid('M0JBVENIMDAwMDAwMDAwMDAwMgA'),
            businessNumberId: '109876543210987',
            citizenWaId: '919437054321',
            citizenName: 'Ramesh',
            kind: 'TEXT',
            text: 'ନମସ୍କାର',
            sentAt: 1_732_435_203_000,
          }),
        },
        {
          businessNumberId: '109876543210987',
          message: inbound({
            messageId: wamid('M0JBVENIMDAwMDAwMDAwMDAwMwA'),
            businessNumberId: '109876543210987',
            ...sujata,
            kind: 'TEXT',
            text: 'Complaint 42?',
            sentAt: 1_732_435_204_000,
          }),
        },
      ],
      statuses: onlyStatus({ status: 'DELIVERED', at: 1_732_435_202_000 }).statuses,
      errors: [],
    },
  ],
];

describe('parseWebhook', () => {
  it.each(cases)('reads the %s payload', (name, expected) => {
    const parsed = parseWebhook(fixture(name));
    expect(parsed).toEqual(expected);
    const registry = schemaRegistry();
    for (const { message } of parsed.messages) registry.assertValid('whatsapp.inbound-message', message);
    for (const { status } of parsed.statuses) registry.assertValid('whatsapp.message-status', status);
  });

  it.each([
    ['a string', 'hello', 'body is not an object'],
    ['null', null, 'body is not an object'],
    ['another object type', { object: 'page', entry: [] }, 'object is "page"'],
    ['entry missing', { object: 'whatsapp_business_account' }, 'entry is not an array'],
    ['entry as an object', { object: 'whatsapp_business_account', entry: {} }, 'entry is not an array'],
  ])('rejects %s as an invalid payload', (_case, body, reason) => {
    expect(() => parseWebhook(body)).toThrow(WebhookPayloadError);
    expect(() => parseWebhook(body)).toThrow(reason);
  });

  it('names the path of a message without an id', () => {
    const body = fixture('text') as { entry: Array<{ changes: Array<{ value: { messages: object[] } }> }> };
    delete (body.entry[0]!.changes[0]!.value.messages[0] as { id?: string }).id;
    expect(() => parseWebhook(body)).toThrow(
      'entry[0].changes[0].value.messages[0].id is not a non-empty string',
    );
  });

  it('turns a known type with missing content into UNSUPPORTED instead of failing the delivery', () => {
    const body = fixture('image') as { entry: Array<{ changes: Array<{ value: { messages: object[] } }> }> };
    delete (body.entry[0]!.changes[0]!.value.messages[0] as { image?: object }).image;
    const [item] = parseWebhook(body).messages;
    expect(item?.message).toMatchObject({
      kind: 'UNSUPPORTED',
      unsupportedReason: 'malformed image message',
    });
  });

  it('accepts an empty entry list, which Meta sends when verifying the subscription', () => {
    expect(parseWebhook({ object: 'whatsapp_business_account', entry: [] })).toEqual({
      messages: [],
      statuses: [],
      errors: [],
    });
  });
});
