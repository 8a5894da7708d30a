import { readFileSync } from 'node:fs';
import type { City, ComplaintCategory, ComplaintType, Locality } from './types.js';

interface SeedFiles {
  'cities.json': { readonly source: string; readonly cities: readonly City[] };
  'localities.json': { readonly source: string; readonly localities: readonly Locality[] };
  'complaint-types.json': {
    readonly source: string;
    readonly categories: readonly ComplaintCategory[];
    readonly complaintTypes: readonly ComplaintType[];
  };
}

const loaded = new Map<keyof SeedFiles, unknown>();

/**
 * Reads a seed file from the package's data folder once and keeps it. The path is resolved from this module, so
 * it works both from src (tests) and from dist (consumers).
 */
export function readSeedFile<File extends keyof SeedFiles>(file: File): SeedFiles[File] {
  let content = loaded.get(file);
  if (content === undefined) {
    content = JSON.parse(readFileSync(new URL(`../data/${file}`, import.meta.url), 'utf8'));
    loaded.set(file, content);
  }
  return content as SeedFiles[File];
}
