export {
  formatDate,
  isLanguage,
  locales,
  MessageCatalogue,
  type Params,
  type Translate,
  toLanguage,
} from './message-catalogue.js';
