import {
  BUTTON_TITLE_MAX,
  buildList,
  buildReplyButtons,
  buildText,
  paginateList,
  REPLY_BUTTONS_MAX,
  ROW_DESCRIPTION_MAX,
  ROW_TITLE_MAX,
  truncateToLimit,
} from '@seva/whatsapp';
import type { Translate } from './i18n.js';
import type { Option, Reply } from './types.js';

/** Id of the row that shows the next page of a long list. */
export const moreOptionId = 'more';

export const text = (body: string): Reply => ({ message: buildText(body) });

/**
 * Options as WhatsApp shows them best: up to three as reply buttons, more as a list, and a list longer than
 * WhatsApp allows split into pages with a "More" row. Labels that come from data are shortened to fit.
 */
export function choose(body: string, options: readonly Option[], t: Translate, page = 0): Reply {
  if (options.length <= REPLY_BUTTONS_MAX && options.every((option) => !option.description)) {
    return {
      message: buildReplyButtons({
        body,
        buttons: options.map((option) => ({
          id: option.id,
          title: truncateToLimit(option.title, BUTTON_TITLE_MAX),
        })),
      }),
    };
  }
  const rows = paginateList(
    options.map((option) => ({
      id: option.id,
      title: truncateToLimit(option.title, ROW_TITLE_MAX),
      ...(option.description
        ? { description: truncateToLimit(option.description, ROW_DESCRIPTION_MAX) }
        : {}),
    })),
    {
      page,
      moreRow: { id: moreOptionId, title: t('common.more'), description: t('common.more.description') },
    },
  );
  return { message: buildList({ body, buttonText: t('common.choose'), sections: [{ rows }] }) };
}
