import type avro from 'avsc';
import { describe, expect, it } from 'vitest';
import { compatibilityIssues } from '../src/compatibility.js';
import { readSchemaFiles } from '../src/schema-files.js';

/** Schemas read from files or written as literals here, typed as avsc declares them. */
const schema = (value: object) => value as unknown as avro.Schema;

const files = readSchemaFiles();
const successions = files.flatMap((file, index) => {
  const next = files[index + 1];
  return next && next.subject === file.subject ? [[file.id, next.id, file.schema, next.schema] as const] : [];
});

describe('every schema version and its successor', () => {
  it('has at least one evolved event to check', () => {
    expect(successions.length).toBeGreaterThan(0);
  });

  it.each(successions)('%s -> %s is fully compatible', (_older, _newer, older, newer) => {
    expect(compatibilityIssues(schema(older), schema(newer))).toEqual([]);
  });
});

describe('schema evolution rules', () => {
  const base = {
    type: 'record',
    name: 'Example',
    fields: [
      { name: 'id', type: 'string' },
      { name: 'note', type: 'string' },
    ],
  } as const;

  it('accepts a new field that has a default', () => {
    const evolved = {
      ...base,
      fields: [...base.fields, { name: 'extra', type: ['null', 'string'], default: null }],
    };
    expect(compatibilityIssues(schema(base), schema(evolved))).toEqual([]);
  });

  it('reports removing a field that has no default as incompatible', () => {
    const evolved = { ...base, fields: [base.fields[0]] };
    const issues = compatibilityIssues(schema(base), schema(evolved));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^forward/);
  });

  it('reports adding a field without a default as incompatible', () => {
    const evolved = { ...base, fields: [...base.fields, { name: 'extra', type: 'string' }] };
    expect(compatibilityIssues(schema(base), schema(evolved))[0]).toMatch(/^backward/);
  });
});
