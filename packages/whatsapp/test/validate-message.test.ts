import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/build-document.js';
import { buildImage } from '../src/build-image.js';
import { buildList } from '../src/build-list.js';
import { buildLocationRequest } from '../src/build-location-request.js';
import { buildReplyButtons } from '../src/build-reply-buttons.js';
import { buildTemplate } from '../src/build-template.js';
import { buildText } from '../src/build-text.js';
import {
  BUTTON_TITLE_MAX,
  CAPTION_MAX,
  FOOTER_TEXT_MAX,
  HEADER_TEXT_MAX,
  INTERACTIVE_BODY_MAX,
  LIST_BODY_MAX,
  LIST_BUTTON_TEXT_MAX,
  LIST_ROWS_MAX,
  ROW_DESCRIPTION_MAX,
  ROW_TITLE_MAX,
  TEXT_BODY_MAX,
} from '../src/limits.js';
import type { OutboundMessage } from '../src/outbound-types.js';
import { validateOutboundMessage } from '../src/validate-message.js';

/** The request body GraphApiClient.sendMessage posts. */
const request = (message: object, to = '919876543210') => ({
  messaging_product: 'whatsapp',
  recipient_type: 'individual',
  to,
  ...message,
});

const rows = (count: number, titleLength = 5) =>
  Array.from({ length: count }, (_, i) => ({ id: `row:${i}`, title: `${i}`.padEnd(titleLength, 'र') }));

const buttons = buildReplyButtons({
  header: 'पानी की आपूर्ति',
  body: 'क्या समस्या हल हो गई?',
  footer: 'Seva',
  buttons: [
    { id: 'solved:yes', title: 'हाँ' },
    { id: 'solved:no', title: 'नहीं' },
  ],
});
const list = buildList({
  body: 'ਆਪਣਾ ਵਾਰਡ ਚੁਣੋ',
  buttonText: 'ਵਾਰਡ',
  sections: [
    { title: 'North', rows: rows(6) },
    { title: 'South', rows: rows(10).slice(6) },
  ],
});

/** Replaces one part of a built message; the builders refuse to make invalid ones, so tests break them after. */
function withInteractive<T extends OutboundMessage & { type: 'interactive' }>(
  message: T,
  change: (interactive: Record<string, unknown>) => void,
): object {
  const copy = structuredClone(message) as { interactive: Record<string, unknown> };
  change(copy.interactive);
  return request(copy);
}

describe('validateOutboundMessage accepts', () => {
  it.each<[string, object]>([
    ['a text', request(buildText('आपकी शिकायत SEVA-42 दर्ज हो गई है।'))],
    ['a text of exactly 4096 code points', request(buildText('क'.repeat(TEXT_BODY_MAX)))],
    [
      'a text without recipient_type and with a + in the number',
      { ...request(buildText('hi'), '+919876543210'), recipient_type: undefined },
    ],
    ['reply buttons with header and footer', request(buttons)],
    ['a list of ten rows across two sections', request(list)],
    [
      'a single-section list without a section title',
      request(buildList({ body: 'b', buttonText: 'Open', sections: [{ rows: rows(3) }] })),
    ],
    ['a location request', request(buildLocationRequest('ସମସ୍ୟାର ସ୍ଥାନ ପଠାନ୍ତୁ'))],
    [
      'an image by link with a caption',
      request(buildImage({ link: 'https://seva.example/map.png', caption: 'Ward map' })),
    ],
    [
      'a document by id with a file name',
      request(buildDocument({ id: '987', filename: 'bill-42.pdf', caption: 'बिल' })),
    ],
    ['an audio by id', request({ type: 'audio', audio: { id: '555' } })],
    [
      'a template with parameters',
      request(buildTemplate({ name: 'bill_due', language: 'hi', bodyParameters: ['₹1,250'] })),
    ],
    [
      'a location',
      request({ type: 'location', location: { latitude: 30.9, longitude: 75.85, name: 'Ward office' } }),
    ],
    ['a reaction', request({ type: 'reaction', reaction: { message_id: 'wamid.X', emoji: '👍' } })],
    [
      'a reply quoting an earlier message',
      { ...request(buildText('ok')), context: { message_id: 'wamid.Y' } },
    ],
    [
      'reply buttons with an image header',
      withInteractive(buttons, (i) => {
        i.header = { type: 'image', image: { id: '42' } };
      }),
    ],
  ])('%s', (_case, body) => {
    expect(validateOutboundMessage(JSON.parse(JSON.stringify(body)))).toEqual([]);
  });
});

describe('validateOutboundMessage refuses', () => {
  const over = (max: number) => 'क'.repeat(max + 1);

  it.each<[string, unknown, string[]]>([
    ['a body that is not an object', 'hello', ['body must be an object']],
    [
      'another messaging product',
      { ...request(buildText('hi')), messaging_product: 'sms' },
      ['messaging_product must be "whatsapp"'],
    ],
    [
      'a group recipient type',
      { ...request(buildText('hi')), recipient_type: 'group' },
      ['recipient_type must be "individual"'],
    ],
    [
      'a recipient that is not a number',
      request(buildText('hi'), '98765-43210'),
      ['to must be a phone number'],
    ],
    ['a missing recipient', { ...request(buildText('hi')), to: undefined }, ['to must be a phone number']],
    [
      'callback data over 512 characters',
      { ...request(buildText('hi')), biz_opaque_callback_data: 'x'.repeat(513) },
      ['biz_opaque_callback_data'],
    ],
    [
      'an unknown type',
      request({ type: 'poll', poll: {} }),
      ['type must be one of text, interactive, template'],
    ],
    ['a type without its object', request({ type: 'text' }), ['text must be an object']],
    [
      'an empty text',
      request({ type: 'text', text: { body: '' } }),
      ['text.body must have 1 to 4096 characters, got 0'],
    ],
    [
      'a text over 4096 code points',
      request({ type: 'text', text: { body: over(TEXT_BODY_MAX) } }),
      [`text.body must have 1 to ${TEXT_BODY_MAX} characters, got ${TEXT_BODY_MAX + 1}`],
    ],
    [
      'a non-boolean preview_url',
      request({ type: 'text', text: { body: 'x', preview_url: 'yes' } }),
      ['text.preview_url must be a boolean'],
    ],
    [
      'a button title over 20',
      withInteractive(buttons, (i) => {
        (i.action as { buttons: Array<{ reply: { title: string } }> }).buttons[0]!.reply.title =
          'ਸ਼ਿਕਾਇਤ ਦੀ ਸਥਿਤੀ ਵੇਖੋ';
      }),
      [`interactive.action.buttons[0].reply.title must have 1 to ${BUTTON_TITLE_MAX} characters, got 21`],
    ],
    [
      'four buttons',
      withInteractive(buttons, (i) => {
        i.action = { buttons: rows(4).map((reply) => ({ type: 'reply', reply })) };
      }),
      ['interactive.action.buttons must have 1 to 3 items, got 4'],
    ],
    [
      'no buttons',
      withInteractive(buttons, (i) => {
        i.action = { buttons: [] };
      }),
      ['interactive.action.buttons must have 1 to 3 items, got 0'],
    ],
    [
      'buttons repeating an id and a title',
      withInteractive(buttons, (i) => {
        i.action = { buttons: [rows(1)[0], rows(1)[0]].map((reply) => ({ type: 'reply', reply })) };
      }),
      ['interactive.action.buttons ids must be unique', 'interactive.action.buttons titles must be unique'],
    ],
    [
      'a button of another kind',
      withInteractive(buttons, (i) => {
        i.action = { buttons: [{ type: 'url', reply: { id: 'a', title: 'A' } }] };
      }),
      ['interactive.action.buttons[0].type must be "reply"'],
    ],
    [
      'a reply-buttons body over 1024',
      withInteractive(buttons, (i) => {
        i.body = { text: over(INTERACTIVE_BODY_MAX) };
      }),
      [`interactive.body.text must have 1 to ${INTERACTIVE_BODY_MAX} characters`],
    ],
    [
      'a header and a footer over 60',
      withInteractive(buttons, (i) => {
        i.header = { type: 'text', text: over(HEADER_TEXT_MAX) };
        i.footer = { text: over(FOOTER_TEXT_MAX) };
      }),
      [
        `interactive.header.text must have 1 to ${HEADER_TEXT_MAX} characters`,
        `interactive.footer.text must have 1 to ${FOOTER_TEXT_MAX} characters`,
      ],
    ],
    [
      'a list body over 4096',
      withInteractive(list, (i) => {
        i.body = { text: over(LIST_BODY_MAX) };
      }),
      [`interactive.body.text must have 1 to ${LIST_BODY_MAX} characters`],
    ],
    [
      'an image header on a list',
      withInteractive(list, (i) => {
        i.header = { type: 'image', image: { id: '1' } };
      }),
      ['interactive.header.type must be text'],
    ],
    [
      'eleven rows across sections',
      withInteractive(list, (i) => {
        i.action = {
          button: 'Open',
          sections: [
            { title: 'A', rows: rows(6) },
            { title: 'B', rows: rows(11).slice(6) },
          ],
        };
      }),
      [`interactive.action.sections rows in total must have 1 to ${LIST_ROWS_MAX} items, got 11`],
    ],
    [
      'a list row title over 24, description over 72 and a long button label',
      withInteractive(list, (i) => {
        i.action = {
          button: over(LIST_BUTTON_TEXT_MAX),
          sections: [
            { rows: [{ id: 'r', title: over(ROW_TITLE_MAX), description: over(ROW_DESCRIPTION_MAX) }] },
          ],
        };
      }),
      [
        `interactive.action.button must have 1 to ${LIST_BUTTON_TEXT_MAX} characters`,
        `interactive.action.sections[0].rows[0].title must have 1 to ${ROW_TITLE_MAX} characters`,
        `interactive.action.sections[0].rows[0].description must have 1 to ${ROW_DESCRIPTION_MAX} characters`,
      ],
    ],
    [
      'an untitled section among several, an empty section and a repeated row id',
      withInteractive(list, (i) => {
        i.action = {
          button: 'Open',
          sections: [{ rows: [...rows(1), ...rows(1)] }, { title: 'B', rows: [] }],
        };
      }),
      [
        'interactive.action.sections[0].title must be a string',
        'interactive.action.sections[1].rows must have 1 to 10 items, got 0',
        'interactive.action.sections row ids must be unique',
      ],
    ],
    [
      'an unknown interactive type',
      withInteractive(buttons, (i) => {
        i.type = 'carousel';
      }),
      ['interactive.type must be one of button, list, location_request_message'],
    ],
    [
      'a location request with another action',
      request({
        type: 'interactive',
        interactive: {
          type: 'location_request_message',
          body: { text: 'Where?' },
          action: { name: 'share' },
        },
      }),
      ['interactive.action.name must be "send_location"'],
    ],
    [
      'an image with both id and link',
      request({ type: 'image', image: { id: '1', link: 'https://x.example/a.png' } }),
      ['image must have either id or link'],
    ],
    [
      'an image with neither id nor link',
      request({ type: 'image', image: { caption: 'c' } }),
      ['image must have either id or link'],
    ],
    [
      'a document link that is not a URL',
      request({ type: 'document', document: { link: 'file:///etc/passwd' } }),
      ['document.link must be an http(s) URL'],
    ],
    [
      'a caption over 1024',
      request({ type: 'image', image: { id: '1', caption: over(CAPTION_MAX) } }),
      [`image.caption must have 1 to ${CAPTION_MAX} characters`],
    ],
    [
      'a template without a name or language',
      request({ type: 'template', template: { name: '', language: {} } }),
      ['template.name must be a non-empty string', 'template.language.code must be a non-empty string'],
    ],
    [
      'a template with an empty parameter',
      request({
        type: 'template',
        template: {
          name: 'bill_due',
          language: { code: 'hi' },
          components: [{ type: 'body', parameters: [{ type: 'text', text: '' }] }],
        },
      }),
      ['template.components[0].parameters[0].text must be a non-empty string'],
    ],
    [
      'a location off the globe',
      request({ type: 'location', location: { latitude: 91, longitude: '75' } }),
      [
        'location.latitude must be a number from -90 to 90',
        'location.longitude must be a number from -180 to 180',
      ],
    ],
    [
      'a reaction without a message id',
      request({ type: 'reaction', reaction: { emoji: '👍' } }),
      ['reaction.message_id must be a non-empty string'],
    ],
  ])('%s', (_case, body, expected) => {
    const problems = validateOutboundMessage(JSON.parse(JSON.stringify(body)));
    // Every problem is listed, once, and nothing else.
    expect(problems).toHaveLength(expected.length);
    expected.forEach((start, i) => {
      expect(problems[i]).toContain(start);
    });
  });

  it('lists every problem at once, each naming its field', () => {
    const problems = validateOutboundMessage({
      messaging_product: 'whatsapp',
      to: 'someone',
      type: 'interactive',
      interactive: {
        type: 'button',
        body: { text: '' },
        action: { buttons: [{ type: 'reply', reply: { id: '', title: '' } }] },
      },
    });
    expect(problems.map((problem) => problem.split(' ')[0])).toEqual([
      'to',
      'interactive.body.text',
      'interactive.action.buttons[0].reply.id',
      'interactive.action.buttons[0].reply.title',
    ]);
  });
});
