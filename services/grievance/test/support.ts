import { type ComplaintChanged, type FileRequested, topics } from '@seva/contracts';
import { dropDatabase } from '@seva/database';
import { namespaced } from '@seva/kafka';
import { createTestKafka, RecordCollector, type TestKafka } from '@seva/kafka/testing';
import { type BuiltService, buildService } from '@seva/service-kit';
import { testInfra, uniqueName } from '@seva/testkit';
import { SignJWT } from 'jose';
import { grievanceService } from '../src/app.js';
import { type Config, loadGrievanceConfig } from '../src/config.js';
import type { Db } from '../src/db.js';

export const jwtSecret = 'test-jwt-secret-of-thirty-two-characters';
export const dayMs = 24 * 60 * 60 * 1000;
export const hourMs = 60 * 60 * 1000;

/** The service's clock, moved by the test. */
export class TestClock {
  constructor(public current: Date) {}
  readonly now = () => this.current;
  advance(ms: number): Date {
    this.current = new Date(this.current.getTime() + ms);
    return this.current;
  }
}

export interface RunningGrievance {
  readonly service: BuiltService<Config, Db>;
  readonly db: Db;
  readonly kafka: TestKafka;
  /** Everything published on the grievance events topic. */
  readonly events: RecordCollector;
  close(): Promise<void>;
}

/**
 * The grievance service on the real broker (a namespace of its own) and Postgres (a database of its own, or the
 * one named, which close drops too).
 */
export async function startGrievance(
  prefix: string,
  clock: TestClock,
  databaseName = uniqueName(`test_${prefix}`),
): Promise<RunningGrievance> {
  const infra = await testInfra();
  const kafka = await createTestKafka(prefix);
  const config = loadGrievanceConfig({
    KAFKA_BROKERS: infra.kafkaBrokers.join(','),
    KAFKA_NAMESPACE: kafka.settings.namespace,
    DATABASE_URL: infra.databaseServerUrl,
    DATABASE_NAME: databaseName,
    LOG_LEVEL: 'silent',
    JWT_SECRET: jwtSecret,
    MEDIA_BASE_URL: 'https://media.example.org/files/',
    // Tests run escalation themselves, with their clock; the job's own run at start finds nothing due.
    ESCALATION_INTERVAL_MS: String(hourMs),
  });
  const service = await buildService(grievanceService({ now: clock.now }), config);
  const events = await new RecordCollector(kafka.kafka, [
    namespaced(kafka.settings, topics.grievanceEvents.name),
  ]).start();
  return {
    service,
    db: service.runtime.db,
    kafka,
    events,
    async close() {
      await events.stop();
      await service.close();
      await dropDatabase(service.runtime.databaseUrl);
    },
  };
}

let requests = 0;

/** A valid filing command; each call is a new request. */
export function fileCommand(changes: Partial<FileRequested> = {}): FileRequested {
  requests += 1;
  return {
    requestId: `file-${Date.now().toString(36)}-${requests}`,
    businessNumberId: '100200300400500',
    citizenWaId: '919800000001',
    citizenName: 'Asha',
    language: 'pa',
    tenantId: 'pb.amritsar',
    complaintType: 'StreetLightNotWorking',
    description: 'The street light outside house 12 is off',
    localityCode: 'ALOC-205',
    localityName: null,
    latitude: 31.634,
    longitude: 74.8723,
    photos: [{ storageKey: 'media/ab/abc.jpg', mimeType: 'image/jpeg', sha256: 'ab'.repeat(32) }],
    ...changes,
  };
}

/** The complaint-changed events of one complaint, in the order they were published. */
export function changesOf(collector: RecordCollector, number: string): ComplaintChanged[] {
  return collector.records
    .filter((record) => record.type === 'grievance.complaint-changed')
    .map((record) => record.value as ComplaintChanged)
    .filter((event) => event.complaint.number === number);
}

/** A staff token as the identity provider would issue it. */
export function staffToken(
  claims: { sub?: string; tenants?: string[]; roles?: string[]; department?: string },
  options: { secret?: string; expiresAt?: number } = {},
): Promise<string> {
  return new SignJWT({
    name: 'Test Staff',
    tenants: claims.tenants ?? ['pb.amritsar'],
    roles: claims.roles ?? ['GRO'],
    ...(claims.department ? { department: claims.department } : {}),
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub ?? 'gro-1')
    .setExpirationTime(options.expiresAt ?? '1h')
    .sign(new TextEncoder().encode(options.secret ?? jwtSecret));
}
