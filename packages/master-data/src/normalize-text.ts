const latinAccents = /[\u0300-\u036f]/g;
// Letters, Indic vowel signs and digits survive; every other character (punctuation, emoji, Indic dandas) splits words.
const separators = /[^\p{L}\p{M}\p{N}]+/gu;

/**
 * Prepares what a citizen typed for comparison: compatibility forms folded (NFKC, so full-width letters and
 * ligatures become plain ones), lower case, accents removed from Latin letters, punctuation turned into single
 * spaces. Indic vowel signs stay, because they carry sound the transliteration needs.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(latinAccents, '')
    .normalize('NFC')
    .replace(separators, ' ')
    .trim();
}
