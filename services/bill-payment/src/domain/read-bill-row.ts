import { getCity } from '@seva/master-data';
import { type Static, Type } from '@seva/service-kit';
import { Value } from '@sinclair/typebox/value';
import type { ServiceKind } from '../generated/prisma/enums.js';
import { findTaxHead } from './find-tax-head.js';
import { mobileToWaId } from './mobile-to-wa-id.js';
import { parseRupees } from './parse-rupees.js';

const isoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });

/** One bill as a city's billing system sends it; amounts in rupees. */
export const billRowSchema = Type.Object(
  {
    tenantId: Type.String({ minLength: 1 }),
    consumerNumber: Type.String({ minLength: 1, maxLength: 64 }),
    service: Type.Union([Type.Literal('WATER'), Type.Literal('SEWERAGE')]),
    holderName: Type.String({ minLength: 1, maxLength: 200 }),
    address: Type.Optional(Type.String({ maxLength: 500 })),
    linkedMobiles: Type.Array(Type.String(), { maxItems: 10 }),
    billNumber: Type.String({ minLength: 1, maxLength: 64 }),
    periodFrom: isoDate,
    periodTo: isoDate,
    dueDate: isoDate,
    taxHeads: Type.Array(
      Type.Object(
        { code: Type.String({ minLength: 1 }), amount: Type.Union([Type.Number(), Type.String()]) },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 30 },
    ),
  },
  { additionalProperties: false },
);

/** A bill row that passed every check, amounts in paise and mobiles as WhatsApp ids. */
export interface BillInput {
  readonly tenantId: string;
  readonly consumerNumber: string;
  readonly service: ServiceKind;
  readonly holderName: string;
  readonly address: string | null;
  readonly linkedWaIds: readonly string[];
  readonly billNumber: string;
  readonly periodFrom: Date;
  readonly periodTo: Date;
  readonly dueDate: Date;
  readonly amountPaise: number;
  readonly taxHeads: readonly { code: string; amountPaise: number }[];
}

/** No bill comes near a crore of rupees; anything above is a unit mistake (paise sent as rupees). */
const maxBillPaise = 1_00_00_000 * 100;

const calendarDate = (text: string): Date | undefined => {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text) ? date : undefined;
};

/**
 * Checks one row of an import: its shape first, then dates, city, mobiles and tax heads; every problem is
 * named.
 */
export function readBillRow(raw: unknown): { bill: BillInput } | { errors: string[] } {
  if (!Value.Check(billRowSchema, raw)) {
    // The first problem of each field says it best ("Expected required property", not also "Expected
    // string").
    const byField = new Map<string, string>();
    for (const error of Value.Errors(billRowSchema, raw)) {
      const field = error.path.replace(/^\//, '').replaceAll('/', '.') || 'row';
      if (!byField.has(field)) byField.set(field, `${field}: ${error.message}`);
    }
    return { errors: [...byField.values()] };
  }
  const row: Static<typeof billRowSchema> = raw;
  const errors: string[] = [];
  if (!getCity(row.tenantId)) errors.push(`tenantId: ${row.tenantId} is not a city of Punjab`);

  const dates = Object.fromEntries(
    (['periodFrom', 'periodTo', 'dueDate'] as const).map((field) => {
      const date = calendarDate(row[field]);
      if (!date) errors.push(`${field}: ${row[field]} is not a date`);
      return [field, date];
    }),
  ) as Record<'periodFrom' | 'periodTo' | 'dueDate', Date | undefined>;
  if (dates.periodFrom && dates.periodTo && dates.periodFrom > dates.periodTo)
    errors.push('periodTo: the period ends before it starts');

  const linkedWaIds = row.linkedMobiles.map((mobile, index) => {
    const waId = mobileToWaId(mobile);
    if (!waId) errors.push(`linkedMobiles.${index}: ${mobile} is not an Indian mobile number`);
    return waId ?? '';
  });

  const seen = new Set<string>();
  const taxHeads = row.taxHeads.map(({ code, amount }, index) => {
    const head = findTaxHead(code);
    if (!head || head.service !== row.service)
      errors.push(`taxHeads.${index}.code: ${code} is not a ${row.service} tax head`);
    if (seen.has(code)) errors.push(`taxHeads.${index}.code: ${code} is listed twice`);
    seen.add(code);
    const amountPaise = parseRupees(amount);
    if (amountPaise === undefined)
      errors.push(`taxHeads.${index}.amount: ${amount} is not an amount in rupees with at most 2 decimals`);
    return { code, amountPaise: amountPaise ?? 0 };
  });
  const amountPaise = taxHeads.reduce((sum, head) => sum + head.amountPaise, 0);
  if (amountPaise <= 0) errors.push('taxHeads: the bill total must be more than zero');
  if (amountPaise > maxBillPaise) errors.push('taxHeads: the bill total is over a crore of rupees');

  if (errors.length > 0) return { errors };
  return {
    bill: {
      tenantId: row.tenantId,
      consumerNumber: row.consumerNumber.trim(),
      service: row.service,
      holderName: row.holderName.trim(),
      address: row.address?.trim() || null,
      linkedWaIds: [...new Set(linkedWaIds)],
      billNumber: row.billNumber.trim(),
      periodFrom: dates.periodFrom!,
      periodTo: dates.periodTo!,
      dueDate: dates.dueDate!,
      amountPaise,
      taxHeads,
    },
  };
}
