/**
 * Rupees as billing systems send them (a number or a string, at most two decimals, negative for rebates) in
 * paise, counted exactly: `1234.5` is 123450. Returns undefined for anything else, including `1e3` and
 * `12.345`.
 */
export function parseRupees(value: number | string): number | undefined {
  const text = typeof value === 'number' ? String(value) : value.trim();
  const match = /^(-)?(\d{1,9})(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return undefined;
  const [, minus, whole, fraction = ''] = match;
  const paise = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return minus && paise !== 0 ? -paise : paise;
}
