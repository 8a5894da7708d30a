import { readFileSync } from 'node:fs';
import avro from 'avsc';
import { describe, expect, it } from 'vitest';
import { renderAsyncApi } from '../scripts/render-asyncapi.js';
import { eventTypes } from '../src/generated/events.js';
import { SchemaRegistry, UnknownSchemaError } from '../src/registry.js';
import { readSchemaFiles } from '../src/schema-files.js';
import { topicList } from '../src/topics.js';

const files = readSchemaFiles();
const registry = new SchemaRegistry(files);

describe('schema registry', () => {
  it('reads a record written with an older version as the newest version', () => {
    const v1 = files.find((f) => f.id === 'whatsapp.inbound-message.v1');
    const written = avro.Type.forSchema(v1!.schema as avro.Schema).toBuffer({
      messageId: 'wamid.1',
      businessNumberId: '1001',
      citizenWaId: '919876543210',
      citizenName: null,
      sentAt: 1_764_000_000_000,
      kind: 'TEXT',
      text: 'hi',
      reply: null,
      media: null,
      location: null,
      unsupportedReason: null,
    });
    const decoded = registry.decode('whatsapp.inbound-message.v1', written);
    expect(decoded.type).toBe('whatsapp.inbound-message');
    expect(decoded.writerVersion).toBe(1);
    expect(decoded.value).toMatchObject({ text: 'hi', contextMessageId: null });
  });

  it('refuses a schema id it does not know', () => {
    expect(() => registry.decode('whatsapp.inbound-message.v99', Buffer.alloc(0))).toThrow(
      UnknownSchemaError,
    );
  });

  it('names the field that does not fit the schema', () => {
    expect(() =>
      registry.assertValid('whatsapp.media-rejected', {
        messageId: 'm',
        businessNumberId: 'b',
        citizenWaId: 'c',
        mediaId: 'x',
        reason: 42 as unknown as string,
      }),
    ).toThrow(/reason = 42/);
  });
});

describe('topic registry', () => {
  const carried = topicList().flatMap((topic) => topic.events);

  it('carries every event type on exactly one topic', () => {
    expect([...carried].sort()).toEqual([...eventTypes].sort());
  });

  it('has unique topic names', () => {
    const names = topicList().map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('AsyncAPI document', () => {
  it('is generated from the current schemas and topics', () => {
    const committed = readFileSync(new URL('../../../docs/asyncapi.yaml', import.meta.url), 'utf8');
    expect(committed).toBe(renderAsyncApi(files, topicList()));
  });
});
