import { readFileSync } from 'node:fs';
import { type Language, languages } from '@seva/master-data';
import { IntlMessageFormat } from 'intl-messageformat';

export type Params = Record<string, string | number>;
export type Translate = (key: string, params?: Params) => string;

export const locales: Record<Language, string> = { en: 'en-IN', hi: 'hi-IN', pa: 'pa-IN', or: 'or-IN' };

export const isLanguage = (value: unknown): value is Language =>
  (languages as readonly unknown[]).includes(value);

/** A language the platform speaks, from what a command or a profile carried; English otherwise. */
export const toLanguage = (value: unknown): Language => (isLanguage(value) ? value : 'en');

/**
 * A service's texts: `<folder>/<language>.json` files of ICU MessageFormat strings, compiled once per language
 * on first use. A key missing in a language falls back to English; missing in English it is an error.
 */
export class MessageCatalogue {
  private readonly compiled = new Map<Language, Map<string, IntlMessageFormat>>();

  constructor(private readonly folder: URL) {}

  translator(language: Language | null): Translate {
    const messages = this.messages(language ?? 'en');
    return (key, params = {}) => {
      const message = messages.get(key) ?? this.messages('en').get(key);
      if (!message) throw new Error(`no message ${key}`);
      return String(message.format(params));
    };
  }

  private messages(language: Language): Map<string, IntlMessageFormat> {
    let compiled = this.compiled.get(language);
    if (!compiled) {
      const texts = JSON.parse(readFileSync(new URL(`${language}.json`, this.folder), 'utf8')) as Record<
        string,
        string
      >;
      compiled = new Map(
        Object.entries(texts).map(([key, text]) => [key, new IntlMessageFormat(text, locales[language])]),
      );
      this.compiled.set(language, compiled);
    }
    return compiled;
  }
}

/** A date as citizens read it, e.g. `24 Nov 2026`, in Indian time. */
export const formatDate = (date: Date | number, language: Language, timeZone = 'Asia/Kolkata'): string =>
  new Date(date).toLocaleDateString(locales[language], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone,
  });
