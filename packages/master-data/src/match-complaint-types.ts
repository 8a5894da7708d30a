import { buildMatchKey } from './build-match-key.js';
import { isFillerWord } from './is-filler-word.js';
import { isNegation } from './is-negation.js';
import { memoizeByKey } from './memoize-by-key.js';
import { rankMatches } from './rank-matches.js';
import { readSeedFile } from './read-seed-file.js';
import { scoreSimilarity } from './score-similarity.js';
import type { ComplaintMatchOptions, ComplaintType, Language, LocalizedText, Match } from './types.js';
import { languages } from './types.js';

interface Term {
  readonly key: string;
  readonly weight: number;
  readonly language: Language;
}

interface Entry {
  readonly type: ComplaintType;
  readonly terms: readonly Term[];
}

// A word of the type's own name is stronger evidence than a search keyword shared with its category.
const nameWeight = 1;
const keywordWeight = 0.9;
const otherLanguageWeight = 0.95;
// Below this a word is not taken to mean the term at all, only to resemble it: a typo in a word of five letters
// or more passes, a changed letter in a four-letter word ("city", "kity") does not.
const wordThreshold = 0.8;
// Two-letter words ("ok", "hi") start too many terms to count unless they are the whole term.
const shortWordLength = 2;
// A word that matches no complaint type (a place, a date) counts a little against every type, not as much as a
// word some types match.
const unknownWordWeight = 0.15;

// Words kept per language: the words citizens describe problems with recur ("light", "garbage", "water"), and
// working out what a new one says compares it with every term of every type, a few tenths of a millisecond.
const mostWordsKept = 2_000;

let index: readonly Entry[] | undefined;
const fitsByLanguage = new Map<Language | undefined, (word: string) => Float64Array>();

function termsOf(texts: Readonly<Record<Language, readonly string[]>>, weight: number): Term[] {
  return languages.flatMap((language) =>
    texts[language].flatMap((text) =>
      buildMatchKey(text)
        .split(' ')
        .filter((key) => key.length > 1 && !isFillerWord(key))
        .map((key) => ({ key, weight, language })),
    ),
  );
}

function asLists(names: LocalizedText): Record<Language, readonly string[]> {
  return { en: [names.en], hi: [names.hi], pa: [names.pa], or: [names.or] };
}

// Types the source puts first in its menu win ties, so "garbage" suggests the everyday garbage complaint first.
function loadIndex(): readonly Entry[] {
  if (index) return index;
  const types = [...readSeedFile('complaint-types.json').complaintTypes];
  const rank = (type: ComplaintType) => type.order ?? Number.MAX_SAFE_INTEGER;
  types.sort((a, b) => rank(a) - rank(b));
  index = types.map((type) => ({
    type,
    terms: [...termsOf(asLists(type.names), nameWeight), ...termsOf(type.keywords, keywordWeight)],
  }));
  return index;
}

// How well one word fits each type of the index (0 when it is not taken to mean any of the type's terms), in the
// index's order, for a citizen writing in `language`.
function measureFit(word: string, language: Language | undefined): Float64Array {
  const languageWeight = (term: Term) =>
    language && term.language !== language && term.language !== 'en' ? otherLanguageWeight : 1;
  // Categories share their keywords with every type in them, so the same term comes up many times.
  const seen = new Map<string, number>();
  const similarityTo = (key: string) => {
    let similarity = seen.get(key);
    if (similarity === undefined) {
      similarity =
        word.length <= shortWordLength && word !== key ? 0 : scoreSimilarity(word, key, wordThreshold);
      seen.set(key, similarity);
    }
    return similarity;
  };
  return Float64Array.from(loadIndex(), (entry) => {
    let best = 0;
    for (const term of entry.terms) {
      const similarity = similarityTo(term.key);
      if (similarity >= wordThreshold) best = Math.max(best, similarity * term.weight * languageWeight(term));
    }
    return best;
  });
}

function fitOf(word: string, language: Language | undefined): Float64Array {
  let fit = fitsByLanguage.get(language);
  if (!fit) {
    fit = memoizeByKey((key) => measureFit(key, language), mostWordsKept);
    fitsByLanguage.set(language, fit);
  }
  return fit(word);
}

/**
 * Complaint types that fit a citizen's description ("street light not working", "कूड़ा", "ਲਾਈਟ ਨਹੀਂ ਜਗਦੀ"), best
 * first. Each word is matched fuzzily against the names and keywords of every type in all four languages; words
 * that few types share (bulb) weigh more than words many share (broken), and filler words are ignored. Only
 * types offered to citizens are considered unless `includeInactive` is set.
 */
export function matchComplaintTypes(
  text: string,
  options: ComplaintMatchOptions = {},
): Match<ComplaintType>[] {
  const words = [...new Set(buildMatchKey(text).split(' '))].filter(
    (word) => word.length > 1 && !isFillerWord(word),
  );
  if (words.every(isNegation)) return [];
  const entries = loadIndex();
  const candidates = entries.flatMap((entry, i) => (options.includeInactive || entry.type.active ? [i] : []));
  const fit = words.map((word) => {
    const row = fitOf(word, options.language);
    return candidates.map((i) => row[i]!);
  });
  const wordWeights = fit.map((row) => {
    const matching = row.filter((score) => score > 0).length;
    return matching === 0 ? unknownWordWeight : 1 + Math.log(candidates.length / matching);
  });
  const total = wordWeights.reduce((sum, weight) => sum + weight, 0);
  return rankMatches(
    candidates.map((at, j) => ({
      item: entries[at]!.type,
      score: fit.reduce((sum, row, i) => sum + wordWeights[i]! * row[j]!, 0) / total,
    })),
    options.limit,
  );
}
