import { fileURLToPath } from 'node:url';
import type { InboundMessage } from '@seva/contracts';
import { createTestSqlDatabase, type TestSqlDatabase } from '@seva/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MediaQueue } from '../src/domain/media-queue.js';

const migrations = fileURLToPath(new URL('../prisma/migrations', import.meta.url));

const message = (messageId: string, mediaId: string | null): InboundMessage => ({
  messageId,
  businessNumberId: '100200300400500',
  citizenWaId: '919800000001',
  citizenName: null,
  sentAt: Date.now(),
  kind: mediaId ? 'IMAGE' : 'TEXT',
  text: null,
  reply: null,
  media: mediaId ? { mediaId, mimeType: 'image/jpeg', sha256: null, filename: null, voice: false } : null,
  location: null,
  unsupportedReason: null,
  contextMessageId: null,
});

describe('MediaQueue', () => {
  let database: TestSqlDatabase;
  let statements = 0;
  let queue: MediaQueue;

  beforeAll(async () => {
    database = await createTestSqlDatabase('gateway_media_queue', migrations);
    const counted = new Proxy(database.sql, {
      get(target, property, receiver) {
        if (property === '$executeRawUnsafe') statements++;
        return Reflect.get(target, property, receiver);
      },
    });
    queue = new MediaQueue(counted);
  });
  afterAll(async () => {
    await database?.drop();
  });

  const rows = (mediaIds: string[]) =>
    database.sql.$queryRawUnsafe<Array<{ media_id: string; message_id: string; status: string }>>(
      'select media_id, message_id, status from media_object where media_id = any($1::text[]) order by media_id',
      mediaIds,
    );

  it('queues the media of concurrent webhooks in fewer statements than webhooks, and counts what each carried', async () => {
    statements = 0;
    const ids = Array.from({ length: 20 }, (_, index) => `media-c${String(index).padStart(2, '0')}`);
    const counts = await Promise.all(
      ids.map((mediaId, index) =>
        queue.queue([message(`wamid.c${index}`, mediaId), message(`wamid.t${index}`, null)]),
      ),
    );
    expect(counts).toEqual(ids.map(() => 1));
    expect(statements).toBeLessThan(ids.length);
    expect((await rows(ids)).map((row) => [row.media_id, row.status])).toEqual(
      ids.map((id) => [id, 'pending']),
    );
  });

  it('writes nothing for messages without media', async () => {
    statements = 0;
    expect(await queue.queue([message('wamid.text-only', null)])).toBe(0);
    expect(statements).toBe(0);
  });

  it('keeps the row of a media id queued before, and one row for a media id twice in a group', async () => {
    await queue.queue([message('wamid.first', 'media-again')]);
    await database.sql.$executeRawUnsafe(
      "update media_object set status = 'stored' where media_id = 'media-again'",
    );
    await Promise.all([
      queue.queue([message('wamid.second', 'media-again')]),
      queue.queue([message('wamid.twin-1', 'media-twin'), message('wamid.twin-2', 'media-twin')]),
    ]);
    expect(await rows(['media-again', 'media-twin'])).toEqual([
      { media_id: 'media-again', message_id: 'wamid.first', status: 'stored' },
      { media_id: 'media-twin', message_id: 'wamid.twin-1', status: 'pending' },
    ]);
  });
});
