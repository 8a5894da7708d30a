import { readFileSync } from 'node:fs';
import { getCity } from '@seva/master-data';
import type { Logger } from 'pino';
import type { Db } from '../db.js';
import { importBills } from './import-bills.js';
import { indianDate } from './indian-date.js';
import { isoDay } from './iso-day.js';

interface DemoConnection {
  tenantId: string;
  consumerNumber: string;
  service: 'WATER' | 'SEWERAGE';
  holderName: string;
  address: string;
  linkedMobiles: string[];
  taxHeads: Record<string, string>;
}

/**
 * Loads data/demo-connections.json through the import, with one bill per connection for the previous quarter
 * (Indian dates), due on the last day of the current one. Bill numbers name the quarter, so a restart within
 * a quarter changes nothing and the next quarter brings new bills.
 */
export async function seedDemoBills(deps: { db: Db; now: () => Date; log: Logger }): Promise<void> {
  const { connections } = JSON.parse(
    readFileSync(new URL('../../data/demo-connections.json', import.meta.url), 'utf8'),
  ) as { connections: DemoConnection[] };
  const today = indianDate(deps.now());
  const quarter = Math.floor(today.getUTCMonth() / 3);
  const year = today.getUTCFullYear();
  const periodFrom = new Date(Date.UTC(year, quarter * 3 - 3, 1));
  const periodTo = new Date(Date.UTC(year, quarter * 3, 0));
  const dueDate = new Date(Date.UTC(year, quarter * 3 + 3, 0));
  const label = `${periodFrom.getUTCFullYear()}Q${(periodFrom.getUTCMonth() / 3 + 1).toFixed(0)}`;
  const rows = connections.map((connection) => ({
    tenantId: connection.tenantId,
    consumerNumber: connection.consumerNumber,
    service: connection.service,
    holderName: connection.holderName,
    address: connection.address,
    linkedMobiles: connection.linkedMobiles,
    billNumber: [
      connection.service === 'WATER' ? 'WSB' : 'SWB',
      getCity(connection.tenantId)?.cityCode,
      label,
      connection.consumerNumber.split('/').at(-1),
    ].join('-'),
    periodFrom: isoDay(periodFrom),
    periodTo: isoDay(periodTo),
    dueDate: isoDay(dueDate),
    taxHeads: Object.entries(connection.taxHeads).map(([code, amount]) => ({ code, amount })),
  }));
  const report = await importBills(rows, deps);
  deps.log.info(
    { created: report.created, unchanged: report.unchanged, updated: report.updated },
    'demo bills loaded',
  );
  if (report.failed > 0) deps.log.warn({ errors: report.errors }, 'some demo bills were refused');
}
