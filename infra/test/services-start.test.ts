import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { databaseUrl, dropDatabase } from '@seva/database';
import { eventually, repoRoot, testInfra, uniqueName } from '@seva/testkit';
import { describe, expect, it } from 'vitest';

const services = readdirSync(join(repoRoot, 'services'));
const devEnvironment = Object.fromEntries(
  readFileSync(join(repoRoot, 'infra/dev.env'), 'utf8')
    .split('\n')
    .filter((line) => /^[A-Z_]+=/.test(line))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
);

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

function start(
  service: string,
  env: Record<string, string>,
): { child: ChildProcess; output: () => string; exit: Promise<number | null> } {
  const child = spawn(process.execPath, [join(repoRoot, 'services', service, 'dist/server.js')], {
    env: { PATH: process.env.PATH, ...devEnvironment, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exit };
}

describe('every service', () => {
  it('has the five services of the design', () => {
    expect(services.sort()).toEqual(['bill-payment', 'conversation', 'gateway', 'grievance', 'notification']);
  });

  it.each(services)('%s refuses to start with a malformed setting and names it', async (service) => {
    const { exit, output } = start(service, { KAFKA_BROKERS: '' });
    expect(await exit).toBe(1);
    expect(output()).toMatch(/KAFKA_BROKERS: /);
  });

  it.each(services)(
    '%s creates and migrates its database, becomes ready, and stops cleanly',
    async (service) => {
      const infra = await testInfra();
      const port = await freePort();
      const database = uniqueName(`start_${service.replace('-', '_')}`);
      const running = start(service, {
        KAFKA_BROKERS: infra.kafkaBrokers.join(','),
        DATABASE_URL: infra.databaseServerUrl,
        DATABASE_NAME: database,
        KAFKA_NAMESPACE: `${database}.`,
        PORT: String(port),
        HOST: '127.0.0.1',
      });
      try {
        await eventually(
          async () => {
            const response = await fetch(`http://127.0.0.1:${port}/readyz`);
            expect(response.status, running.output()).toBe(200);
            expect(await response.json()).toEqual({
              status: 'ready',
              checks: { database: true, kafka: true },
            });
          },
          60000,
          250,
        );
        running.child.kill('SIGTERM');
        expect(await running.exit, running.output()).toBe(0);
      } finally {
        running.child.kill('SIGKILL');
        await dropDatabase(databaseUrl(infra.databaseServerUrl, database));
      }
    },
  );
});
