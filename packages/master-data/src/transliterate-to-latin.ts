// Devanagari (U+0900), Gurmukhi (U+0A00) and Odia (U+0B00) share the ISCII layout: a letter sits at the same
// offset in each block, so one table keyed by offset serves all three scripts.
const blocks = [
  { script: 'devanagari', start: 0x0900 },
  { script: 'gurmukhi', start: 0x0a00 },
  { script: 'odia', start: 0x0b00 },
] as const;

type Script = (typeof blocks)[number]['script'];

// Builds offset → Latin entries for a run of letters that sit next to each other in the blocks.
function run(start: number, latin: readonly string[]): Array<[number, string]> {
  return latin.map((letter, i) => [start + i, letter]);
}

const independentVowels = new Map([
  ...run(0x05, ['a', 'aa', 'i', 'ii', 'u', 'uu', 'ri', 'li', 'e', 'e', 'e', 'ai', 'o', 'o', 'o', 'au']),
  ...run(0x60, ['ri', 'li']),
]);

const vowelSigns = new Map([
  ...run(0x3e, ['aa', 'i', 'ii', 'u', 'uu', 'ri', 'ri', 'e', 'e', 'e', 'ai', 'o', 'o', 'o', 'au']),
  ...run(0x56, ['ai', 'au']),
  ...run(0x62, ['li', 'li']),
]);

const consonants = new Map([
  ...run(0x15, ['k', 'kh', 'g', 'gh', 'ng', 'ch', 'chh', 'j', 'jh', 'ny']),
  ...run(0x1f, ['t', 'th', 'd', 'dh', 'n', 't', 'th', 'd', 'dh', 'n', 'n']),
  ...run(0x2a, ['p', 'ph', 'b', 'bh', 'm', 'y', 'r', 'r', 'l', 'l', 'l', 'v', 'sh', 'sh', 's', 'h']),
  ...run(0x58, ['q', 'kh', 'g', 'z', 'r', 'rh', 'f', 'y']),
]);

// A nukta below a consonant turns it into another sound: ज़ is z, ड़ is a flapped r, ਸ਼ is sh.
const withNukta = new Map([
  [0x15, 'q'],
  [0x16, 'kh'],
  [0x17, 'g'],
  [0x1c, 'z'],
  [0x21, 'r'],
  [0x22, 'rh'],
  [0x2b, 'f'],
  [0x2f, 'y'],
  [0x32, 'l'],
  [0x38, 'sh'],
]);

const nasal = new Set([0x01, 0x02]);
const visarga = 0x03;
const nukta = 0x3c;
const virama = 0x4d;
const danda = new Set([0x64, 0x65]);
const gurmukhiTippi = 0x70;
const gurmukhiAddak = 0x71;
// ੲ and ੳ only carry vowel signs; they have no sound of their own.
const gurmukhiVowelBearers = new Set([0x72, 0x73]);
const odiaWa = 0x71;
// Odia ଯ is read "ja"; the "ya" sound has its own letter, ୟ.
const odiaYa = 0x2f;

interface Syllable {
  onset: string;
  /** Latin of the last consonant, so a following nukta can replace it. */
  lastConsonant: string;
  lastOffset: number;
  consonantCount: number;
  vowel: string;
  /** The vowel is the consonant's implicit short a, which speech often drops. */
  inherent: boolean;
  /** Ended by a virama: the next consonant joins this syllable's cluster. */
  open: boolean;
}

function consonantSound(script: Script, offset: number): string | undefined {
  if (script === 'odia' && offset === odiaWa) return 'w';
  if (script === 'odia' && offset === odiaYa) return 'j';
  return consonants.get(offset);
}

function vowelSyllable(vowel: string, offset: number): Syllable {
  return {
    onset: '',
    lastConsonant: '',
    lastOffset: offset,
    consonantCount: 0,
    vowel,
    inherent: false,
    open: false,
  };
}

function locate(codePoint: number): { script: Script; offset: number } | undefined {
  for (const block of blocks) {
    if (codePoint >= block.start && codePoint < block.start + 0x80)
      return { script: block.script, offset: codePoint - block.start };
  }
  return undefined;
}

// Hindi and Punjabi drop the implicit a at the end of a word and between a vowel-consonant and a consonant-vowel
// (अमृतसर is "amritsar", not "amritasara"). Applying that rule lets typed English names match Indic spellings.
function dropSilentVowels(word: Syllable[]): void {
  const last = word.at(-1);
  if (word.length > 1 && last?.inherent) last.vowel = '';
  for (let i = word.length - 2; i >= 1; i--) {
    const syllable = word[i]!;
    const before = word[i - 1]!;
    const after = word[i + 1]!;
    if (
      syllable.inherent &&
      syllable.consonantCount === 1 &&
      before.vowel !== '' &&
      after.consonantCount === 1 &&
      after.vowel !== ''
    )
      syllable.vowel = '';
  }
}

function spell(word: Syllable[]): string {
  dropSilentVowels(word);
  return word.map((syllable) => syllable.onset + syllable.vowel).join('');
}

/**
 * Writes Devanagari, Gurmukhi and Odia text in plain Latin letters the way an Indian citizen would type the same
 * words in English (ਜਲੰਧਰ becomes "jalandhar", अमृतसर "amritsar"). Other characters pass through unchanged. The
 * output is meant for comparison, not display: it has no diacritics and does not distinguish retroflex letters.
 */
export function transliterateToLatin(text: string): string {
  let output = '';
  let word: Syllable[] = [];
  let doubleNext = false;
  const flush = () => {
    if (word.length > 0) output += spell(word);
    word = [];
    doubleNext = false;
  };

  for (const character of text.normalize('NFC')) {
    const place = locate(character.codePointAt(0)!);
    if (!place) {
      flush();
      output += character;
      continue;
    }
    const { script, offset } = place;
    const current = word.at(-1);

    if (offset >= 0x66 && offset <= 0x6f) {
      flush();
      output += String(offset - 0x66);
    } else if (danda.has(offset)) {
      flush();
      output += ' ';
    } else if (script === 'gurmukhi' && offset === gurmukhiAddak) {
      doubleNext = true;
    } else if (script === 'gurmukhi' && gurmukhiVowelBearers.has(offset)) {
      word.push(vowelSyllable('a', offset));
    } else if (consonantSound(script, offset) !== undefined) {
      const latin = consonantSound(script, offset)!;
      const sound = doubleNext ? latin[0] + latin : latin;
      doubleNext = false;
      if (current?.open) {
        current.onset += sound;
        current.lastConsonant = latin;
        current.lastOffset = offset;
        current.consonantCount += 1;
        current.vowel = 'a';
        current.inherent = true;
        current.open = false;
      } else {
        word.push({
          onset: sound,
          lastConsonant: latin,
          lastOffset: offset,
          consonantCount: 1,
          vowel: 'a',
          inherent: true,
          open: false,
        });
      }
    } else if (independentVowels.has(offset)) {
      word.push(vowelSyllable(independentVowels.get(offset)!, offset));
    } else if (!current) {
      // A sign with nothing to attach to (a stray mark typed first) carries no sound.
    } else if (vowelSigns.has(offset)) {
      current.vowel = vowelSigns.get(offset)!;
      current.inherent = false;
      current.open = false;
    } else if (offset === virama) {
      current.vowel = '';
      current.inherent = false;
      current.open = true;
    } else if (nasal.has(offset) || (script === 'gurmukhi' && offset === gurmukhiTippi)) {
      current.vowel += 'n';
      current.inherent = false;
      current.open = false;
    } else if (offset === visarga) {
      current.vowel += 'h';
      current.inherent = false;
    } else if (offset === nukta) {
      const replacement = withNukta.get(current.lastOffset);
      if (replacement !== undefined && current.onset.endsWith(current.lastConsonant)) {
        current.onset = current.onset.slice(0, -current.lastConsonant.length) + replacement;
        current.lastConsonant = replacement;
      }
    }
  }
  flush();
  return output;
}
