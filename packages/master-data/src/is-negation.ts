import { buildMatchKey } from './build-match-key.js';

const negations = ['no', 'not', 'nahi', 'nahin', 'नहीं', 'नही', 'ਨਹੀਂ', 'ਨਹੀ', 'ନାହିଁ', 'ନାହି', 'ନୁହେଁ'];

let negationKeys: ReadonlySet<string> | undefined;

/**
 * Whether a word, given as a match key, says "no" or "not" in one of the chat bot's languages. Negations tell
 * "no water" from "dirty water", but alone ("no" as a reply) they describe no complaint.
 */
export function isNegation(key: string): boolean {
  negationKeys ??= new Set(negations.map(buildMatchKey));
  return negationKeys.has(key);
}
