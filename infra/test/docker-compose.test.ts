import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@seva/testkit';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Healthcheck {
  readonly test?: string | string[];
  readonly disable?: boolean;
}

interface PortMapping {
  readonly target: number;
  readonly published?: string | number;
  readonly host_ip?: string;
  readonly protocol?: string;
}

interface ComposeService {
  readonly image?: string;
  readonly build?:
    | string
    | { context?: string; dockerfile?: string; args?: Record<string, unknown> | string[] };
  readonly environment?: Record<string, unknown> | string[];
  readonly env_file?: string | (string | { path: string })[];
  readonly ports?: (string | number | PortMapping)[];
  readonly healthcheck?: Healthcheck;
  readonly depends_on?: string[] | Record<string, { condition?: string }>;
  readonly deploy?: { resources?: { limits?: { memory?: string } } };
  readonly mem_limit?: string;
  readonly restart?: string;
}

const composeText = readFileSync(join(repoRoot, 'docker-compose.yml'), 'utf8');
const compose = parse(composeText, { merge: true }) as { services: Record<string, ComposeService> };
const services = compose.services;
const serviceFolders = readdirSync(join(repoRoot, 'services'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const dockerfilePath = join(repoRoot, 'Dockerfile');
const dockerfile = existsSync(dockerfilePath) ? readFileSync(dockerfilePath, 'utf8') : '';
// Continuation lines joined, so each instruction is one line.
const instructions = dockerfile
  .replace(/\\\r?\n/g, ' ')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));

/** The instructions of each stage, with the image ARGs declared before the first FROM filled in. */
function dockerfileStages(): { image: string; name: string; instructions: string[] }[] {
  const globalArgs: Record<string, string> = {};
  const stages: { image: string; name: string; instructions: string[] }[] = [];
  for (const line of instructions) {
    const from = /^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (from) {
      const image = from[1]!.replace(/\$\{?(\w+)\}?/g, (_, name: string) => globalArgs[name] ?? '');
      stages.push({ image, name: from[2] ?? '', instructions: [] });
      continue;
    }
    const arg = /^ARG\s+(\w+)=(\S+)/i.exec(line);
    if (arg && stages.length === 0) globalArgs[arg[1]!] = arg[2]!;
    stages.at(-1)?.instructions.push(line);
  }
  return stages;
}

function service(name: string): ComposeService {
  const found = services[name];
  expect(found, `docker-compose.yml has no service "${name}"`).toBeDefined();
  return found!;
}

/** Environment as a map, whichever of the two forms compose allows is used. */
function environmentOf(name: string): Record<string, string> {
  const environment = service(name).environment ?? {};
  const entries = Array.isArray(environment)
    ? environment.map((line) => {
        const equals = line.indexOf('=');
        return equals < 0 ? [line, ''] : [line.slice(0, equals), line.slice(equals + 1)];
      })
    : Object.entries(environment).map(([key, value]) => [key, value == null ? '' : String(value)]);
  return Object.fromEntries(entries);
}

function dependenciesOf(name: string): Record<string, string> {
  const dependsOn = service(name).depends_on ?? {};
  return Array.isArray(dependsOn)
    ? Object.fromEntries(dependsOn.map((dependency) => [dependency, 'service_started']))
    : Object.fromEntries(
        Object.entries(dependsOn).map(([dependency, spec]) => [
          dependency,
          spec?.condition ?? 'service_started',
        ]),
      );
}

function buildArgsOf(name: string): Record<string, string> {
  const build = service(name).build;
  const args = typeof build === 'object' ? (build.args ?? {}) : {};
  return Array.isArray(args)
    ? Object.fromEntries(args.map((line) => line.split('=', 2) as [string, string]))
    : Object.fromEntries(Object.entries(args).map(([key, value]) => [key, String(value)]));
}

function healthcheckCommand(name: string): string {
  const test = service(name).healthcheck?.test;
  return Array.isArray(test) ? test.join(' ') : (test ?? '');
}

/** Host ports a service publishes, as "port/protocol"; a port without a host side gets a random one. */
function publishedPorts(name: string): { host: string[]; container: number[] } {
  const host: string[] = [];
  const container: number[] = [];
  const expand = (range: string, protocol: string) => {
    const [first, last = first] = range.split('-').map(Number) as [number, number?];
    for (let port = first; port <= last!; port++) host.push(`${port}/${protocol}`);
  };
  for (const port of service(name).ports ?? []) {
    if (typeof port === 'object') {
      container.push(port.target);
      if (port.published !== undefined) expand(String(port.published), port.protocol ?? 'tcp');
      continue;
    }
    const [mapping, protocol = 'tcp'] = String(port).split('/') as [string, string?];
    const parts = mapping.split(':');
    container.push(Number(parts.at(-1)!.split('-')[0]));
    if (parts.length >= 2) expand(parts.at(-2)!, protocol!);
  }
  return { host, container };
}

const memoryLimitOf = (name: string) => service(name).deploy?.resources?.limits?.memory;

function envFilesOf(name: string): string[] {
  const envFile = service(name).env_file ?? [];
  return (Array.isArray(envFile) ? envFile : [envFile]).map((entry) =>
    typeof entry === 'string' ? entry : entry.path,
  );
}

const devEnvironment: Record<string, string> = Object.fromEntries(
  readFileSync(join(repoRoot, 'infra/dev.env'), 'utf8')
    .split('\n')
    .filter((line) => /^[A-Z_]+=/.test(line))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
);
const loopback = /\b(127\.0\.0\.1|localhost)\b|\[::1\]/;

describe('Dockerfile', () => {
  it('exists, with a build stage and a runtime stage on Node 20 (bookworm-slim)', () => {
    expect(existsSync(dockerfilePath)).toBe(true);
    const stages = dockerfileStages();
    expect(stages.map(({ image, name }) => ({ image, name }))).toEqual([
      { image: 'node:20-bookworm-slim', name: 'build' },
      { image: 'node:20-bookworm-slim', name: 'runtime' },
    ]);
  });

  it('builds the package named by the SERVICE build argument, from the frozen lockfile', () => {
    const build = dockerfileStages()[0]!.instructions.join('\n');
    expect(build).toMatch(/^ARG SERVICE$/m);
    expect(build).toMatch(/turbo run build --filter=\S*\$\{?SERVICE\}?/);
    expect(build).toMatch(/pnpm install --frozen-lockfile/);
  });

  it('has the dependency patches pnpm-workspace.yaml names before it fetches the dependencies', () => {
    const workspace = readFileSync(join(repoRoot, 'pnpm-workspace.yaml'), 'utf8');
    const patches = [...workspace.matchAll(/:\s*(patches\/\S+\.patch)/g)].map((match) => match[1]!);
    expect(patches.length).toBeGreaterThan(0);
    for (const patch of patches) expect(existsSync(join(repoRoot, patch)), patch).toBe(true);
    const build = dockerfileStages()[0]!.instructions;
    const copied = build.findIndex((line) => /^COPY\s+patches\s/.test(line));
    const fetched = build.findIndex((line) => /pnpm fetch/.test(line));
    expect(copied).toBeGreaterThan(-1);
    expect(copied).toBeLessThan(fetched);
  });

  it('installs the pnpm version that package.json pins', () => {
    const { packageManager } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    const readsPin = /packageManager/.test(dockerfile);
    const hardCodesPin = dockerfile.includes(String(packageManager).replace(/\+.*/, ''));
    expect(readsPin || hardCodesPin, 'Dockerfile must install the pinned pnpm').toBe(true);
  });

  it('runs as a non-root user in production mode, with a liveness health check', () => {
    const runtime = dockerfileStages()[1]!.instructions;
    const user = runtime.findLast((line) => /^USER\s/i.test(line));
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^USER\s+(root|0)(:|$)/i);
    expect(runtime.join('\n')).toMatch(/^ENV\s.*NODE_ENV=production/m);
    const healthcheck = runtime.find((line) => /^HEALTHCHECK\s/i.test(line));
    expect(healthcheck).toMatch(/fetch\(.*127\.0\.0\.1.*\/healthz/);
    expect(runtime.some((line) => /^CMD\s+\[\s*"node"/.test(line))).toBe(true);
  });

  it('leaves migrations to the services, which apply them at start', () => {
    expect(dockerfile).not.toMatch(/prisma\s+migrate/);
  });

  it('is sent no build outputs, dependencies or history (.dockerignore)', () => {
    const ignored = readFileSync(join(repoRoot, '.dockerignore'), 'utf8')
      .split('\n')
      .map((line) => line.trim().replace(/^\*\*\//, ''));
    for (const entry of ['node_modules', 'dist', '.data', '.turbo', '.git']) {
      expect(ignored, entry).toContain(entry);
    }
  });
});

describe.each(serviceFolders)('compose service %s', (name) => {
  it('is built from the shared Dockerfile for its folder', () => {
    expect(service(name).build).toMatchObject({ context: '.', dockerfile: 'Dockerfile' });
    expect(buildArgsOf(name)).toEqual({ SERVICE: `services/${name}` });
  });

  it('has a readiness health check', () => {
    expect(service(name).healthcheck?.disable).not.toBe(true);
    expect(healthcheckCommand(name)).toMatch(/\/readyz/);
  });

  it('has a memory limit and restarts unless stopped', () => {
    expect(memoryLimitOf(name)).toMatch(/^\d+[kmg]i?b?$/i);
    expect(service(name).restart).toBe('unless-stopped');
  });

  it('starts once Kafka and Postgres are healthy', () => {
    expect(dependenciesOf(name)).toMatchObject({ kafka: 'service_healthy', postgres: 'service_healthy' });
  });

  it('reaches Kafka, Postgres and Jaeger by their names on the compose network', () => {
    const environment = environmentOf(name);
    expect(environment.KAFKA_BROKERS).toMatch(/^kafka:\d+$/);
    expect(environment.DATABASE_URL).toMatch(/^postgres(ql)?:\/\/([^@/]+@)?postgres:5432\/postgres$/);
    expect(environment.OTEL_EXPORTER_OTLP_ENDPOINT).toBe('http://jaeger:4318');
    expect(environment.HOST).toBe('0.0.0.0');
  });

  it('publishes the port it listens on', () => {
    const port = Number(environmentOf(name).PORT);
    expect(port).toBeGreaterThan(0);
    expect(publishedPorts(name).container).toContain(port);
  });
});

describe.each([...serviceFolders, 'wa-simulator'])('compose service %s, like `npm run up`,', (name) => {
  it('gets the development settings of infra/dev.env', () => {
    expect(envFilesOf(name)).toContain('infra/dev.env');
  });

  it('replaces every loopback address of infra/dev.env, which in a container is the container itself', () => {
    const environment = environmentOf(name);
    for (const [key, value] of Object.entries(devEnvironment).filter(([, value]) => loopback.test(value))) {
      expect(environment[key], `${key}=${value}`).toBeDefined();
      expect(environment[key], key).not.toMatch(loopback);
    }
  });
});

describe('compose infrastructure', () => {
  it('runs Kafka 3.9 from the official image as a single KRaft node', () => {
    expect(service('kafka').image).toMatch(/^apache\/kafka:3\.9(\.\d+)?$/);
    const environment = environmentOf('kafka');
    expect(environment.KAFKA_PROCESS_ROLES?.split(',').sort()).toEqual(['broker', 'controller']);
    expect(environment.KAFKA_NODE_ID).toMatch(/^\d+$/);
    expect(environment.KAFKA_CONTROLLER_QUORUM_VOTERS).toBe(`${environment.KAFKA_NODE_ID}@kafka:9093`);
    expect(Object.keys(environment).filter((key) => /ZOOKEEPER/.test(key))).toEqual([]);
    expect(environment.KAFKA_AUTO_CREATE_TOPICS_ENABLE).toBe('false');
    expect(environment.KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR).toBe('1');
    expect(environment.KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR).toBe('1');
  });

  it('advertises to containers the broker address the services are given', () => {
    const advertised = environmentOf('kafka').KAFKA_ADVERTISED_LISTENERS?.split(',') ?? [];
    const brokers = new Set(serviceFolders.map((name) => environmentOf(name).KAFKA_BROKERS));
    expect(brokers.size).toBe(1);
    expect(advertised.map((listener) => listener.replace(/^\w+:\/\//, ''))).toContain([...brokers][0]);
  });

  it('checks the Kafka broker answers before anything depends on it', () => {
    expect(healthcheckCommand('kafka')).toMatch(/kafka-broker-api-versions\.sh --bootstrap-server kafka:\d+/);
  });

  it('runs Postgres 15 with a pg_isready health check and the password the services use', () => {
    expect(service('postgres').image).toMatch(/^postgres:15(\.\d+)?(-\w+)?$/);
    expect(healthcheckCommand('postgres')).toMatch(/pg_isready/);
    const password = new URL(environmentOf('gateway').DATABASE_URL!).password;
    expect(environmentOf('postgres').POSTGRES_PASSWORD).toBe(password);
  });

  it('runs Jaeger with a health check and OTLP over HTTP on 4318', () => {
    expect(service('jaeger').image).toMatch(/^jaegertracing\/all-in-one:\d/);
    expect(healthcheckCommand('jaeger')).not.toBe('');
    expect(publishedPorts('jaeger').container).toEqual(expect.arrayContaining([4318, 16686]));
  });

  it('runs the WhatsApp simulator from the shared Dockerfile, wired to the gateway both ways', () => {
    expect(service('wa-simulator').build).toMatchObject({ context: '.', dockerfile: 'Dockerfile' });
    expect(buildArgsOf('wa-simulator')).toEqual({ SERVICE: 'tools/wa-simulator' });
    expect(healthcheckCommand('wa-simulator')).toMatch(/\/healthz/);
    const simulator = environmentOf('wa-simulator');
    expect(simulator.PORT).toBe('3100');
    expect(simulator.GATEWAY_WEBHOOK_URL).toBe(
      `http://gateway:${environmentOf('gateway').PORT}/webhooks/whatsapp`,
    );
    expect(environmentOf('gateway').WHATSAPP_GRAPH_BASE_URL).toBe('http://wa-simulator:3100');
  });
});

describe('docker-compose.yml as a whole', () => {
  const names = Object.keys(services);

  it('gives every container a health check made of plain strings', () => {
    for (const name of names) {
      const test = service(name).healthcheck?.test;
      expect(test, name).toBeDefined();
      // An unquoted ": " in a command turns it into a mapping that compose rejects.
      const parts = Array.isArray(test) ? test : [test];
      expect(
        parts.every((part) => typeof part === 'string'),
        name,
      ).toBe(true);
      // Compose would substitute a single "$" from the host's environment before the container sees it.
      expect(healthcheckCommand(name), name).not.toMatch(/(^|[^$])\$([^$]|$)/);
    }
  });

  it('limits memory of every container in the same way', () => {
    for (const name of names) {
      expect(memoryLimitOf(name), name).toBeDefined();
      expect(service(name).mem_limit, name).toBeUndefined();
    }
  });

  it('publishes no host port twice', () => {
    const owners = new Map<string, string[]>();
    for (const name of names) {
      for (const port of publishedPorts(name).host) owners.set(port, [...(owners.get(port) ?? []), name]);
    }
    const clashes = [...owners].filter(([, owner]) => owner.length > 1);
    expect(clashes).toEqual([]);
  });

  it('depends only on services it defines, and waits for health only where there is a check', () => {
    for (const name of names) {
      for (const [dependency, condition] of Object.entries(dependenciesOf(name))) {
        expect(names, `${name} depends on ${dependency}`).toContain(dependency);
        if (condition === 'service_healthy') {
          expect(services[dependency]?.healthcheck, `${dependency} health check`).toBeDefined();
        }
      }
    }
  });

  it('builds every image from the shared Dockerfile with a SERVICE folder of the workspace', () => {
    for (const name of names.filter((candidate) => service(candidate).build !== undefined)) {
      expect(service(name).build, name).toMatchObject({ context: '.', dockerfile: 'Dockerfile' });
      expect(buildArgsOf(name).SERVICE, name).toMatch(/^(services|tools)\/[a-z0-9-]+$/);
    }
  });

  const composePlugin = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' });
  it.skipIf(composePlugin.error !== undefined || composePlugin.status !== 0)(
    'is accepted by docker compose config',
    () => {
      const result = spawnSync('docker', ['compose', '-f', 'docker-compose.yml', 'config', '--quiet'], {
        cwd: repoRoot,
        encoding: 'utf8',
      });
      expect(result.status, result.stderr).toBe(0);
    },
  );
});
