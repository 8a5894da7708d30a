import { MessageCatalogue } from '@seva/i18n';

/** This service's texts to citizens, messages/<language>.json. */
export const messages = new MessageCatalogue(new URL('../../messages/', import.meta.url));
