export interface TaxHeadAmount {
  readonly code: string;
  readonly amountPaise: number;
}

/** A bill's tax heads as import-bills.ts stored them (JSON in the bill row). */
export const taxHeadsOf = (bill: { taxHeads: unknown }): TaxHeadAmount[] => bill.taxHeads as TaxHeadAmount[];
