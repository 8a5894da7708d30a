import { readFileSync } from 'node:fs';
import type { TemplateRef } from '@seva/contracts';
import { buildTemplate, type OutboundTemplate } from '@seva/whatsapp';

export interface TemplateDefinition {
  readonly name: string;
  readonly category: string;
  /** What each body parameter means, in order. */
  readonly parameters: readonly string[];
  /** Approved body per language code. */
  readonly bodies: Readonly<Record<string, string>>;
}

export type ResolvedTemplate = { message: OutboundTemplate } | { problem: string };

/** The templates approved for the business numbers, as data; a request naming anything else is refused here, not by Meta. */
export class TemplateRegistry {
  private readonly byName: Map<string, TemplateDefinition>;

  constructor(definitions: readonly TemplateDefinition[]) {
    this.byName = new Map(definitions.map((definition) => [definition.name, definition]));
  }

  static fromFile(path: string): TemplateRegistry {
    return new TemplateRegistry(
      (JSON.parse(readFileSync(path, 'utf8')) as { templates: TemplateDefinition[] }).templates,
    );
  }

  resolve(ref: TemplateRef): ResolvedTemplate {
    const definition = this.byName.get(ref.name);
    if (!definition) return { problem: `template ${ref.name} is not registered` };
    if (!definition.bodies[ref.language])
      return { problem: `template ${ref.name} has no ${ref.language} version` };
    if (ref.parameters.length !== definition.parameters.length) {
      return {
        problem: `template ${ref.name} takes ${definition.parameters.length} parameters, got ${ref.parameters.length}`,
      };
    }
    try {
      return {
        message: buildTemplate({
          name: ref.name,
          language: ref.language,
          bodyParameters: [...ref.parameters],
        }),
      };
    } catch (error) {
      return { problem: `template ${ref.name}: ${(error as Error).message}` };
    }
  }
}
