import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './repo-root.js';

export interface TestInfra {
  readonly kafkaBrokers: string[];
  /** Server URL; tests create their own databases on it. */
  readonly databaseServerUrl: string;
  readonly source: 'environment' | 'testcontainers' | 'local scripts';
}

async function dockerAnswers(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

async function fromTestcontainers(): Promise<TestInfra> {
  const { KafkaContainer } = await import('@testcontainers/kafka');
  const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
  const [kafka, postgres] = await Promise.all([
    new KafkaContainer('apache/kafka:3.9.1').start(),
    new PostgreSqlContainer('postgres:15').withUsername('postgres').withPassword('postgres').start(),
  ]);
  return {
    kafkaBrokers: [`${kafka.getHost()}:${kafka.getMappedPort(9093)}`],
    databaseServerUrl: postgres.getConnectionUri(),
    source: 'testcontainers',
  };
}

function fromLocalScripts(): TestInfra {
  const script = (name: string, ...args: string[]) =>
    execFileSync('bash', [join(repoRoot, 'infra/scripts', name), ...args], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  script('postgres.sh');
  script('kafka.sh', 'start');
  return {
    kafkaBrokers: [`127.0.0.1:${process.env.SEVA_KAFKA_PORT ?? '9092'}`],
    databaseServerUrl: 'postgres://postgres@127.0.0.1:5432/postgres',
    source: 'local scripts',
  };
}

let infra: Promise<TestInfra> | undefined;

/**
 * A real Kafka broker and Postgres server for tests: KAFKA_BROKERS and DATABASE_URL when set, containers
 * when a Docker engine answers, otherwise the broker and server the infra scripts start on this machine.
 */
export function testInfra(): Promise<TestInfra> {
  infra ??= (async () => {
    const { KAFKA_BROKERS: brokers, DATABASE_URL: database } = process.env;
    if (brokers && database) {
      return {
        kafkaBrokers: brokers.split(','),
        databaseServerUrl: database,
        source: 'environment' as const,
      };
    }
    return (await dockerAnswers()) ? fromTestcontainers() : fromLocalScripts();
  })();
  return infra;
}
