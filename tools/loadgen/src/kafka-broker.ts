import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { findFreePort } from './find-free-port.js';

const run = promisify(execFile);

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(250);
  }
  throw new Error(`${what} within ${timeoutMs} ms`);
}

/** The pid listening on a local TCP port (from `ss`), to watch a broker we did not start. */
async function pidListeningOn(port: number): Promise<number | undefined> {
  try {
    const { stdout } = await run('ss', ['-ltnpH', `sport = :${port}`]);
    const pid = /pid=(\d+)/.exec(stdout)?.[1];
    return pid ? Number(pid) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The broker a run uses: either the shared one (the project's local broker, or whatever KAFKA_BROKERS names),
 * or a private single-node KRaft broker started from the same jars on free ports, which a fault run may
 * restart without disturbing anybody else's tests.
 */
export class KafkaBroker {
  private child: ChildProcess | undefined;
  private sharedPid: number | undefined;

  private constructor(
    readonly brokers: string,
    private readonly repoRoot: string,
    private readonly privateDir: string | undefined,
    private readonly port: number,
  ) {}

  static shared(brokers: string, repoRoot: string): KafkaBroker {
    const port = Number(brokers.split(',')[0]!.split(':')[1]);
    return new KafkaBroker(brokers, repoRoot, undefined, port);
  }

  /** Starts a broker of our own in `dir` from the jars infra/scripts/kafka.sh fetched. */
  static async startPrivate(repoRoot: string, dir: string): Promise<KafkaBroker> {
    const lib = join(repoRoot, '.data/kafka/lib');
    if (!existsSync(lib))
      throw new Error('no Kafka jars in .data/kafka/lib: run `bash infra/scripts/kafka.sh fetch` first');
    const [port, controllerPort] = [await findFreePort(), await findFreePort()];
    mkdirSync(dir, { recursive: true });
    const template = readFileSync(join(repoRoot, 'infra/kafka/server.properties.template'), 'utf8');
    writeFileSync(
      join(dir, 'server.properties'),
      template
        .replaceAll('@PORT@', String(port))
        .replaceAll('@CONTROLLER_PORT@', String(controllerPort))
        .replaceAll('@DATA@', dir),
    );
    const broker = new KafkaBroker(`127.0.0.1:${port}`, repoRoot, dir, port);
    await run(
      'java',
      [
        ...broker.javaArgs(),
        'kafka.tools.StorageTool',
        'format',
        '-t',
        randomUUID(),
        '-c',
        join(dir, 'server.properties'),
      ],
      { timeout: 120_000 },
    );
    await broker.startPrivateProcess();
    return broker;
  }

  get isPrivate(): boolean {
    return this.privateDir !== undefined;
  }

  /**
   * The broker's pid, to sample its memory and CPU alongside the services. The shared broker's is looked up
   * again only once its process is gone: `ss -p` reads every process's sockets, about 40 ms of CPU a call,
   * which every second would be load the run itself added to the machine.
   */
  async pid(): Promise<number | undefined> {
    if (this.child) return this.child.pid;
    if (this.sharedPid === undefined || !existsSync(`/proc/${this.sharedPid}`))
      this.sharedPid = await pidListeningOn(this.port);
    return this.sharedPid;
  }

  /** The Kafka version of the project's broker jars. */
  version(): string {
    try {
      const jar = readdirSync(join(this.repoRoot, '.data/kafka/lib')).find((name) =>
        /^kafka-server-\d/.test(name),
      );
      if (jar) return jar.replace(/^kafka-server-/, '').replace(/\.jar$/, '');
    } catch {
      // No local jars: the broker is elsewhere; fall back to the version the project pins.
    }
    const pom = readFileSync(join(this.repoRoot, 'infra/kafka/pom.xml'), 'utf8');
    return /<kafka\.version>([^<]+)</.exec(pom)?.[1] ?? 'unknown';
  }

  /**
   * Restarts the broker. A private one is stopped and started here; the shared one only through the project's
   * script, and only when it is the local broker that script manages (anything else is not ours to restart).
   * Resolves with the moment the stopped broker was gone: a graceful stop takes seconds, and clients are
   * served until its end.
   */
  async restart(): Promise<{ downAt: number }> {
    if (this.privateDir) {
      await this.stopPrivateProcess();
      const downAt = Date.now();
      await this.startPrivateProcess();
      return { downAt };
    }
    const pidFile = join(this.repoRoot, '.data/kafka/broker.pid');
    const managedPid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').trim()) : undefined;
    const listening = await pidListeningOn(this.port);
    if (managedPid === undefined || listening !== managedPid)
      throw new Error(
        `the broker on port ${this.port} is not the one infra/scripts/kafka.sh manages; not restarting it`,
      );
    const script = (action: string) =>
      run('bash', [join(this.repoRoot, 'infra/scripts/kafka.sh'), action], {
        timeout: 180_000,
        env: { ...process.env, SEVA_KAFKA_PORT: String(this.port) },
      });
    await script('stop');
    const downAt = Date.now();
    await script('start');
    return { downAt };
  }

  /** Stops a private broker and removes its data; the shared one is left alone. */
  async stop(): Promise<void> {
    if (!this.privateDir) return;
    await this.stopPrivateProcess();
    rmSync(this.privateDir, { recursive: true, force: true });
  }

  private javaArgs(): string[] {
    return [
      `-Dlog4j.configuration=file:${join(this.repoRoot, 'infra/kafka/log4j.properties')}`,
      '-cp',
      `${join(this.repoRoot, '.data/kafka/lib')}/*`,
    ];
  }

  private async startPrivateProcess(): Promise<void> {
    const dir = this.privateDir!;
    const log = openSync(join(dir, 'broker.log'), 'a');
    // The same flags as infra/scripts/kafka.sh, with a smaller heap: the run's topics are small.
    this.child = spawn(
      'java',
      [
        ...this.javaArgs(),
        '-Xms256m',
        '-Xmx512m',
        '-XX:+UseG1GC',
        '-Djava.awt.headless=true',
        'kafka.Kafka',
        join(dir, 'server.properties'),
      ],
      { stdio: ['ignore', log, log] },
    );
    closeSync(log);
    await waitFor('private Kafka broker not listening', () => portOpen(this.port), 90_000);
  }

  private async stopPrivateProcess(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    await exited;
    clearTimeout(timer);
    this.child = undefined;
  }
}
