import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/build-document.js';
import { buildImage } from '../src/build-image.js';
import { buildList } from '../src/build-list.js';
import { buildLocationRequest } from '../src/build-location-request.js';
import { buildReplyButtons } from '../src/build-reply-buttons.js';
import { buildTemplate } from '../src/build-template.js';
import { buildText } from '../src/build-text.js';
import { MessageLimitError } from '../src/errors.js';
import { BUTTON_TITLE_MAX, codePointLength, ROW_TITLE_MAX } from '../src/limits.js';

const rows = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ id: `row:${i}`, title: `Row ${i}` }));

function limitError(build: () => unknown): MessageLimitError {
  try {
    build();
  } catch (error) {
    if (error instanceof MessageLimitError) return error;
    throw error;
  }
  throw new Error('expected a MessageLimitError');
}

describe('code point counting', () => {
  // Indic scripts are inside the Basic Multilingual Plane, so UTF-16 and code points only part ways on emoji.
  const hindiWithEmoji = 'शिकायत 🙏🙏🙏'; // 7 + 3 code points, 13 UTF-16 units
  const punjabi = 'ਸ਼ਿਕਾਇਤ ਦੀ ਸਥਿਤੀ ਵੇਖੋ'; // 21 code points, 13 characters on screen
  const odia = 'ଅଭିଯୋଗର ସ୍ଥିତି ଦେଖନ୍ତୁ'; // 22 code points, 12 characters on screen
  const onScreen = (text: string) =>
    [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].length;

  it('measures in code points, not UTF-16 units', () => {
    expect(hindiWithEmoji.length).toBe(13);
    expect(codePointLength(hindiWithEmoji)).toBe(10);
  });

  it('accepts a Hindi title whose UTF-16 length is over the limit but whose code points are not', () => {
    const title = 'मदद 👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍'; // 20 code points, 36 UTF-16 units
    expect(title.length).toBeGreaterThan(BUTTON_TITLE_MAX);
    expect(codePointLength(title)).toBe(BUTTON_TITLE_MAX);
    const message = buildReplyButtons({
      body: 'क्या आप शिकायत दर्ज करना चाहते हैं?',
      buttons: [{ id: 'help', title }],
    });
    expect(message.interactive.action.buttons[0]?.reply.title).toBe(title);
  });

  it.each([
    ['Punjabi', punjabi],
    ['Odia', odia],
  ])('rejects a %s title that looks short but has more code points than Meta allows', (_script, title) => {
    expect(codePointLength(title)).toBeGreaterThan(BUTTON_TITLE_MAX);
    expect(onScreen(title)).toBeLessThan(BUTTON_TITLE_MAX);
    const error = limitError(() => buildReplyButtons({ body: 'Choose', buttons: [{ id: 'x', title }] }));
    expect(error).toMatchObject({
      field: 'buttons[0].title',
      limit: BUTTON_TITLE_MAX,
      actual: codePointLength(title),
    });
  });
});

describe('buildText', () => {
  it('builds a text message without recipient fields', () => {
    expect(buildText('Your complaint SEVA-42 is registered.')).toEqual({
      type: 'text',
      text: { body: 'Your complaint SEVA-42 is registered.', preview_url: false },
    });
    expect(buildText('https://seva.example/bill/42', { previewUrl: true }).text.preview_url).toBe(true);
  });

  it('rejects an empty body and one over 4096 code points', () => {
    expect(limitError(() => buildText(''))).toMatchObject({ field: 'text.body', actual: 0 });
    expect(limitError(() => buildText('क'.repeat(4097)))).toMatchObject({ limit: 4096, actual: 4097 });
    expect(buildText('क'.repeat(4096)).text.body).toHaveLength(4096);
  });
});

describe('buildReplyButtons', () => {
  it('builds Meta’s interactive button message with header and footer', () => {
    expect(
      buildReplyButtons({
        header: 'Water supply',
        body: 'Is the problem solved?',
        footer: 'Seva',
        buttons: [
          { id: 'solved:yes', title: 'Yes' },
          { id: 'solved:no', title: 'No' },
        ],
      }),
    ).toEqual({
      type: 'interactive',
      interactive: {
        type: 'button',
        header: { type: 'text', text: 'Water supply' },
        body: { text: 'Is the problem solved?' },
        footer: { text: 'Seva' },
        action: {
          buttons: [
            { type: 'reply', reply: { id: 'solved:yes', title: 'Yes' } },
            { type: 'reply', reply: { id: 'solved:no', title: 'No' } },
          ],
        },
      },
    });
  });

  it.each([
    ['no buttons', { body: 'b', buttons: [] }, 'buttons'],
    ['four buttons', { body: 'b', buttons: rows(4) }, 'buttons'],
    ['a body over 1024', { body: 'ब'.repeat(1025), buttons: rows(1) }, 'body'],
    ['a header over 60', { body: 'b', header: 'h'.repeat(61), buttons: rows(1) }, 'header'],
    ['a footer over 60', { body: 'b', footer: 'f'.repeat(61), buttons: rows(1) }, 'footer'],
    ['an id over 256', { body: 'b', buttons: [{ id: 'i'.repeat(257), title: 't' }] }, 'buttons[0].id'],
  ])('rejects %s', (_case, input, field) => {
    expect(limitError(() => buildReplyButtons(input))).toMatchObject({ field });
  });

  it('rejects buttons that repeat an id or a title', () => {
    expect(() => buildReplyButtons({ body: 'b', buttons: [...rows(1), ...rows(1)] })).toThrow('button ids');
    expect(() =>
      buildReplyButtons({
        body: 'b',
        buttons: [
          { id: 'a', title: 'Same' },
          { id: 'b', title: 'Same' },
        ],
      }),
    ).toThrow('button titles');
  });
});

describe('buildList', () => {
  const input = {
    body: 'ਆਪਣਾ ਵਾਰਡ ਚੁਣੋ',
    buttonText: 'ਵਾਰਡ',
    sections: [{ title: 'Ludhiana', rows: [{ id: 'ward:14', title: 'ਵਾਰਡ 14', description: 'ਮਾਡਲ ਟਾਊਨ' }] }],
  };

  it('builds Meta’s interactive list message', () => {
    expect(buildList(input)).toEqual({
      type: 'interactive',
      interactive: {
        type: 'list',
        body: { text: 'ਆਪਣਾ ਵਾਰਡ ਚੁਣੋ' },
        action: { button: 'ਵਾਰਡ', sections: input.sections },
      },
    });
  });

  it('allows ten rows across sections and a body up to 4096', () => {
    const sections = [
      { title: 'North', rows: rows(6) },
      { title: 'South', rows: rows(10).slice(6) },
    ];
    expect(
      buildList({ ...input, body: 'x'.repeat(4096), sections }).interactive.action.sections,
    ).toHaveLength(2);
  });

  it.each([
    [
      'eleven rows across sections',
      {
        sections: [
          { title: 'A', rows: rows(6) },
          { title: 'B', rows: rows(11).slice(6) },
        ],
      },
      'rows',
    ],
    ['eleven sections', { sections: rows(11).map((row) => ({ title: row.id, rows: [row] })) }, 'sections'],
    [
      'an empty section',
      {
        sections: [
          { title: 'A', rows: rows(2) },
          { title: 'B', rows: [] },
        ],
      },
      'sections[1].rows',
    ],
    ['a button text over 20', { buttonText: 'b'.repeat(21) }, 'buttonText'],
    [
      'a section title over 24',
      { sections: [{ title: 's'.repeat(25), rows: rows(1) }] },
      'sections[0].title',
    ],
    [
      'a row title over 24',
      { sections: [{ rows: [{ id: 'r', title: 'ਰ'.repeat(ROW_TITLE_MAX + 1) }] }] },
      'sections[0].rows[0].title',
    ],
    [
      'a row description over 72',
      { sections: [{ rows: [{ id: 'r', title: 't', description: 'd'.repeat(73) }] }] },
      'sections[0].rows[0].description',
    ],
    [
      'a row id over 200',
      { sections: [{ rows: [{ id: 'i'.repeat(201), title: 't' }] }] },
      'sections[0].rows[0].id',
    ],
  ])('rejects %s', (_case, change, field) => {
    expect(limitError(() => buildList({ ...input, ...change }))).toMatchObject({ field });
  });

  it('requires section titles when there are several sections, and unique row ids', () => {
    expect(() =>
      buildList({ ...input, sections: [{ rows: rows(1) }, { title: 'B', rows: rows(2).slice(1) }] }),
    ).toThrow('every section needs a title');
    expect(() => buildList({ ...input, sections: [{ rows: [...rows(1), ...rows(1)] }] })).toThrow('row ids');
  });
});

describe('media, template and location request builders', () => {
  it('builds an image by link or by uploaded id', () => {
    expect(buildImage({ link: 'https://seva.example/map.png', caption: 'Ward map' })).toEqual({
      type: 'image',
      image: { link: 'https://seva.example/map.png', caption: 'Ward map' },
    });
    expect(buildImage({ id: '1234567890' })).toEqual({ type: 'image', image: { id: '1234567890' } });
    expect(limitError(() => buildImage({ id: '1', caption: 'c'.repeat(1025) }))).toMatchObject({
      field: 'caption',
    });
  });

  it('builds a document with its file name', () => {
    expect(buildDocument({ id: '987', filename: 'bill-42.pdf', caption: 'बिल' })).toEqual({
      type: 'document',
      document: { id: '987', caption: 'बिल', filename: 'bill-42.pdf' },
    });
  });

  it('builds a template with body parameters in order', () => {
    expect(
      buildTemplate({ name: 'bill_due', language: 'hi', bodyParameters: ['₹1,250', '30 नवंबर'] }),
    ).toEqual({
      type: 'template',
      template: {
        name: 'bill_due',
        language: { code: 'hi' },
        components: [
          {
            type: 'body',
            parameters: [
              { type: 'text', text: '₹1,250' },
              { type: 'text', text: '30 नवंबर' },
            ],
          },
        ],
      },
    });
    expect(buildTemplate({ name: 'hello', language: 'en', bodyParameters: [] })).toEqual({
      type: 'template',
      template: { name: 'hello', language: { code: 'en' } },
    });
    expect(() => buildTemplate({ name: 'bill_due', language: 'hi', bodyParameters: ['₹1,250', ''] })).toThrow(
      'bodyParameters[1] is empty',
    );
  });

  it('builds a location request', () => {
    expect(buildLocationRequest('ସମସ୍ୟାର ସ୍ଥାନ ପଠାନ୍ତୁ')).toEqual({
      type: 'interactive',
      interactive: {
        type: 'location_request_message',
        body: { text: 'ସମସ୍ୟାର ସ୍ଥାନ ପଠାନ୍ତୁ' },
        action: { name: 'send_location' },
      },
    });
    expect(limitError(() => buildLocationRequest('x'.repeat(1025)))).toMatchObject({
      field: 'body',
      limit: 1024,
    });
  });
});
