import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { readMainThreadCpuSeconds, readProcStatus } from './read-proc-status.js';

export interface ServiceProcessSettings {
  /** Unique within the platform: `conversation`, `conversation-2`. */
  readonly name: string;
  /** The service it runs (`conversation`): instances of one service share it. */
  readonly service: string;
  readonly script: string;
  readonly port: number;
  readonly env: Record<string, string>;
  readonly logDir: string;
  readonly cpuProfile: boolean;
}

export interface MemoryFigures {
  /** Highest VmHWM of any incarnation, MiB. */
  readonly peakMiB: number;
  /** Highest sampled VmRSS, MiB. */
  readonly maxSampledRssMiB: number;
  /** Mean of the RSS samples taken during the load, MiB. */
  readonly meanSampledRssMiB: number;
}

const mib = (kb: number) => Math.round((kb / 1024) * 10) / 10;

/**
 * One service running as its own process, as `npm run up` runs it, that can be killed with SIGKILL and started
 * again. Memory and CPU time are followed across restarts: a killed incarnation's figures are read just before
 * the kill, since /proc forgets them after.
 */
export class ServiceProcess {
  private child: ChildProcess | undefined;
  private incarnation = 0;
  private exitedOnItsOwn = 0;
  private expectingExit = false;
  private peakHwmKb = 0;
  private maxRssKb = 0;
  private rssSamples: number[] = [];
  private cpuOfEarlierIncarnations = 0;
  private lastCpu = 0;
  /** Where this incarnation writes its CPU profile (with --cpu-prof), once it stops. */
  private profileFile: string | undefined;
  /** Each stopped incarnation's profile, with the CPU its main thread had used: what the profile sampled. */
  private readonly profiles: Array<{ file: string; mainThreadCpuSeconds: number | undefined }> = [];
  private exit: Promise<void> = Promise.resolve();

  constructor(readonly settings: ServiceProcessSettings) {}

  get name(): string {
    return this.settings.name;
  }

  get pid(): number | undefined {
    const child = this.child;
    return child && child.exitCode === null && child.signalCode === null ? child.pid : undefined;
  }

  get url(): string {
    return `http://127.0.0.1:${this.settings.port}`;
  }

  /** Times the process ended without being asked to: crashes. */
  get unexpectedExits(): number {
    return this.exitedOnItsOwn;
  }

  start(): void {
    const { name, script, env, logDir, cpuProfile } = this.settings;
    this.incarnation++;
    mkdirSync(logDir, { recursive: true });
    const log = openSync(join(logDir, `${name}.log`), 'a');
    this.profileFile = cpuProfile
      ? join(logDir, 'profiles', `${name}-${this.incarnation}.cpuprofile`)
      : undefined;
    const profiling = this.profileFile
      ? [
          '--cpu-prof',
          `--cpu-prof-dir=${dirname(this.profileFile)}`,
          `--cpu-prof-name=${basename(this.profileFile)}`,
          // A sample every 10 ms instead of every 1 ms: at the default, the profiler itself cost each process
          // about 5% of a core (a process at rest used 8–10% profiled, 3–5.5% not), counted in every figure.
          '--cpu-prof-interval=10000',
        ]
      : [];
    const child = spawn(process.execPath, [...profiling, script], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env, PORT: String(this.settings.port) },
      stdio: ['ignore', log, log],
    });
    closeSync(log);
    this.child = child;
    this.expectingExit = false;
    this.lastCpu = 0;
    this.exit = new Promise((resolve) => {
      child.once('exit', () => {
        if (!this.expectingExit) this.exitedOnItsOwn++;
        resolve();
      });
    });
  }

  /** Resolves once /readyz answers 200; rejects after `timeoutMs` or when the process ends first. */
  async waitReady(timeoutMs = 120_000): Promise<number> {
    const started = Date.now();
    const deadline = started + timeoutMs;
    while (Date.now() < deadline) {
      if (this.pid === undefined) throw new Error(`${this.name} exited before it was ready (see its log)`);
      try {
        const response = await fetch(`${this.url}/readyz`, { signal: AbortSignal.timeout(2000) });
        await response.body?.cancel();
        if (response.status === 200) return Date.now() - started;
      } catch {
        // Not listening yet.
      }
      await sleep(100);
    }
    throw new Error(`${this.name} not ready within ${timeoutMs} ms`);
  }

  /** Reads memory and CPU now; called every second by the monitor and right before any stop. */
  sample(): void {
    const pid = this.pid;
    if (pid === undefined) return;
    const status = readProcStatus(pid);
    if (!status) return;
    this.peakHwmKb = Math.max(this.peakHwmKb, status.hwmKb);
    this.maxRssKb = Math.max(this.maxRssKb, status.rssKb);
    this.rssSamples.push(status.rssKb);
    this.lastCpu = status.cpuSeconds;
  }

  /** CPU seconds used by every incarnation so far. */
  cpuSeconds(): number {
    return this.cpuOfEarlierIncarnations + this.lastCpu;
  }

  /**
   * The CPU profiles of the incarnations stopped so far, each with the CPU its main thread had used. One that
   * was killed wrote none: its file does not exist.
   */
  cpuProfiles(): ReadonlyArray<{ file: string; mainThreadCpuSeconds: number | undefined }> {
    return this.profiles;
  }

  /** Forgets the RSS samples taken so far (start-up), so the mean covers the load only. */
  resetSamples(): void {
    this.rssSamples = [];
  }

  memory(): MemoryFigures {
    const mean = this.rssSamples.length
      ? this.rssSamples.reduce((sum, value) => sum + value, 0) / this.rssSamples.length
      : 0;
    return {
      peakMiB: mib(this.peakHwmKb),
      maxSampledRssMiB: mib(this.maxRssKb),
      meanSampledRssMiB: mib(mean),
    };
  }

  /** kill -9, as a crash or an OOM kill would end it; resolves once it is gone. */
  async kill(): Promise<void> {
    await this.end('SIGKILL', 0);
  }

  /** SIGTERM (the services stop gracefully, and --cpu-prof writes its profile), SIGKILL after `graceMs`. */
  async stop(graceMs = 20_000): Promise<void> {
    await this.end('SIGTERM', graceMs);
  }

  private async end(signal: NodeJS.Signals, graceMs: number): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    this.sample();
    if (this.profileFile)
      this.profiles.push({
        file: this.profileFile,
        mainThreadCpuSeconds: child.pid === undefined ? undefined : readMainThreadCpuSeconds(child.pid),
      });
    this.cpuOfEarlierIncarnations += this.lastCpu;
    this.lastCpu = 0;
    this.expectingExit = true;
    child.kill(signal);
    if (signal !== 'SIGKILL') {
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await this.exit;
      clearTimeout(timer);
    } else {
      await this.exit;
    }
  }
}
