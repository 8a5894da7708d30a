import { readFileSync } from 'node:fs';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';

const languages = ['en', 'hi', 'pa', 'or'] as const;
type Language = (typeof languages)[number];

/** The locales the service formats with (src/engine/i18n.ts). */
const locales: Record<Language, string> = { en: 'en-IN', hi: 'hi-IN', pa: 'pa-IN', or: 'or-IN' };

function readCatalogue(language: Language): Record<string, string> {
  const text = readFileSync(new URL(`../messages/${language}.json`, import.meta.url), 'utf8');
  return JSON.parse(text) as Record<string, string>;
}

const catalogues = Object.fromEntries(
  languages.map((language) => [language, readCatalogue(language)]),
) as Record<Language, Record<string, string>>;
const english = catalogues.en;
const englishKeys = Object.keys(english);

/** WhatsApp limits, in Unicode code points, for texts shown on buttons and list rows. */
const listRowTitleKeys = [
  'menu.fileComplaint',
  'menu.myComplaints',
  'menu.payBill',
  'menu.myReceipts',
  'menu.changeLanguage',
  'complaint.type.other',
  ...englishKeys.filter((key) => key.startsWith('complaint.field.')),
  'myComplaints.rate.option',
  'common.more',
  'common.skip',
  'common.done',
];
const buttonKeys = [
  'complaint.submit',
  'complaint.edit',
  'complaint.cancel',
  'myComplaints.reopen',
  'myComplaints.rate',
  'myComplaints.comment',
  'common.skip',
  'common.done',
  'language.button',
  'menu.button',
  'common.choose',
  'bill.pay',
  'bill.back',
];
const descriptionKeys = englishKeys.filter((key) => key.endsWith('.description'));
const limits: ReadonlyArray<{
  readonly label: string;
  readonly keys: readonly string[];
  readonly limit: number;
}> = [
  { label: 'list row title', keys: listRowTitleKeys, limit: 24 },
  { label: 'button', keys: buttonKeys, limit: 20 },
  { label: 'list row description', keys: descriptionKeys, limit: 72 },
];
/**
 * Values a label is shown with: the rating list shows up to 5 stars, a bill row a long amount and due date
 * (Odia writes the month in full).
 */
const labelValues: Record<string, Record<string, string | number>> = {
  'myComplaints.rate.option': { stars: 5 },
  'bills.row.description': { amount: '₹12,34,567.50', due: 'ସେପ୍ଟେମ୍ବର 30, 2025' },
};

type Argument = { readonly name: string; readonly type: TYPE };

/**
 * What a message needs from its caller and how it branches: one line per argument (name and type) and per
 * `#`, prefixed with the select/plural options it sits in, and one line per select/plural with its option keys.
 */
function signature(elements: MessageFormatElement[], path = ''): string[] {
  return elements.flatMap((element): string[] => {
    switch (element.type) {
      case TYPE.literal:
        return [];
      case TYPE.pound:
        return [`${path}#`];
      case TYPE.tag:
        return [`${path}<${element.value}>`, ...signature(element.children, `${path}<${element.value}>/`)];
      case TYPE.select:
      case TYPE.plural: {
        const kind =
          element.type === TYPE.select ? 'select' : `plural(${element.pluralType},${element.offset})`;
        const keys = Object.keys(element.options).sort();
        return [
          `${path}${element.value}: ${kind} [${keys.join(' ')}]`,
          ...keys.flatMap((key) =>
            signature(element.options[key]!.value, `${path}${element.value}{${key}}/`),
          ),
        ];
      }
      default:
        return [`${path}${element.value}: ${TYPE[element.type]}`];
    }
  });
}

const comparable = (elements: MessageFormatElement[]) => [...new Set(signature(elements))].sort();

function collectArguments(elements: MessageFormatElement[]): Argument[] {
  return elements.flatMap((element): Argument[] => {
    switch (element.type) {
      case TYPE.literal:
      case TYPE.pound:
        return [];
      case TYPE.tag:
        return collectArguments(element.children);
      case TYPE.select:
      case TYPE.plural:
        return [
          { name: element.value, type: element.type },
          ...Object.values(element.options).flatMap((option) => collectArguments(option.value)),
        ];
      default:
        return [{ name: element.value, type: element.type }];
    }
  });
}

/** Values to format a message with: strings 'x', numbers 1, every select set to `selectValue`. */
function sampleValues(elements: MessageFormatElement[], selectValue: string): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const { name, type } of collectArguments(elements)) {
    if (type === TYPE.select) values[name] = selectValue;
    else if (type === TYPE.number || type === TYPE.plural) values[name] = 1;
    else if (type === TYPE.date || type === TYPE.time) values[name] = new Date(Date.UTC(2025, 0, 1));
    else values[name] ??= 'x';
  }
  return values;
}

const codePoints = (text: string) => [...text].length;

describe('message catalogues', () => {
  it('English has messages', () => {
    expect(englishKeys.length).toBeGreaterThan(0);
  });

  it('the label limits name English keys', () => {
    for (const { keys } of limits) {
      for (const key of keys) expect(english, key).toHaveProperty([key]);
    }
    expect(listRowTitleKeys.some((key) => key.startsWith('complaint.field.'))).toBe(true);
  });

  describe.each(languages)('%s', (language) => {
    const catalogue = catalogues[language];

    it('has the same keys as English', () => {
      expect(Object.keys(catalogue).sort()).toEqual([...englishKeys].sort());
    });

    it('has a text for every key', () => {
      for (const [key, text] of Object.entries(catalogue)) {
        expect(typeof text, key).toBe('string');
        expect(text.trim(), key).not.toBe('');
      }
    });

    it('parses every message', () => {
      for (const [key, text] of Object.entries(catalogue)) {
        expect(() => parse(text), key).not.toThrow();
      }
    });

    it('uses the same arguments, select and plural options as English', () => {
      for (const key of englishKeys) {
        if (!(key in catalogue)) continue;
        expect(comparable(parse(catalogue[key]!)), key).toEqual(comparable(parse(english[key]!)));
      }
    });

    it('formats every message', () => {
      for (const [key, text] of Object.entries(catalogue)) {
        const elements = parse(text);
        const message = new IntlMessageFormat(text, locales[language]);
        for (const selectValue of ['other', 'none']) {
          const values = sampleValues(elements, selectValue);
          expect(() => message.format(values), `${key} with ${JSON.stringify(values)}`).not.toThrow();
        }
      }
    });

    it.each(limits)('keeps $label texts within $limit code points', ({ keys, limit }) => {
      for (const key of keys) {
        const text = catalogue[key];
        if (text === undefined) continue;
        const shown = String(new IntlMessageFormat(text, locales[language]).format(labelValues[key] ?? {}));
        expect(codePoints(shown), `${key}: ${shown}`).toBeLessThanOrEqual(limit);
      }
    });
  });
});
