// Rows are reused between calls: matching compares a query with thousands of short names per message.
let rows = [new Uint16Array(32), new Uint16Array(32), new Uint16Array(32)];
// Letter counts, by character code modulo 128: codes sharing a count can only hide differences, never add any.
const counts = new Int32Array(128);

// Each letter one string has more of than the other takes an edit to remove or change (swaps move letters but
// never change them), so the larger surplus is a lower bound on the distance that costs far less to work out.
function countUnsharedLetters(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) counts[a.charCodeAt(i) & 127]!++;
  for (let j = 0; j < b.length; j++) counts[b.charCodeAt(j) & 127]!--;
  let surplus = 0;
  let shortfall = 0;
  for (let i = 0; i < a.length; i++) {
    const code = a.charCodeAt(i) & 127;
    if (counts[code]! > 0) {
      surplus += counts[code]!;
      counts[code] = 0;
    }
  }
  for (let j = 0; j < b.length; j++) {
    const code = b.charCodeAt(j) & 127;
    if (counts[code]! < 0) {
      shortfall -= counts[code]!;
      counts[code] = 0;
    }
  }
  return Math.max(surplus, shortfall);
}

/**
 * Damerau-Levenshtein distance (optimal string alignment): insertions, deletions, substitutions and swaps of two
 * neighbouring characters each cost one, which covers the usual typing mistakes. Callers that only care about
 * distances up to a whole number `limit` pass it: larger distances then come back as `limit + 1`, mostly found
 * without working out the whole comparison.
 */
export function measureEditDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  // Every edit changes the length by one at most.
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  if (limit < Math.max(a.length, b.length) && countUnsharedLetters(a, b) > limit) return limit + 1;
  if (rows[0]!.length <= b.length) rows = rows.map(() => new Uint16Array(b.length * 2 + 1));
  let [beforePrevious, previous, current] = rows as [Uint16Array, Uint16Array, Uint16Array];
  // A cell |i - j| off the diagonal is at least that far, so cells further off than the limit are left out and
  // read as just above it, which keeps every cell within the limit exact.
  const band = Math.min(limit, Math.max(a.length, b.length));
  const outside = band + 1;
  for (let j = 0; j <= Math.min(b.length, band); j++) previous[j] = j;
  if (band < b.length) previous[band + 1] = outside;
  let previousMinimum = 0;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - band);
    const to = Math.min(b.length, i + band);
    // Character codes rather than one-letter strings: this loop is where matching spends its time.
    const letter = a.charCodeAt(i - 1);
    const letterBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    current[0] = i;
    if (from > 1) current[from - 1] = outside;
    let minimum = from === 1 ? i : outside;
    let otherBefore = from > 1 ? b.charCodeAt(from - 2) : -1;
    for (let j = from; j <= to; j++) {
      const other = b.charCodeAt(j - 1);
      let best = previous[j - 1]! + (letter === other ? 0 : 1);
      if (previous[j]! + 1 < best) best = previous[j]! + 1;
      if (current[j - 1]! + 1 < best) best = current[j - 1]! + 1;
      if (letter === otherBefore && letterBefore === other && beforePrevious[j - 2]! + 1 < best)
        best = beforePrevious[j - 2]! + 1;
      otherBefore = other;
      current[j] = best;
      if (best < minimum) minimum = best;
    }
    if (to < b.length) current[to + 1] = outside;
    // Cells never get smaller further down, except that a swap reaches back two rows.
    if (minimum > band && previousMinimum > band) return limit + 1;
    previousMinimum = minimum;
    const reused = beforePrevious;
    beforePrevious = previous;
    previous = current;
    current = reused;
  }
  return previous[b.length]! > limit ? limit + 1 : previous[b.length]!;
}
