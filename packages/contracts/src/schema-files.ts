import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface SchemaFile {
  /** Event type, e.g. `whatsapp.inbound-message`. */
  readonly subject: string;
  readonly version: number;
  /** `subject.vN`: what travels in the schema header. */
  readonly id: string;
  readonly schema: Record<string, unknown>;
}

const fileName = /^([a-z]+\.[a-z-]+)\.v(\d+)\.avsc$/;

export const schemaDirectory = fileURLToPath(new URL('../schemas/', import.meta.url));

/** Reads every `subject.vN.avsc`, ordered by subject then version; versions must run 1..n without gaps. */
export function readSchemaFiles(dir: string = schemaDirectory): SchemaFile[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.avsc'))
    .map((name) => {
      const match = fileName.exec(name);
      if (!match) throw new Error(`schema file ${name} is not named <domain>.<event>.v<N>.avsc`);
      const [, subject, version] = match as unknown as [string, string, string];
      const schema = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>;
      return { subject, version: Number(version), id: `${subject}.v${version}`, schema };
    })
    .sort((a, b) => a.subject.localeCompare(b.subject) || a.version - b.version);
  let previous: SchemaFile | undefined;
  for (const file of files) {
    const expected = previous?.subject === file.subject ? previous.version + 1 : 1;
    if (file.version !== expected)
      throw new Error(`${file.id}: expected version ${expected} of ${file.subject}`);
    previous = file;
  }
  return files;
}
