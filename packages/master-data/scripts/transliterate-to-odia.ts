// Devanagari and Odia share the ISCII layout (Odia = Devanagari + 0x200), so most letters map by offset. The
// exceptions below follow Odia spelling conventions for names: ya is ୟ (ଯ reads "ja"), wa before a long a is ୱ,
// nukta letters that Odia lacks lose the nukta, and both ड़ and ढ़ become ଡ଼ (गढ़ is ଗଡ଼, as in ଚଣ୍ଡୀଗଡ଼).
const devanagari = 0x0900;
const odia = 0x0b00;

const virama = '\u094d';
const nukta = '\u093c';
const anusvara = '\u0902';
const candrabindu = '\u0901';
const aaSign = '\u093e';
const longVowelSigns = new Set(['\u093e', '\u0940', '\u0942', '\u0947', '\u0948', '\u094b', '\u094c']);
const iSigns = new Set(['\u093f', '\u0940', '\u0907', '\u0908']);

// Odia writes a nasal before a stop as the conjunct of that stop's own nasal (ପଞ୍ଜାବ, ଭଟିଣ୍ଡା), not as a bindu.
const nasalBeforeStop: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\u0915-\u0918]/, 'ଙ୍'],
  [/[\u091a-\u091d]/, 'ଞ୍'],
  [/[\u091f-\u0922]/, 'ଣ୍'],
  [/[\u0924-\u0927]/, 'ନ୍'],
  [/[\u092a-\u092d]/, 'ମ୍'],
];

function isLetter(character: string | undefined): boolean {
  return character !== undefined && /[\u0915-\u0939]/.test(character);
}

/** Writes a Hindi (Devanagari) name in Odia script, letter by letter, keeping its Hindi pronunciation. */
export function transliterateToOdia(hindi: string): string {
  const letters = [...hindi.normalize('NFD')];
  let output = '';
  for (let i = 0; i < letters.length; i++) {
    const letter = letters[i]!;
    const next = letters[i + 1];
    const code = letter.codePointAt(0)!;
    if (code < devanagari || code > devanagari + 0x7f) {
      output += letter;
    } else if (letter === nukta) {
      if (letters[i - 1] === 'ड' || letters[i - 1] === 'ढ') output += '\u0b3c';
    } else if (letter === 'ढ' && next === nukta) {
      output += 'ଡ';
    } else if (letter === 'य') {
      // An i sound followed by या is written ିଆ in Odia (ଲୁଧିଆନା, ପଟିଆଲା).
      const afterI = iSigns.has(letters[i - 1] ?? '');
      output += afterI && next === aaSign ? 'ଆ' : 'ୟ';
      if (afterI && next === aaSign) i++;
    } else if (letter === 'व') {
      output += next === aaSign ? 'ୱ' : 'ବ';
    } else if (letter === anusvara) {
      const stop = nasalBeforeStop.find(([range]) => next !== undefined && range.test(next));
      // After a long vowel the bindu only nasalises the vowel (ନୱାଁଶହର); after a short one it is a consonant.
      if (stop) output += stop[1];
      else output += isLetter(next) && !longVowelSigns.has(letters[i - 1] ?? '') ? 'ଂ' : 'ଁ';
    } else if (letter === candrabindu) {
      output += 'ଁ';
    } else if (letter === virama && next === undefined) {
      // A final virama marks the silent end vowel in Hindi; Odia leaves it unwritten.
    } else {
      output += String.fromCodePoint(code - devanagari + odia);
    }
  }
  return output.normalize('NFC');
}
