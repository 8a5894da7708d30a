/** How many of the epoch-ms timestamps fall in each whole second of [startAt, endAt). */
export function countPerSecond(timestamps: readonly number[], startAt: number, endAt: number): number[] {
  const seconds = Math.max(0, Math.ceil((endAt - startAt) / 1000));
  const counts = new Array<number>(seconds).fill(0);
  for (const at of timestamps) {
    if (at < startAt || at >= endAt) continue;
    const second = Math.floor((at - startAt) / 1000);
    counts[second] = (counts[second] ?? 0) + 1;
  }
  return counts;
}
