import { checkCount, checkLength, checkUnique } from './check-limits.js';
import { MessageLimitError } from './errors.js';
import {
  BUTTON_ID_MAX,
  BUTTON_TITLE_MAX,
  CALLBACK_DATA_MAX,
  CAPTION_MAX,
  FOOTER_TEXT_MAX,
  HEADER_TEXT_MAX,
  INTERACTIVE_BODY_MAX,
  LIST_BODY_MAX,
  LIST_BUTTON_TEXT_MAX,
  LIST_ROWS_MAX,
  LIST_SECTIONS_MAX,
  REPLY_BUTTONS_MAX,
  ROW_DESCRIPTION_MAX,
  ROW_ID_MAX,
  ROW_TITLE_MAX,
  SECTION_TITLE_MAX,
  TEXT_BODY_MAX,
} from './limits.js';

type Fields = Record<string, unknown>;

/**
 * Collects problems instead of stopping at the first one, so a rejected request lists everything to fix.
 * Every problem starts with the path of the field it is about.
 */
class Problems {
  readonly found: string[] = [];

  add(path: string, problem: string): void {
    this.found.push(`${path} ${problem}`);
  }

  /** Runs one of the builders' checks (check-limits.ts) and keeps its complaint. */
  keep(check: () => unknown): void {
    try {
      check();
    } catch (error) {
      if (!(error instanceof MessageLimitError || error instanceof TypeError)) throw error;
      this.found.push(error.message);
    }
  }

  record(value: unknown, path: string): Fields | undefined {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Fields;
    this.add(path, 'must be an object');
    return undefined;
  }

  array(value: unknown, path: string): unknown[] | undefined {
    if (Array.isArray(value)) return value;
    this.add(path, 'must be an array');
    return undefined;
  }

  /** A string of 1 to `max` code points. */
  text(value: unknown, path: string, max: number): void {
    if (typeof value !== 'string') this.add(path, 'must be a string');
    else this.keep(() => checkLength(path, value, max));
  }

  optionalText(value: unknown, path: string, max: number): void {
    if (value !== undefined) this.text(value, path, max);
  }

  /** A field Meta sets no length for (ids, names, codes) but refuses when missing or empty. */
  filled(value: unknown, path: string): void {
    if (typeof value !== 'string' || value === '') this.add(path, 'must be a non-empty string');
  }
}

const interactiveBodyMax: Record<string, number> = {
  button: INTERACTIVE_BODY_MAX,
  list: LIST_BODY_MAX,
  location_request_message: INTERACTIVE_BODY_MAX,
};

const mediaTypes = ['image', 'video', 'audio', 'document', 'sticker'];
/** Reply buttons may head their body with one of these instead of text; lists only take text. */
const headerMediaTypes = new Set(['image', 'video', 'document']);

const messageValidators: Record<string, (message: Fields, problems: Problems) => void> = {
  text: (text, problems) => {
    problems.text(text.body, 'text.body', TEXT_BODY_MAX);
    if (text.preview_url !== undefined && typeof text.preview_url !== 'boolean') {
      problems.add('text.preview_url', 'must be a boolean');
    }
  },
  interactive: checkInteractive,
  template: checkTemplate,
  location: checkLocation,
  reaction: (reaction, problems) => {
    problems.filled(reaction.message_id, 'reaction.message_id');
    // An empty emoji is how a business takes its reaction back.
    if (typeof reaction.emoji !== 'string') problems.add('reaction.emoji', 'must be a string');
  },
  ...Object.fromEntries(
    mediaTypes.map((type) => [
      type,
      (media: Fields, problems: Problems) => checkMedia(media, type, problems),
    ]),
  ),
};

/**
 * Every reason the Cloud API would refuse this body of `POST /{version}/{phone-number-id}/messages`, each
 * starting with the field's path (`interactive.action.buttons[0].reply.title must have 1 to 20 characters,
 * got 23`); an empty array means the message is valid. Limits are the ones the builders apply, in code points.
 */
export function validateOutboundMessage(payload: unknown): string[] {
  const problems = new Problems();
  const request = problems.record(payload, 'body');
  if (request === undefined) return problems.found;

  if (request.messaging_product !== 'whatsapp') problems.add('messaging_product', 'must be "whatsapp"');
  if (request.recipient_type !== undefined && request.recipient_type !== 'individual') {
    problems.add('recipient_type', 'must be "individual"');
  }
  if (typeof request.to !== 'string' || !/^\+?[1-9]\d{6,14}$/.test(request.to)) {
    problems.add('to', 'must be a phone number in international format, digits only');
  }
  problems.optionalText(request.biz_opaque_callback_data, 'biz_opaque_callback_data', CALLBACK_DATA_MAX);
  if (request.context !== undefined) {
    const context = problems.record(request.context, 'context');
    if (context) problems.filled(context.message_id, 'context.message_id');
  }

  const type = request.type;
  const validate = typeof type === 'string' ? messageValidators[type] : undefined;
  if (typeof type !== 'string' || validate === undefined) {
    problems.add('type', `must be one of ${Object.keys(messageValidators).join(', ')}`);
    return problems.found;
  }
  const message = problems.record(request[type], type);
  if (message) validate(message, problems);
  return problems.found;
}

function checkMedia(media: Fields, path: string, problems: Problems): void {
  if ((media.id === undefined) === (media.link === undefined)) {
    problems.add(path, 'must have either id or link');
  } else if (media.id !== undefined) {
    problems.filled(media.id, `${path}.id`);
  } else if (typeof media.link !== 'string' || !/^https?:\/\/\S+$/.test(media.link)) {
    problems.add(`${path}.link`, 'must be an http(s) URL');
  }
  problems.optionalText(media.caption, `${path}.caption`, CAPTION_MAX);
  if (media.filename !== undefined) problems.filled(media.filename, `${path}.filename`);
}

function checkLocation(location: Fields, problems: Problems): void {
  const coordinate = (name: 'latitude' | 'longitude', bound: number) => {
    const value = location[name];
    if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > bound) {
      problems.add(`location.${name}`, `must be a number from -${bound} to ${bound}`);
    }
  };
  coordinate('latitude', 90);
  coordinate('longitude', 180);
  if (location.name !== undefined) problems.filled(location.name, 'location.name');
  if (location.address !== undefined) problems.filled(location.address, 'location.address');
}

function checkTemplate(template: Fields, problems: Problems): void {
  problems.filled(template.name, 'template.name');
  const language = problems.record(template.language, 'template.language');
  if (language) problems.filled(language.code, 'template.language.code');
  if (template.components === undefined) return;
  problems.array(template.components, 'template.components')?.forEach((raw, c) => {
    const component = problems.record(raw, `template.components[${c}]`);
    if (!component) return;
    problems.filled(component.type, `template.components[${c}].type`);
    if (component.parameters === undefined) return;
    const path = `template.components[${c}].parameters`;
    problems.array(component.parameters, path)?.forEach((rawParameter, p) => {
      const parameter = problems.record(rawParameter, `${path}[${p}]`);
      // An empty placeholder value makes Meta refuse the whole send.
      if (parameter?.type === 'text') problems.filled(parameter.text, `${path}[${p}].text`);
      else if (parameter) problems.filled(parameter.type, `${path}[${p}].type`);
    });
  });
}

function checkInteractive(interactive: Fields, problems: Problems): void {
  const type = interactive.type;
  const bodyMax = typeof type === 'string' ? interactiveBodyMax[type] : undefined;
  if (typeof type !== 'string' || bodyMax === undefined) {
    problems.add('interactive.type', `must be one of ${Object.keys(interactiveBodyMax).join(', ')}`);
    return;
  }
  const body = problems.record(interactive.body, 'interactive.body');
  if (body) problems.text(body.text, 'interactive.body.text', bodyMax);
  if (interactive.header !== undefined) checkHeader(interactive.header, type, problems);
  if (interactive.footer !== undefined) {
    const footer = problems.record(interactive.footer, 'interactive.footer');
    if (footer) problems.text(footer.text, 'interactive.footer.text', FOOTER_TEXT_MAX);
  }
  const action = problems.record(interactive.action, 'interactive.action');
  if (!action) return;
  if (type === 'button') checkButtons(action, problems);
  else if (type === 'list') checkList(action, problems);
  else if (action.name !== 'send_location')
    problems.add('interactive.action.name', 'must be "send_location"');
}

/** A text header on any message with options; reply buttons may show an image, video or document instead. */
function checkHeader(raw: unknown, interactiveType: string, problems: Problems): void {
  const header = problems.record(raw, 'interactive.header');
  if (!header) return;
  const type = header.type;
  if (type === 'text') {
    problems.text(header.text, 'interactive.header.text', HEADER_TEXT_MAX);
  } else if (interactiveType === 'button' && typeof type === 'string' && headerMediaTypes.has(type)) {
    const media = problems.record(header[type], `interactive.header.${type}`);
    if (media) checkMedia(media, `interactive.header.${type}`, problems);
  } else {
    problems.add(
      'interactive.header.type',
      interactiveType === 'button' ? 'must be text, image, video or document' : 'must be text',
    );
  }
}

function checkButtons(action: Fields, problems: Problems): void {
  const buttons = problems.array(action.buttons, 'interactive.action.buttons');
  if (!buttons) return;
  problems.keep(() => checkCount('interactive.action.buttons', buttons.length, REPLY_BUTTONS_MAX));
  const replies = buttons.flatMap((raw, i) => {
    const path = `interactive.action.buttons[${i}]`;
    const button = problems.record(raw, path);
    if (!button) return [];
    if (button.type !== 'reply') problems.add(`${path}.type`, 'must be "reply"');
    const reply = problems.record(button.reply, `${path}.reply`);
    if (!reply) return [];
    problems.text(reply.id, `${path}.reply.id`, BUTTON_ID_MAX);
    problems.text(reply.title, `${path}.reply.title`, BUTTON_TITLE_MAX);
    return [reply];
  });
  // Two buttons with one id (or one title) could not be told apart in the citizen's reply.
  checkUniqueStrings('interactive.action.buttons ids', replies, 'id', problems);
  checkUniqueStrings('interactive.action.buttons titles', replies, 'title', problems);
}

function checkList(action: Fields, problems: Problems): void {
  problems.text(action.button, 'interactive.action.button', LIST_BUTTON_TEXT_MAX);
  const sections = problems.array(action.sections, 'interactive.action.sections');
  if (!sections) return;
  problems.keep(() => checkCount('interactive.action.sections', sections.length, LIST_SECTIONS_MAX));
  const rows = sections.flatMap((raw, s) => {
    const path = `interactive.action.sections[${s}]`;
    const section = problems.record(raw, path);
    if (!section) return [];
    // With one section the list shows no heading; with several, each needs one to tell them apart.
    if (section.title !== undefined || sections.length > 1) {
      problems.text(section.title, `${path}.title`, SECTION_TITLE_MAX);
    }
    const sectionRows = problems.array(section.rows, `${path}.rows`);
    if (!sectionRows) return [];
    problems.keep(() => checkCount(`${path}.rows`, sectionRows.length, LIST_ROWS_MAX));
    return sectionRows.flatMap((rawRow, r) => {
      const row = problems.record(rawRow, `${path}.rows[${r}]`);
      if (!row) return [];
      problems.text(row.id, `${path}.rows[${r}].id`, ROW_ID_MAX);
      problems.text(row.title, `${path}.rows[${r}].title`, ROW_TITLE_MAX);
      problems.optionalText(row.description, `${path}.rows[${r}].description`, ROW_DESCRIPTION_MAX);
      return [row];
    });
  });
  // The limit is on all sections together: a list shows at most ten rows whatever their grouping. (No rows at
  // all was already reported per section.)
  if (rows.length > LIST_ROWS_MAX) {
    problems.keep(() => checkCount('interactive.action.sections rows in total', rows.length, LIST_ROWS_MAX));
  }
  checkUniqueStrings('interactive.action.sections row ids', rows, 'id', problems);
}

function checkUniqueStrings(field: string, items: Fields[], key: string, problems: Problems): void {
  const values = items.map((item) => item[key]).filter((value): value is string => typeof value === 'string');
  problems.keep(() => checkUnique(field, values));
}
