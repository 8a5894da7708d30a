import avro from 'avsc';

/**
 * Full compatibility between two versions of one event: the newer reader must read what older
 * writers wrote (consumers upgrade first) and the older reader must read what newer writers write
 * (producers upgrade first). Returns the problems; empty means compatible.
 */
export function compatibilityIssues(older: avro.Schema, newer: avro.Schema): string[] {
  const olderType = avro.Type.forSchema(older);
  const newerType = avro.Type.forSchema(newer);
  const issues: string[] = [];
  for (const [direction, reader, writer] of [
    ['backward (new reader, old data)', newerType, olderType],
    ['forward (old reader, new data)', olderType, newerType],
  ] as const) {
    try {
      reader.createResolver(writer);
    } catch (error) {
      issues.push(`${direction}: ${(error as Error).message}`);
    }
  }
  return issues;
}
