export interface LatencySummary {
  readonly count: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  readonly mean: number;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The p99 of the samples taken in each 10 s from `startAt` (`windows` of them): how latency moved. */
export function p99Per10Seconds(
  samples: ReadonlyArray<{ readonly at: number; readonly ms: number }>,
  startAt: number,
  windows: number,
): number[] {
  const byWindow = Array.from({ length: windows }, () => [] as number[]);
  for (const { at, ms } of samples) byWindow[Math.floor((at - startAt) / 10_000)]?.push(ms);
  return byWindow.map((values) => summarizeLatencies(values).p99);
}

/** Percentiles by the nearest-rank method, in ms to one decimal; zeros for no samples. */
export function summarizeLatencies(values: readonly number[]): LatencySummary {
  if (values.length === 0) return { count: 0, p50: 0, p95: 0, p99: 0, max: 0, mean: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  return {
    count: sorted.length,
    p50: round(rank(50)),
    p95: round(rank(95)),
    p99: round(rank(99)),
    max: round(sorted.at(-1)!),
    mean: round(sorted.reduce((sum, value) => sum + value, 0) / sorted.length),
  };
}
