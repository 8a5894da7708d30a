import { readdirSync, readFileSync } from 'node:fs';
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
  readonly cpu: Record<string, CpuFigures>;
  readonly memory: Record<string, { peakMiB: number; maxSampledRssMiB: number; meanSampledRssMiB: number }>;
}

const mib = (kb: number) => Math.round((kb / 1024) * 10) / 10;
const round = (value: number) => Math.round(value * 10) / 10;

/** Every process named `postgres`: the database server's backends, ours and anybody else's. */
function postgresPids(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres') pids.push(Number(entry));
    } catch {
      // Gone meanwhile.
    }
  }
  return pids;
}

const postgresCpu = () =>
  postgresPids().reduce((sum, pid) => sum + (readProcStatus(pid)?.cpuSeconds ?? 0), 0);

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
  private selfRss = { max: 0, sum: 0, samples: 0 };

  constructor(
    private readonly processes: () => readonly ServiceProcess[],
    private readonly brokerPid: number | undefined,
  ) {}

  begin(intervalMs = 1000): void {
    for (const service of this.processes()) service.resetSamples();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  markStart(): void {
    this.start = { at: Date.now(), cpu: this.readCpu(), machine: readMachineCpu() };
  }

  markEnd(): void {
    this.sample();
    this.end = { at: Date.now(), cpu: this.readCpu(), machine: readMachineCpu() };
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
    const broker = this.brokerPid === undefined ? undefined : readProcStatus(this.brokerPid);
    if (broker)
      memory['kafka-broker'] = {
        peakMiB: mib(broker.hwmKb),
        maxSampledRssMiB: mib(this.brokerRss.max),
        meanSampledRssMiB: mib(this.brokerRss.sum / Math.max(1, this.brokerRss.samples)),
      };
    memory.loadgen = {
      peakMiB: mib(readProcStatus(process.pid)?.hwmKb ?? 0),
      maxSampledRssMiB: mib(this.selfRss.max),
      meanSampledRssMiB: mib(this.selfRss.sum / Math.max(1, this.selfRss.samples)),
    };
    let machineBusyPercent: number | undefined;
    if (start?.machine && end?.machine) {
      const total = end.machine.totalSeconds - start.machine.totalSeconds;
      const idle = end.machine.idleSeconds - start.machine.idleSeconds;
      machineBusyPercent = total > 0 ? round(((total - idle) / total) * 100) : undefined;
    }
    return { windowSeconds: round(windowSeconds), machineBusyPercent, cpu, memory };
  }

  private sample(): void {
    for (const service of this.processes()) service.sample();
    const keep = (figures: { max: number; sum: number; samples: number }, rssKb: number | undefined) => {
      if (rssKb === undefined) return;
      figures.max = Math.max(figures.max, rssKb);
      figures.sum += rssKb;
      figures.samples++;
    };
    if (this.brokerPid !== undefined) keep(this.brokerRss, readProcStatus(this.brokerPid)?.rssKb);
    keep(this.selfRss, readProcStatus(process.pid)?.rssKb);
  }

  private readCpu(): Map<string, number> {
    const cpu = new Map<string, number>();
    for (const service of this.processes()) {
      service.sample();
      cpu.set(service.name, service.cpuSeconds());
    }
    if (this.brokerPid !== undefined) {
      const broker = readProcStatus(this.brokerPid);
      if (broker) cpu.set('kafka-broker', broker.cpuSeconds);
    }
    cpu.set('postgres (whole server)', postgresCpu());
    cpu.set('loadgen', readProcStatus(process.pid)?.cpuSeconds ?? 0);
    return cpu;
  }
}
