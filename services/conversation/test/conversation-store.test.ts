import { fileURLToPath } from 'node:url';
import {
  type Complaint,
  type ComplaintChanged,
  type FileRequested,
  headerNames,
  schemaRegistry,
} from '@seva/contracts';
import type { SqlDatabase } from '@seva/database';
import { createTestSqlDatabase, type TestSqlDatabase } from '@seva/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabaseClient, type Db } from '../src/db.js';
import { applyComplaintEvent } from '../src/domain/apply-complaint-event.js';
import { encodeCommands } from '../src/domain/encode-commands.js';
import { loadComplaints } from '../src/domain/load-complaints.js';
import { recordRejectedMedia, recordStoredMedia } from '../src/domain/record-media.js';
import { welcomeCaller } from '../src/domain/welcome-caller.js';

const migrations = fileURLToPath(new URL('../prisma/migrations', import.meta.url));
const businessNumberId = '100200300400500';

const complaint = (citizenWaId: string, overrides: Partial<Complaint> = {}): Complaint => ({
  number: `PB-PGR-2026-11-24-${citizenWaId}`,
  tenantId: 'pb.amritsar',
  complaintType: 'StreetLightNotWorking',
  department: 'Electrical',
  description: 'The street light is out',
  localityCode: null,
  localityName: 'Ranjit Avenue',
  latitude: null,
  longitude: null,
  photoKeys: [],
  citizenWaId,
  citizenName: 'Harpreet',
  businessNumberId,
  language: 'pa',
  source: 'whatsapp',
  status: 'PENDINGFORASSIGNMENT',
  assignee: null,
  rating: null,
  escalationLevel: 0,
  slaDueAt: Date.parse('2026-11-27T10:00:00Z'),
  createdAt: Date.parse('2026-11-24T10:00:00Z'),
  updatedAt: Date.parse('2026-11-24T10:00:00Z'),
  history: [
    {
      action: 'APPLY',
      fromStatus: null,
      toStatus: 'PENDINGFORASSIGNMENT',
      actorRole: 'CITIZEN',
      actorId: null,
      comment: null,
      at: Date.parse('2026-11-24T10:00:00Z'),
    },
  ],
  ...overrides,
});

const changed = (
  change: ComplaintChanged['change'],
  actorRole: string,
  value: Complaint,
): ComplaintChanged => ({ change, requestId: null, actorRole, actorId: null, complaint: value });

describe('the conversation store in plain SQL', () => {
  let database: TestSqlDatabase;
  let sql: SqlDatabase;
  /** Prisma, for the assertions only. */
  let db: Db;
  const outbox = async (citizen: string) =>
    (await db.outboxEvent.findMany({ where: { recordKey: citizen }, orderBy: { id: 'asc' } })).map((row) => ({
      topic: row.topic,
      value: schemaRegistry().decode(
        (row.headers as Record<string, string>)[headerNames.schema]!,
        Buffer.from(row.value),
      ).value,
    }));

  beforeAll(async () => {
    database = await createTestSqlDatabase('conversation', migrations);
    sql = database.sql;
    db = createDatabaseClient(database.pool);
  });

  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  it('names only the stored photos of a filing, with their storage keys', async () => {
    const citizenWaId = '919800000201';
    const media = (mediaId: string) => ({
      messageId: `wamid.${mediaId}`,
      businessNumberId,
      citizenWaId,
      mediaId,
    });
    await recordStoredMedia(sql, {
      ...media('m-stored'),
      storageKey: 'media/m-stored.jpg',
      mimeType: 'image/jpeg',
      sizeBytes: 10,
      sha256: 'aa',
    });
    await recordRejectedMedia(sql, { ...media('m-rejected'), reason: 'too large' });
    // Rejected first, stored on a retry: the later storage wins and clears the rejection.
    await recordRejectedMedia(sql, { ...media('m-retried'), reason: 'download failed' });
    await recordStoredMedia(sql, {
      ...media('m-retried'),
      storageKey: 'media/m-retried.png',
      mimeType: 'image/png',
      sizeBytes: 10,
      sha256: 'bb',
    });
    expect(await db.storedMedia.findUnique({ where: { mediaId: 'm-retried' } })).toMatchObject({
      storageKey: 'media/m-retried.png',
      mimeType: 'unknown',
      sha256: 'bb',
      rejected: null,
    });
    expect(await db.storedMedia.findUnique({ where: { mediaId: 'm-rejected' } })).toMatchObject({
      storageKey: null,
      mimeType: 'unknown',
      rejected: 'too large',
    });

    const photos = ['m-stored', 'm-rejected', 'm-retried', 'm-never-seen'].map((mediaId) => ({
      mediaId,
      mimeType: 'image/jpeg',
    }));
    const [filing] = await sql.$transaction((tx) =>
      encodeCommands(
        tx,
        { businessNumberId, citizenWaId, language: 'en', lastInboundAt: null, citizenName: 'Harpreet' },
        [
          {
            kind: 'file-complaint',
            answers: { city: 'pb.amritsar', type: 'StreetLightNotWorking', description: 'Dark', photos },
          },
        ],
        'wamid.file',
      ),
    );
    const value = schemaRegistry().decode(filing!.headers[headerNames.schema]!, filing!.value)
      .value as FileRequested;
    expect(value).toMatchObject({ requestId: 'wamid.file:command:0', tenantId: 'pb.amritsar' });
    const named = [...value.photos].sort((a, b) => a.storageKey.localeCompare(b.storageKey));
    expect(named).toEqual([
      { storageKey: 'media/m-retried.png', mimeType: 'unknown', sha256: 'bb' },
      { storageKey: 'media/m-stored.jpg', mimeType: 'image/jpeg', sha256: 'aa' },
    ]);
  });

  it('keeps the newest view of a complaint and tells the citizen in their language', async () => {
    const citizenWaId = '919800000202';
    const inboundAt = Date.parse('2026-11-24T09:59:00Z');
    await sql.$executeRawUnsafe(
      `insert into citizen (business_number_id, citizen_wa_id, language, name, last_inbound_at, updated_at)
       values ($1, $2, 'pa', 'Harpreet', $3, now())`,
      businessNumberId,
      citizenWaId,
      new Date(inboundAt),
    );
    const filed = complaint(citizenWaId);
    const resolved = complaint(citizenWaId, {
      status: 'RESOLVED',
      rating: 4,
      updatedAt: Date.parse('2026-11-25T10:00:00Z'),
      history: [
        ...filed.history,
        {
          action: 'RESOLVE',
          fromStatus: 'PENDINGATLME',
          toStatus: 'RESOLVED',
          actorRole: 'LME',
          actorId: null,
          comment: 'Fixed',
          at: Date.parse('2026-11-25T10:00:00Z'),
        },
      ],
    });
    expect(await applyComplaintEvent(sql, changed('FILED', 'CITIZEN', filed), 'grievance:1')).toBe(true);
    expect(await applyComplaintEvent(sql, changed('RESOLVED', 'LME', resolved), 'grievance:2')).toBe(true);
    // The filing again, under another event id: handled, but it neither rolls the view back nor speaks.
    expect(await applyComplaintEvent(sql, changed('ASSIGNED', 'GRO', filed), 'grievance:3')).toBe(true);
    expect(await applyComplaintEvent(sql, changed('RESOLVED', 'LME', resolved), 'grievance:2')).toBe(false);

    expect(await db.complaintView.findUnique({ where: { number: filed.number } })).toMatchObject({
      businessNumberId,
      citizenWaId,
      tenantId: 'pb.amritsar',
      complaintType: 'StreetLightNotWorking',
      status: 'RESOLVED',
      localityName: 'Ranjit Avenue',
      rating: 4,
      complaint: resolved,
      createdAt: new Date(filed.createdAt),
      updatedAt: new Date(resolved.updatedAt),
    });
    const listed = await sql.$transaction((tx) => loadComplaints(tx, businessNumberId, citizenWaId));
    expect(listed).toEqual([
      {
        number: filed.number,
        status: 'RESOLVED',
        complaintType: 'StreetLightNotWorking',
        description: 'The street light is out',
        createdAt: new Date(filed.createdAt),
        updatedAt: new Date(resolved.updatedAt),
        history: resolved.history,
      },
    ]);

    const replies = await outbox(citizenWaId);
    expect(replies.map((reply) => reply.value)).toMatchObject([
      {
        requestId: 'grievance:1:reply:0',
        fallbackTemplate: { name: 'seva_complaint_update', language: 'pa' },
        citizenLastInboundAt: inboundAt,
      },
      {
        requestId: 'grievance:2:reply:0',
        fallbackTemplate: { name: 'seva_complaint_update', language: 'pa' },
        citizenLastInboundAt: inboundAt,
      },
    ]);
  });

  it('welcomes a first-time caller with the language choice', async () => {
    const citizenWaId = '919800000203';
    const call = { callId: 'call-1', citizenWaId, businessNumberId, calledAt: Date.now(), provider: 'test' };
    expect(await welcomeCaller(sql, call, 'call:1')).toBe(true);
    const session = await db.session.findFirstOrThrow({ where: { citizenWaId } });
    expect(session).toMatchObject({ version: 1, state: { language: null, screen: { kind: 'language' } } });
    expect((await outbox(citizenWaId)).map((reply) => reply.value)).toMatchObject([
      {
        requestId: 'call:1:reply:0',
        fallbackTemplate: { name: 'seva_welcome', language: 'en' },
        citizenLastInboundAt: null,
      },
    ]);
  });
});
