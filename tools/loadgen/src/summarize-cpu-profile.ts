import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileSummary {
  readonly file: string;
  readonly profiledSeconds: number;
  /**
   * Share of the profile's time in which the main thread had work, percent: running, or ready and waiting for
   * a core (a sample is taken every interval of wall time, and is idle while the thread waits for I/O and
   * while libuv reads what arrived, before JavaScript is called).
   */
  readonly busyPercent: number;
  /** CPU the main thread used over the same life (from /proc), when it was read: how much of the above ran. */
  readonly mainThreadCpuSeconds: number | undefined;
  /**
   * Share of busy samples in writes to sockets and files, percent. A write that wakes another process is where
   * a process on full cores is most often made to wait, so this share counts that wait as well as the writes.
   */
  readonly writesPercent: number;
  readonly garbageCollectionPercent: number;
  /** Self time by package (or node: internals, or the service's own code), percent of all samples. */
  readonly byPackage: Array<{ name: string; percent: number }>;
  /**
   * Busy time by the package that caused it: native and Node-internal work (socket writes, buffers, promise
   * jobs) is counted for the nearest package up the stack. Percent of busy time.
   */
  readonly byCausingPackage: Array<{ name: string; percent: number }>;
  /** Functions with the most self time. */
  readonly topFunctions: Array<{ name: string; percent: number }>;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Where a function lives: the npm package, node internals, or the workspace package/service. */
function packageOf(url: string): string {
  if (url === '') return '(native/V8)';
  if (url.startsWith('node:')) return 'node internals';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + '/node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const workspace = /\/(services|packages|tools)\/([^/]+)\//.exec(url);
  return workspace ? `${workspace[1]}/${workspace[2]}` : url;
}

/** V8's names for the native writes of Node's streams and of fs. */
const writeFunctions = new Set([
  'writev',
  'writeBuffer',
  'writeUtf8String',
  'writeLatin1String',
  'writeAsciiString',
]);

/**
 * Reads a V8 .cpuprofile (node --cpu-prof) and sums self time per function and per package: the evidence
 * for where a busy service's work is. `mainThreadCpuSeconds` is the CPU its main thread used, to set beside
 * the sampled time.
 */
export function summarizeCpuProfile(file: string, mainThreadCpuSeconds?: number, top = 12): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    self.set(samples[i]!, (self.get(samples[i]!) ?? 0) + Math.max(0, deltas[i] ?? 0));
  }
  const total = [...self.values()].reduce((sum, value) => sum + value, 0) || 1;
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const causing = new Map<string, number>();
  const functions = new Map<string, number>();
  const packages = new Map<string, number>();
  let idle = 0;
  let gc = 0;
  let writes = 0;
  for (const [id, micros] of self) {
    const node = byId.get(id);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') {
      idle += micros;
      continue;
    }
    if (functionName === '(garbage collector)') gc += micros;
    if (writeFunctions.has(functionName) && url === '') writes += micros;
    const where = packageOf(url);
    let cause =
      functionName === '(garbage collector)' ? '(garbage collector)' : '(V8 and Node without a caller)';
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (frame?.url && !frame.url.startsWith('node:')) {
        cause = packageOf(frame.url);
        break;
      }
    }
    causing.set(cause, (causing.get(cause) ?? 0) + micros);
    const name = `${functionName || '(anonymous)'} ${where}${url ? `:${lineNumber + 1}` : ''}`;
    functions.set(name, (functions.get(name) ?? 0) + micros);
    packages.set(where, (packages.get(where) ?? 0) + micros);
  }
  const ranked = (map: Map<string, number>, of = total) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => ({ name, percent: round((micros / of) * 100) }));
  return {
    file,
    profiledSeconds: round((profile.endTime - profile.startTime) / 1e6),
    busyPercent: round(((total - idle) / total) * 100),
    mainThreadCpuSeconds: mainThreadCpuSeconds === undefined ? undefined : round(mainThreadCpuSeconds),
    writesPercent: round((writes / Math.max(1, total - idle)) * 100),
    garbageCollectionPercent: round((gc / total) * 100),
    byPackage: ranked(packages),
    byCausingPackage: ranked(causing, Math.max(1, total - idle)),
    topFunctions: ranked(functions),
  };
}
