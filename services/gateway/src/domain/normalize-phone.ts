/**
 * WhatsApp ids are international numbers without `+`. Indian telephony providers pass callers as
 * `09876543210`, `9876543210`, `+919876543210` or `919876543210`; all become `919876543210`.
 * Returns null for anything that is not a plausible phone number.
 */
export function normalizePhone(raw: string, defaultCountryCode = '91'): string | null {
  const digits = raw.replace(/[\s()-]/g, '');
  if (!/^\+?\d{7,15}$/.test(digits)) return null;
  if (digits.startsWith('+')) return digits.slice(1);
  if (digits.startsWith('00')) return digits.slice(2);
  if (digits.length === 11 && digits.startsWith('0')) return defaultCountryCode + digits.slice(1);
  if (digits.length === 10) return defaultCountryCode + digits;
  return digits;
}
