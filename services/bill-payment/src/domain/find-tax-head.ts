import { readFileSync } from 'node:fs';
import type { ServiceKind } from '../generated/prisma/enums.js';

export interface TaxHeadDefinition {
  readonly service: ServiceKind;
  readonly code: string;
  readonly name: string;
  readonly category: string;
}

let byCode: ReadonlyMap<string, TaxHeadDefinition> | undefined;

/**
 * A tax head of Punjab's water or sewerage billing (data/tax-heads.json), or undefined for an unknown code.
 */
export function findTaxHead(code: string): TaxHeadDefinition | undefined {
  byCode ??= new Map(
    (
      JSON.parse(readFileSync(new URL('../../data/tax-heads.json', import.meta.url), 'utf8')) as {
        taxHeads: TaxHeadDefinition[];
      }
    ).taxHeads.map((head) => [head.code, head]),
  );
  return byCode.get(code);
}
