import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

export interface MachineDescription {
  readonly cpuModel: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly node: string;
  readonly kafka: string;
  readonly postgres: string | undefined;
  readonly kernel: string;
}

/** The machine the figures were measured on: they mean little without it. */
export function describeMachine(kafkaVersion: string, postgres: string | undefined): MachineDescription {
  let cpuModel = cpus()[0]?.model ?? 'unknown';
  try {
    cpuModel =
      /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpuModel;
  } catch {
    // Not Linux: os.cpus() named it.
  }
  let kernel = 'unknown';
  try {
    kernel = readFileSync('/proc/sys/kernel/osrelease', 'utf8').trim();
  } catch {
    // Not Linux.
  }
  return {
    cpuModel,
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    kafka: kafkaVersion,
    postgres,
    kernel,
  };
}
