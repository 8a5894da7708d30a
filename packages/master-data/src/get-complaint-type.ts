import { readSeedFile } from './read-seed-file.js';
import type { ComplaintType } from './types.js';

let byServiceCode: ReadonlyMap<string, ComplaintType> | undefined;

/** The complaint type with this DIGIT service code, active or not, or undefined. */
export function getComplaintType(serviceCode: string): ComplaintType | undefined {
  byServiceCode ??= new Map(
    readSeedFile('complaint-types.json').complaintTypes.map((type) => [type.serviceCode, type]),
  );
  return byServiceCode.get(serviceCode);
}
