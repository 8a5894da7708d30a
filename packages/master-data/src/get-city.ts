import { listCities } from './list-cities.js';
import type { City } from './types.js';

let byTenantId: ReadonlyMap<string, City> | undefined;

/** The city with this DIGIT tenant id (`pb.amritsar`), or undefined. */
export function getCity(tenantId: string): City | undefined {
  byTenantId ??= new Map(listCities().map((city) => [city.tenantId, city]));
  return byTenantId.get(tenantId);
}
