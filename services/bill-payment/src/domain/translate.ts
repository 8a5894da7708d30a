import { readFileSync } from 'node:fs';
import { type Language, languages } from '@seva/master-data';
import { IntlMessageFormat } from 'intl-messageformat';

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

/** A language the platform speaks, from what a command or a contact carried; English otherwise. */
export const toLanguage = (value: string | null | undefined): Language =>
  (languages as readonly (string | null | undefined)[]).includes(value) ? (value as Language) : 'en';

/** A text of messages/<language>.json (ICU MessageFormat) in the citizen's language. */
export function translate(language: Language, key: string, params: Record<string, string> = {}): string {
  const message = catalogue(language).get(key);
  if (!message) throw new Error(`no message ${key} in ${language}`);
  return String(message.format(params));
}

/** A date in the citizen's language and calendar style, e.g. `15 Aug 2025`; dates are kept at UTC midnight. */
export const formatDate = (date: Date, language: Language): string =>
  date.toLocaleDateString(locales[language], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
