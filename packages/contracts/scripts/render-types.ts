import type { SchemaFile } from '../src/schema-files.js';

type AvroSchema = string | AvroSchema[] | { type: string | AvroSchema; [key: string]: unknown };
interface Field {
  name: string;
  type: AvroSchema;
  doc?: string;
  default?: unknown;
}

const pascal = (subject: string) =>
  subject
    .split(/[.-]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');

const primitives: Record<string, string> = {
  null: 'null',
  boolean: 'boolean',
  int: 'number',
  long: 'number',
  float: 'number',
  double: 'number',
  bytes: 'Buffer',
  string: 'string',
};

/** Turns Avro schemas into TypeScript declarations; named types are declared once and must agree. */
class TypeWriter {
  private readonly named = new Map<string, string>();

  typeOf(schema: AvroSchema): string {
    if (typeof schema === 'string') {
      const primitive = primitives[schema];
      if (primitive) return primitive;
      if (this.named.has(schema)) return schema;
      throw new Error(`unknown Avro type ${schema}`);
    }
    if (Array.isArray(schema)) return schema.map((branch) => this.typeOf(branch)).join(' | ');
    const { type } = schema;
    if (typeof type !== 'string') return this.typeOf(type);
    switch (type) {
      case 'record':
        return this.declare(String(schema.name), this.record(schema.fields as Field[], schema.doc as string));
      case 'enum':
        return this.declare(
          String(schema.name),
          `export type ${String(schema.name)} = ${(schema.symbols as string[]).map((s) => `'${s}'`).join(' | ')};`,
        );
      case 'array':
        return `Array<${this.typeOf(schema.items as AvroSchema)}>`;
      case 'map':
        return `Record<string, ${this.typeOf(schema.values as AvroSchema)}>`;
      default:
        return this.typeOf(type);
    }
  }

  declarations(): string[] {
    return [...this.named.values()];
  }

  private record(fields: Field[], doc: string | undefined): string {
    const lines = fields.map((field) => {
      const comment = field.doc ? `  /** ${field.doc} */\n` : '';
      return `${comment}  ${field.name}: ${this.typeOf(field.type)};`;
    });
    return `${doc ? `/** ${doc} */\n` : ''}{\n${lines.join('\n')}\n}`;
  }

  private declare(name: string, body: string): string {
    const declaration = body.startsWith('export')
      ? body
      : `export interface ${name} ${body.replace(/^(\/\*\*.*\*\/\n)?/, '')}`;
    const withDoc = body.startsWith('/**') ? `${body.split('\n')[0]}\n${declaration}` : declaration;
    const existing = this.named.get(name);
    if (existing !== undefined && existing !== withDoc)
      throw new Error(`Avro type ${name} is defined twice, differently`);
    this.named.set(name, withDoc);
    return name;
  }
}

export function renderTypes(files: readonly SchemaFile[]): string {
  const newest = new Map<string, SchemaFile>();
  for (const file of files) newest.set(file.subject, file);
  const writer = new TypeWriter();
  const aliases: string[] = [];
  const map: string[] = [];
  for (const [subject, file] of newest) {
    const root = writer.typeOf(file.schema as AvroSchema);
    const alias = pascal(subject);
    if (alias !== root) aliases.push(`export type ${alias} = ${root};`);
    map.push(`  '${subject}': ${alias};`);
  }
  return [
    '// Generated from schemas/*.avsc by scripts/generate.ts: edit the schemas, not this file.',
    '/* eslint-disable */',
    '',
    ...writer.declarations().map((d) => `${d}\n`),
    ...aliases,
    '',
    '/** Every event type with the TypeScript shape of its newest schema version. */',
    'export interface EventMap {',
    ...map,
    '}',
    '',
    'export type EventType = keyof EventMap;',
    '',
    `export const eventTypes = [${[...newest.keys()].map((s) => `'${s}'`).join(', ')}] as const satisfies readonly EventType[];`,
    '',
  ].join('\n');
}
