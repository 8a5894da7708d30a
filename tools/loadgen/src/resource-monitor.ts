import { listPostgresPids } from './list-postgres-pids.js';
import { readMachineCpu } from './read-machine-cpu.js';
import { readProcStatus } from './read-proc-status.js';
import type { ServiceProcess } from './service-process.js';

export interface CpuFigures {
  /** CPU time used during the load, as a share of one core (100 = one core busy the whole time). */
  readonly percentOfOneCore: number;
  readonly seconds: number;
}

export interface ResourceFigures {
  readonly windowSeconds: number;
  /** Share of all cores busy, whoever used them (other people's runs included). */
  readonly machineBusyPercent: number | undefined;
  /**
   * CPU used by processes other than those measured here (other test runs on the shared machine, the kernel's
   * own threads), % of one core: the noise in the figures.
   */
  readonly otherProcessesPercentOfOneCore: number | undefined;
  /** Context switches of the whole machine during the load (every process's, not only the platform's). */
  readonly contextSwitches: number | undefined;
  /** CPU the virtual machine's host kept for others while this machine had work (steal), % of one core. */
  readonly hostStealPercentOfOneCore: number | undefined;
  /** The same for each 10 s of the window, to set beside latencies per 10 s. */
  readonly hostStealPercentOfOneCorePer10Seconds: number[];
  /** Machine busy for each 10 s of the window: whether a slow 10 s had the cores full. */
  readonly machineBusyPercentPer10Seconds: number[];
  readonly cpu: Record<string, CpuFigures>;
  readonly memory: Record<string, { peakMiB: number; maxSampledRssMiB: number; meanSampledRssMiB: number }>;
}

type MachineCpu = NonNullable<ReturnType<typeof readMachineCpu>>;

const mib = (kb: number) => Math.round((kb / 1024) * 10) / 10;
const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Samples memory (VmRSS) of every process of the platform, the broker and this process each second, and
 * measures the CPU time each used between `markStart` and `markEnd`: where the machine's two cores went.
 */
export class ResourceMonitor {
  private timer: NodeJS.Timeout | undefined;
  private start:
    | { at: number; cpu: Map<string, number>; machine: ReturnType<typeof readMachineCpu> }
    | undefined;
  private end:
    | { at: number; cpu: Map<string, number>; machine: ReturnType<typeof readMachineCpu> }
    | undefined;
  private brokerRss = { max: 0, sum: 0, samples: 0 };
  /** CPU seconds of each Postgres process when first seen in the window and when last seen. */
  private readonly postgres = new Map<number, { first: number; last: number }>();
  /** The same for each incarnation of the broker. */
  private readonly broker = new Map<number, { first: number; last: number; hwmKb: number }>();
  private currentBrokerPid: number | undefined;
  private measuringPostgres = false;
  private selfRss = { max: 0, sum: 0, samples: 0 };
  /** The machine's CPU counters each second of the window. */
  private machineSamples: Array<{ at: number; machine: MachineCpu }> = [];

  constructor(
    private readonly processes: () => readonly ServiceProcess[],
    /** The broker's pid now: a restarted broker has a new one. */
    private readonly brokerPid: () => Promise<number | undefined>,
  ) {}

  /** Starts sampling; `resetSamples` forgets the services' earlier RSS samples (the start-up's). */
  async begin(intervalMs = 1000, resetSamples = true): Promise<void> {
    if (resetSamples) for (const service of this.processes()) service.resetSamples();
    this.currentBrokerPid = await this.brokerPid();
    this.timer = setInterval(() => {
      this.sample();
      // Looked up again in the background: after a broker restart the old pid is gone.
      void this.brokerPid().then((pid) => {
        this.currentBrokerPid = pid;
      });
    }, intervalMs);
    this.timer.unref();
  }

  markStart(): void {
    this.postgres.clear();
    this.broker.clear();
    this.measuringPostgres = true;
    this.samplePostgres(true);
    this.sampleBroker(true);
    this.start = { at: Date.now(), cpu: this.readCpu(), machine: readMachineCpu() };
    this.machineSamples = [];
    this.sampleMachine(this.start.at, this.start.machine);
  }

  markEnd(): void {
    this.sample();
    this.samplePostgres(false);
    this.measuringPostgres = false;
    this.end = { at: Date.now(), cpu: this.readCpu(), machine: readMachineCpu() };
    this.sampleMachine(this.end.at, this.end.machine);
  }

  private sampleMachine(at: number, machine: ReturnType<typeof readMachineCpu>): void {
    if (machine) this.machineSamples.push({ at, machine });
  }

  /**
   * Backends come and go with connections (a killed service's close), so each is followed on its own: a backend
   * started during the window counts from zero, one that ended counts until it was last seen.
   */
  private samplePostgres(atStart: boolean): void {
    for (const pid of listPostgresPids()) {
      const cpu = readProcStatus(pid)?.cpuSeconds;
      if (cpu === undefined) continue;
      const known = this.postgres.get(pid);
      if (known) known.last = cpu;
      else this.postgres.set(pid, { first: atStart ? cpu : 0, last: cpu });
    }
  }

  finish(): ResourceFigures {
    clearInterval(this.timer);
    for (const service of this.processes()) service.sample();
    const start = this.start;
    const end = this.end;
    const windowSeconds = start && end ? (end.at - start.at) / 1000 : 0;
    const cpu: Record<string, CpuFigures> = {};
    if (start && end && windowSeconds > 0) {
      for (const [name, seconds] of end.cpu) {
        const used = Math.max(0, seconds - (start.cpu.get(name) ?? 0));
        cpu[name] = { seconds: round(used), percentOfOneCore: round((used / windowSeconds) * 100) };
      }
    }
    const memory: ResourceFigures['memory'] = {};
    for (const service of this.processes()) memory[service.name] = service.memory();
    this.sampleBroker(false);
    const brokerHwm = Math.max(0, ...[...this.broker.values()].map((incarnation) => incarnation.hwmKb));
    if (this.broker.size > 0)
      memory['kafka-broker'] = {
        peakMiB: mib(brokerHwm),
        maxSampledRssMiB: mib(this.brokerRss.max),
        meanSampledRssMiB: mib(this.brokerRss.sum / Math.max(1, this.brokerRss.samples)),
      };
    memory.loadgen = {
      peakMiB: mib(readProcStatus(process.pid)?.hwmKb ?? 0),
      maxSampledRssMiB: mib(this.selfRss.max),
      meanSampledRssMiB: mib(this.selfRss.sum / Math.max(1, this.selfRss.samples)),
    };
    let machineBusyPercent: number | undefined;
    let otherProcessesPercentOfOneCore: number | undefined;
    let hostStealPercentOfOneCore: number | undefined;
    let contextSwitches: number | undefined;
    if (start?.machine && end?.machine && windowSeconds > 0) {
      contextSwitches = end.machine.contextSwitches - start.machine.contextSwitches;
      const total = end.machine.totalSeconds - start.machine.totalSeconds;
      const idle = end.machine.idleSeconds - start.machine.idleSeconds;
      const steal = end.machine.stealSeconds - start.machine.stealSeconds;
      machineBusyPercent = total > 0 ? round(((total - idle) / total) * 100) : undefined;
      const ours = Object.values(cpu).reduce((sum, figures) => sum + figures.seconds, 0);
      otherProcessesPercentOfOneCore = round(
        (Math.max(0, total - idle - steal - ours) / windowSeconds) * 100,
      );
      hostStealPercentOfOneCore = round((steal / windowSeconds) * 100);
    }
    return {
      windowSeconds: round(windowSeconds),
      machineBusyPercent,
      otherProcessesPercentOfOneCore,
      contextSwitches,
      hostStealPercentOfOneCore,
      hostStealPercentOfOneCorePer10Seconds: start
        ? this.per10Seconds(
            start.at,
            (from, to, seconds) => ((to.stealSeconds - from.stealSeconds) / seconds) * 100,
          )
        : [],
      machineBusyPercentPer10Seconds: start
        ? this.per10Seconds(start.at, (from, to) => {
            const total = to.totalSeconds - from.totalSeconds;
            return total > 0 ? ((total - (to.idleSeconds - from.idleSeconds)) / total) * 100 : 0;
          })
        : [],
      cpu,
      memory,
    };
  }

  /** A figure of the machine's counters, sampled each second, for each whole or last partial 10 s of the window. */
  private per10Seconds(
    startAt: number,
    measure: (from: MachineCpu, to: MachineCpu, seconds: number) => number,
  ): number[] {
    const figures: number[] = [];
    let from = this.machineSamples[0];
    for (const sample of this.machineSamples.slice(1)) {
      const last = sample === this.machineSamples.at(-1);
      if (!from || (sample.at - startAt < (figures.length + 1) * 10_000 && !last)) continue;
      const seconds = (sample.at - from.at) / 1000;
      figures.push(seconds > 0 ? round(measure(from.machine, sample.machine, seconds)) : 0);
      from = sample;
    }
    return figures;
  }

  private sampleBroker(atStart: boolean): void {
    const pid = this.currentBrokerPid;
    if (pid === undefined) return;
    const status = readProcStatus(pid);
    if (!status) return;
    const known = this.broker.get(pid);
    if (known) {
      known.last = status.cpuSeconds;
      known.hwmKb = status.hwmKb;
    } else {
      this.broker.set(pid, {
        first: atStart ? status.cpuSeconds : 0,
        last: status.cpuSeconds,
        hwmKb: status.hwmKb,
      });
    }
  }

  private sample(): void {
    for (const service of this.processes()) service.sample();
    if (this.start && !this.end) this.sampleMachine(Date.now(), readMachineCpu());
    if (this.measuringPostgres) this.samplePostgres(false);
    const keep = (figures: { max: number; sum: number; samples: number }, rssKb: number | undefined) => {
      if (rssKb === undefined) return;
      figures.max = Math.max(figures.max, rssKb);
      figures.sum += rssKb;
      figures.samples++;
    };
    if (this.currentBrokerPid !== undefined)
      keep(this.brokerRss, readProcStatus(this.currentBrokerPid)?.rssKb);
    this.sampleBroker(false);
    keep(this.selfRss, readProcStatus(process.pid)?.rssKb);
  }

  private readCpu(): Map<string, number> {
    const cpu = new Map<string, number>();
    for (const service of this.processes()) {
      service.sample();
      cpu.set(service.name, service.cpuSeconds());
    }
    if (this.broker.size > 0)
      cpu.set(
        'kafka-broker',
        [...this.broker.values()].reduce(
          (sum, incarnation) => sum + Math.max(0, incarnation.last - incarnation.first),
          0,
        ),
      );
    cpu.set(
      'postgres (whole server)',
      [...this.postgres.values()].reduce((sum, pid) => sum + Math.max(0, pid.last - pid.first), 0),
    );
    cpu.set('loadgen', readProcStatus(process.pid)?.cpuSeconds ?? 0);
    return cpu;
  }
}
