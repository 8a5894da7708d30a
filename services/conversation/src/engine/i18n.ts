import { readFileSync } from 'node:fs';
import { type Language, languages } from '@seva/master-data';
import { IntlMessageFormat } from 'intl-messageformat';

export type Params = Record<string, string | number>;
export type Translate = (key: string, params?: Params) => string;

const locales: Record<Language, string> = { en: 'en-IN', hi: 'hi-IN', pa: 'pa-IN', or: 'or-IN' };

const catalogues = new Map<Language, Map<string, IntlMessageFormat>>();

function catalogue(language: Language): Map<string, IntlMessageFormat> {
  let compiled = catalogues.get(language);
  if (!compiled) {
    const texts = JSON.parse(
      readFileSync(new URL(`../../messages/${language}.json`, import.meta.url), 'utf8'),
    ) as Record<string, string>;
    compiled = new Map(
      Object.entries(texts).map(([key, text]) => [key, new IntlMessageFormat(text, locales[language])]),
    );
    catalogues.set(language, compiled);
  }
  return compiled;
}

/** Texts in the citizen's language from the ICU catalogues in messages/; English until a language is chosen. */
export function translator(language: Language | null): Translate {
  const messages = catalogue(language ?? 'en');
  return (key, params = {}) => {
    const message = messages.get(key) ?? catalogue('en').get(key);
    if (!message) throw new Error(`no message ${key}`);
    return String(message.format(params));
  };
}

export const isLanguage = (value: string): value is Language =>
  (languages as readonly string[]).includes(value);
