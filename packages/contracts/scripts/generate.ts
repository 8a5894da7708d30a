/**
 * Generates, from schemas/*.avsc and the topic registry:
 * - src/generated/events.ts: a TypeScript type per event (newest version) and the EventMap;
 * - docs/asyncapi.yaml at the repository root: the AsyncAPI 3 contract for partner departments.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSchemaFiles } from '../src/schema-files.js';
import { topicList } from '../src/topics.js';
import { renderAsyncApi } from './render-asyncapi.js';
import { renderTypes } from './render-types.js';

const files = readSchemaFiles();
const write = (relative: string, text: string) => {
  const path = fileURLToPath(new URL(relative, import.meta.url));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
};
write('../src/generated/events.ts', renderTypes(files));
write('../../../docs/asyncapi.yaml', renderAsyncApi(files, topicList()));
