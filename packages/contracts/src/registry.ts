import avro from 'avsc';
import type { EventMap, EventType } from './generated/events.js';
import { readSchemaFiles, type SchemaFile } from './schema-files.js';

export class UnknownSchemaError extends Error {
  constructor(readonly schemaId: string) {
    super(`unknown schema ${JSON.stringify(schemaId)}`);
    this.name = 'UnknownSchemaError';
  }
}

interface LoadedSchema extends SchemaFile {
  readonly type: avro.Type;
}

export interface DecodedEvent<E extends EventType = EventType> {
  readonly type: E;
  /** Version the writer used; the value is already resolved to the newest version. */
  readonly writerVersion: number;
  readonly value: EventMap[E];
}

/** Encodes with the newest version of an event type and decodes any registered version into the newest. */
export class SchemaRegistry {
  private readonly byId = new Map<string, LoadedSchema>();
  private readonly latest = new Map<string, LoadedSchema>();
  private readonly resolvers = new Map<string, avro.Resolver>();

  constructor(files: SchemaFile[] = readSchemaFiles()) {
    for (const file of files) {
      const loaded = { ...file, type: avro.Type.forSchema(file.schema as avro.Schema) };
      this.byId.set(file.id, loaded);
      this.latest.set(file.subject, loaded);
    }
  }

  latestId(type: EventType): string {
    return this.newest(type).id;
  }

  encode<E extends EventType>(type: E, value: EventMap[E]): { schemaId: string; payload: Buffer } {
    const schema = this.newest(type);
    return { schemaId: schema.id, payload: schema.type.toBuffer(value) };
  }

  decode(schemaId: string, payload: Buffer): DecodedEvent {
    const writer = this.byId.get(schemaId);
    if (!writer) throw new UnknownSchemaError(schemaId);
    const reader = this.newest(writer.subject as EventType);
    if (reader === writer) {
      return {
        type: writer.subject as EventType,
        writerVersion: writer.version,
        value: plain(reader.type.fromBuffer(payload)),
      };
    }
    let resolver = this.resolvers.get(schemaId);
    if (!resolver) {
      resolver = reader.type.createResolver(writer.type);
      this.resolvers.set(schemaId, resolver);
    }
    return {
      type: writer.subject as EventType,
      writerVersion: writer.version,
      value: plain(reader.type.fromBuffer(payload, resolver)),
    };
  }

  /** Throws a readable error when a value does not fit its schema (checked before it leaves the service). */
  assertValid<E extends EventType>(type: E, value: EventMap[E]): void {
    const problems: string[] = [];
    this.newest(type).type.isValid(value, {
      errorHook: (path, got) => problems.push(`${path.join('.') || '(root)'} = ${JSON.stringify(got)}`),
    });
    if (problems.length > 0)
      throw new TypeError(`${type} value does not fit its schema: ${problems.join('; ')}`);
  }

  private newest(type: EventType): LoadedSchema {
    const schema = this.latest.get(type);
    if (!schema) throw new UnknownSchemaError(type);
    return schema;
  }
}

/**
 * Decoded records are instances of classes avsc generates, with methods on their prototype; consumers store
 * them as JSON and compare them, so they get plain data.
 */
const plain = <T>(record: T): T => structuredClone(record);

let shared: SchemaRegistry | undefined;
/** The registry of the schemas shipped with this package. */
export const schemaRegistry = (): SchemaRegistry => {
  shared ??= new SchemaRegistry();
  return shared;
};
