import type { OutboundTemplate } from './outbound-types.js';

export interface TemplateInput {
  name: string;
  /** Language code the template was approved in, such as `hi`, `pa` or `or`. */
  language: string;
  /** Values for the body's {{1}}, {{2}}... placeholders, in order. */
  bodyParameters: readonly string[];
}

/** An approved template: the only kind of message Meta lets a business send outside the 24-hour window. */
export function buildTemplate({ name, language, bodyParameters }: TemplateInput): OutboundTemplate {
  if (name === '' || language === '') throw new TypeError('a template needs a name and a language');
  const empty = bodyParameters.indexOf('');
  // Meta refuses the whole send when a placeholder value is empty, typically a missing field in the data.
  if (empty !== -1) throw new TypeError(`bodyParameters[${empty}] is empty`);
  return {
    type: 'template',
    template: {
      name,
      language: { code: language },
      ...(bodyParameters.length === 0
        ? {}
        : {
            components: [
              { type: 'body', parameters: bodyParameters.map((text) => ({ type: 'text', text })) },
            ],
          }),
    },
  };
}
