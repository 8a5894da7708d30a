import { checkCount, checkLength, checkUnique } from './check-limits.js';
import { interactiveFrame } from './interactive-frame.js';
import {
  LIST_BODY_MAX,
  LIST_BUTTON_TEXT_MAX,
  LIST_ROWS_MAX,
  LIST_SECTIONS_MAX,
  ROW_DESCRIPTION_MAX,
  ROW_ID_MAX,
  ROW_TITLE_MAX,
  SECTION_TITLE_MAX,
} from './limits.js';
import type { ListRow, ListSection, OutboundList } from './outbound-types.js';

export interface ListInput {
  body: string;
  /** Label of the button that opens the list. */
  buttonText: string;
  sections: readonly ListSection[];
  header?: string;
  footer?: string;
}

/**
 * A button that opens a list of at most ten rows in total; the chosen row's id comes back as a LIST_REPLY.
 * Longer choices go through paginateList first.
 */
export function buildList({ body, buttonText, sections, header, footer }: ListInput): OutboundList {
  checkCount('sections', sections.length, LIST_SECTIONS_MAX);
  const rows = sections.flatMap((section) => section.rows);
  checkCount('rows', rows.length, LIST_ROWS_MAX);
  checkUnique(
    'row ids',
    rows.map((row) => row.id),
  );
  if (sections.length > 1 && sections.some((section) => section.title === undefined)) {
    throw new TypeError('every section needs a title when a list has more than one section');
  }
  return {
    type: 'interactive',
    interactive: {
      type: 'list',
      ...interactiveFrame(body, LIST_BODY_MAX, header, footer),
      action: {
        button: checkLength('buttonText', buttonText, LIST_BUTTON_TEXT_MAX),
        sections: sections.map((section, s) => {
          checkCount(`sections[${s}].rows`, section.rows.length, LIST_ROWS_MAX);
          return {
            ...(section.title === undefined
              ? {}
              : { title: checkLength(`sections[${s}].title`, section.title, SECTION_TITLE_MAX) }),
            rows: section.rows.map((row, r) => checkRow(row, `sections[${s}].rows[${r}]`)),
          };
        }),
      },
    },
  };
}

function checkRow(row: ListRow, path: string): ListRow {
  return {
    id: checkLength(`${path}.id`, row.id, ROW_ID_MAX),
    title: checkLength(`${path}.title`, row.title, ROW_TITLE_MAX),
    ...(row.description === undefined
      ? {}
      : { description: checkLength(`${path}.description`, row.description, ROW_DESCRIPTION_MAX) }),
  };
}
