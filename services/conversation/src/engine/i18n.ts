import { MessageCatalogue, type Translate } from '@seva/i18n';
import type { Language } from '@seva/master-data';

export { isLanguage, type Params, type Translate } from '@seva/i18n';

const catalogue = new MessageCatalogue(new URL('../../messages/', import.meta.url));

/** Texts in the citizen's language from messages/; English until a language is chosen. */
export const translator = (language: Language | null): Translate => catalogue.translator(language);
