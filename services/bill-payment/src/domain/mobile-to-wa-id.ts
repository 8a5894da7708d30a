/**
 * The WhatsApp id of an Indian mobile number as city records hold it (`98123 45678`, `098123-45678`,
 * `+91 9812345678`): country code and ten digits starting 6 to 9. Null for landlines and anything else.
 */
export function mobileToWaId(raw: string): string | null {
  const match = /^(?:\+?91|0)?([6-9]\d{9})$/.exec(raw.replace(/[\s-]/g, ''));
  return match ? `91${match[1]}` : null;
}
