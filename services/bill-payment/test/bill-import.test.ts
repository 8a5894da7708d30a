import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../src/domain/import-bills.js';
import { billRow, type Harness, startHarness } from './harness.js';

describe('bill import API', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness('import');
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('refuses a caller without the import token and changes nothing', async () => {
    const refused = await harness.importBills(
      [billRow({ billNumber: 'WSB-TOKEN-1' })],
      'not-the-token-at-all',
    );
    expect(refused.status).toBe(401);
    expect(await harness.db.bill.count({ where: { billNumber: 'WSB-TOKEN-1' } })).toBe(0);
  });

  it('imports bills in paise, idempotently by bill number, announcing each new bill once', async () => {
    const rows = [
      billRow(),
      billRow({
        consumerNumber: 'SW/107/2019-20/002318',
        service: 'SEWERAGE',
        billNumber: 'SWB-107-2025Q1-002318',
        linkedMobiles: ['+91 98765 43210', '098123-45678'],
        taxHeads: [
          { code: 'SW_CHARGE', amount: '315' },
          { code: 'SW_TIME_PENALTY', amount: 31.5 },
          { code: 'SW_TIME_REBATE', amount: '-15.75' },
        ],
      }),
    ];
    const first = await harness.importBills(rows);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ created: 2, updated: 0, unchanged: 0, failed: 0, errors: [] });
    const sewerage = await harness.db.bill.findUniqueOrThrow({
      where: { billNumber: 'SWB-107-2025Q1-002318' },
      include: { connection: { include: { linkedNumbers: true } } },
    });
    expect(sewerage.amountPaise).toBe(33_075);
    expect(sewerage.taxHeads).toEqual([
      { code: 'SW_CHARGE', amountPaise: 31_500 },
      { code: 'SW_TIME_PENALTY', amountPaise: 3_150 },
      { code: 'SW_TIME_REBATE', amountPaise: -1_575 },
    ]);
    expect(sewerage.connection.linkedNumbers.map((l) => l.waId).sort()).toEqual([
      '919812345678',
      '919876543210',
    ]);

    const again = await harness.importBills(rows);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ created: 0, unchanged: 2 });
    expect(again.body.results.map((r) => r.outcome)).toEqual(['unchanged', 'unchanged']);

    const issued = await harness.waitFor('billing.bill-issued', undefined, 2);
    expect(issued.map((bill) => bill.billNumber).sort()).toEqual([
      'SWB-107-2025Q1-002318',
      'WSB-107-2025Q1-004512',
    ]);
    expect(issued.find((bill) => bill.service === 'SEWERAGE')).toMatchObject({
      consumerNumber: 'SW/107/2019-20/002318',
      tenantId: 'pb.amritsar',
      period: '2025-01-01/2025-03-31',
      amountPaise: 33_075,
      dueDate: '2025-04-30',
    });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(harness.seen('billing.bill-issued')).toHaveLength(2);
  });

  it('updates an unpaid bill whose amount changed', async () => {
    const changed = await harness.importBills([
      billRow({
        taxHeads: [{ code: 'WS_CHARGE', amount: 600 }],
        linkedMobiles: ['9876543210', '9812345678'],
      }),
    ]);
    expect(changed.status).toBe(200);
    expect(changed.body.results).toEqual([
      { index: 0, billNumber: 'WSB-107-2025Q1-004512', outcome: 'updated' },
    ]);
    const bill = await harness.db.bill.findUniqueOrThrow({
      where: { billNumber: 'WSB-107-2025Q1-004512' },
      include: { connection: { include: { linkedNumbers: true } } },
    });
    expect(bill.amountPaise).toBe(60_000);
    expect(bill.connection.linkedNumbers).toHaveLength(2);
  });

  it('lists every problem of each refused row and still imports the valid rows (207)', async () => {
    const response = await harness.importBills([
      billRow({ billNumber: 'WSB-OK-1' }),
      billRow({
        billNumber: 'WSB-BAD-1',
        tenantId: 'pb.atlantis',
        linkedMobiles: ['12345'],
        periodFrom: '2025-04-01',
        periodTo: '2025-02-30',
        taxHeads: [
          { code: 'SW_CHARGE', amount: 100 },
          { code: 'WS_CHARGE', amount: '12.345' },
        ],
      }),
      { billNumber: 'WSB-BAD-2', service: 'GAS' },
      billRow({ billNumber: 'WSB-BAD-3', service: 'SEWERAGE' }),
    ]);
    expect(response.status).toBe(207);
    expect(response.body).toMatchObject({ created: 1, failed: 3 });
    const [bad1, bad2, bad3] = response.body.errors as [
      ImportReport['errors'][number],
      ImportReport['errors'][number],
      ImportReport['errors'][number],
    ];
    expect(bad1).toMatchObject({ index: 1, billNumber: 'WSB-BAD-1' });
    expect(bad1.errors).toEqual([
      'tenantId: pb.atlantis is not a city of Punjab',
      'periodTo: 2025-02-30 is not a date',
      'linkedMobiles.0: 12345 is not an Indian mobile number',
      'taxHeads.0.code: SW_CHARGE is not a WATER tax head',
      'taxHeads.1.amount: 12.345 is not an amount in rupees with at most 2 decimals',
    ]);
    expect(bad2).toMatchObject({ index: 2, billNumber: 'WSB-BAD-2' });
    expect(bad2.errors).toEqual(
      expect.arrayContaining([expect.stringMatching(/^service: /), expect.stringMatching(/^tenantId: /)]),
    );
    // A well-formed row that contradicts the records: the consumer number is a water connection.
    expect(bad3).toMatchObject({ index: 3, billNumber: 'WSB-BAD-3' });
    expect(bad3.errors).toEqual(
      expect.arrayContaining([expect.stringMatching(/is not a SEWERAGE tax head/)]),
    );
    expect(await harness.db.bill.count({ where: { billNumber: { startsWith: 'WSB-BAD' } } })).toBe(0);
    expect(await harness.db.bill.count({ where: { billNumber: 'WSB-OK-1' } })).toBe(1);
  });

  it('refuses a row whose service contradicts the connection on record', async () => {
    const response = await harness.importBills([
      billRow({
        billNumber: 'SWB-CLASH-1',
        service: 'SEWERAGE',
        taxHeads: [{ code: 'SW_CHARGE', amount: 10 }],
      }),
    ]);
    expect(response.status).toBe(207);
    expect(response.body.errors[0]?.errors).toEqual([
      'consumerNumber: WS/107/2019-20/004512 is a WATER connection, not SEWERAGE',
    ]);
  });

  it('refuses a body that is not a batch', async () => {
    expect((await harness.importBills([])).status).toBe(400);
  });
});
