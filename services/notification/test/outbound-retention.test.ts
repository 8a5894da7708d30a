import { fileURLToPath } from 'node:url';
import { dropDatabase } from '@seva/database';
import { createTestKafka } from '@seva/kafka/testing';
import { buildService } from '@seva/service-kit';
import { createTestSqlDatabase, eventually, testInfra } from '@seva/testkit';
import { describe, expect, it } from 'vitest';
import { notificationService } from '../src/app.js';
import { loadNotificationConfig } from '../src/config.js';

const migrations = fileURLToPath(new URL('../prisma/migrations', import.meta.url));

describe('retention of the records of sends', () => {
  it('deletes, once the service runs, the sends recorded longer ago than the retention and keeps the others', async () => {
    const database = await createTestSqlDatabase('notification_retention', migrations);
    await database.sql.$executeRawUnsafe(
      `insert into outbound_message
         (request_id, business_number_id, citizen_wa_id, status, payload, created_at, updated_at)
       values ('sent-long-ago', '100200300400500', '919700000001', 'read', '{}', now() - interval '91 days', now() - interval '91 days'),
              ('sent-lately', '100200300400500', '919700000001', 'read', '{}', now() - interval '89 days', now() - interval '89 days')`,
    );
    await database.pool.end();
    const infra = await testInfra();
    const kafka = await createTestKafka('notification_retention');
    const notification = await buildService(
      notificationService,
      loadNotificationConfig({
        KAFKA_BROKERS: infra.kafkaBrokers.join(','),
        KAFKA_NAMESPACE: kafka.settings.namespace,
        DATABASE_URL: infra.databaseServerUrl,
        DATABASE_NAME: database.name,
        LOG_LEVEL: 'silent',
        WHATSAPP_NUMBERS: '100200300400500=test-access-token',
        WHATSAPP_GRAPH_BASE_URL: 'http://127.0.0.1:9',
      }),
    );
    try {
      await eventually(async () => {
        const rows = await notification.runtime.sql.$queryRawUnsafe<Array<{ request_id: string }>>(
          'select request_id from outbound_message order by request_id',
        );
        expect(rows.map((row) => row.request_id)).toEqual(['sent-lately']);
      });
    } finally {
      await notification.close();
      await dropDatabase(notification.runtime.databaseUrl);
    }
  });

  it('refuses a retention shorter than Kafka keeps the requests, which would let a replayed one be sent twice', () => {
    expect(() =>
      loadNotificationConfig({
        KAFKA_BROKERS: '127.0.0.1:9092',
        DATABASE_URL: 'postgresql://127.0.0.1:5432/postgres',
        WHATSAPP_NUMBERS: '100200300400500=test-access-token',
        OUTBOUND_MESSAGE_RETENTION_HOURS: '24',
      }),
    ).toThrow(/OUTBOUND_MESSAGE_RETENTION_HOURS/);
  });
});
