import { readSeedFile } from './read-seed-file.js';
import type { Locality } from './types.js';

let byCity: ReadonlyMap<string, readonly Locality[]> | undefined;

/** The localities of a city in the source's order; empty for cities whose localities are not in the seed data. */
export function listLocalities(tenantId: string): readonly Locality[] {
  if (!byCity) {
    const groups = new Map<string, Locality[]>();
    for (const locality of readSeedFile('localities.json').localities) {
      const group = groups.get(locality.tenantId);
      if (group) group.push(locality);
      else groups.set(locality.tenantId, [locality]);
    }
    byCity = groups;
  }
  return byCity.get(tenantId) ?? [];
}
