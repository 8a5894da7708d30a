import { readSeedFile } from './read-seed-file.js';
import type { City } from './types.js';

/** Every urban local body of Punjab, ordered by tenant id. */
export function listCities(): readonly City[] {
  return readSeedFile('cities.json').cities;
}
