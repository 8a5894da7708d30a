import { type Language, matchCities, matchComplaintTypes } from '@seva/master-data';
import type { CitizenInput } from './build-inbound-webhook.js';

/** What one reply must look like to be the answer the turn expects (the bot's exact wording may change). */
export type ExpectedReply =
  | { readonly kind: 'text' }
  /** An interactive message offering this option id (a button or a list row). */
  | { readonly kind: 'choice'; readonly option: string }
  /** Either shape is right (the complaint list, or "you have none"). */
  | { readonly kind: 'any' };

/** A photo is uploaded to the simulator just before it is sent, so the plan holds no media id yet. */
export type PlannedInput = Exclude<CitizenInput, { kind: 'photo' }> | { readonly kind: 'photo' };

export interface Step {
  readonly label: string;
  readonly input: PlannedInput;
  /** Replies in the order the platform must send them; most turns get exactly one. */
  readonly expect: readonly ExpectedReply[];
}

export interface ConversationState {
  language: Language | null;
  /** Complaints this citizen filed (and the platform registered). */
  complaints: number;
}

export interface PlanSettings {
  /**
   * Submit some complaints. The registration notice then arrives later, from the complaint service: a citizen
   * who does not wait for replies could see it after the answer to its next message, so open-loop runs cancel.
   */
  readonly submit: boolean;
  /** The complaint service runs: a submitted complaint gets the registration notice as a second reply. */
  readonly grievance: boolean;
  /**
   * Ask for bills, whose answer comes from the bill-payment service. Only citizens who wait for each turn's
   * replies do: one who went on would leave the bills screen before the answer came, and get none.
   */
  readonly bills: boolean;
  /** Share of complaints sent with a photo. */
  readonly photoShare: number;
}

/**
 * Labels of the steps whose answer only one service gives (grievance registers a submitted filing,
 * bill-payment lists bills): the faults run knows by them when that service works again.
 */
export const stepLabels = { submit: 'submit', bills: 'bills' } as const;

const text: ExpectedReply = { kind: 'text' };
const choice = (option: string): ExpectedReply => ({ kind: 'choice', option });
const any: ExpectedReply = { kind: 'any' };
const languageList = choice('lang:en');
const menu = choice('menu:file');

const languageTitles: Record<Language, string> = { en: 'English', hi: 'हिन्दी', pa: 'ਪੰਜਾਬੀ', or: 'ଓଡ଼ିଆ' };
const greetings = ['hi', 'Hi', 'hello', 'namaste', 'menu'];

/** Places with known localities (a clear match is taken) and without (the citizen's words are kept). */
const places = [
  { city: 'amritsar', locality: 'green avenue', pin: { latitude: 31.64, longitude: 74.87 } },
  { city: 'ludhiana', locality: 'Model Town, near the park', pin: { latitude: 30.9, longitude: 75.85 } },
];
const descriptions = [
  'The street light near the gurdwara is not working',
  'Garbage has not been collected for a week',
  'There is no water supply in our street since two days',
  'Stray dogs are biting people near the school',
];

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

function pickLanguage(random: Random): Language {
  const roll = random();
  return roll < 0.7 ? 'en' : roll < 0.85 ? 'hi' : roll < 0.95 ? 'pa' : 'or';
}

const tap = (id: string, title: string, from: 'button' | 'list' = 'button'): PlannedInput => ({
  kind: 'choice',
  id,
  title,
  from,
});
const say = (words: string): PlannedInput => ({ kind: 'text', text: words });

/** "hi", and the language list first for a citizen who has not chosen one. */
function greet(random: Random, state: ConversationState): Step[] {
  const hello: PlannedInput = say(pick(random, greetings));
  if (state.language) return [{ label: 'greet', input: hello, expect: [menu] }];
  const language = pickLanguage(random);
  state.language = language;
  return [
    { label: 'greet', input: hello, expect: [languageList] },
    {
      label: 'choose language',
      input: tap(`lang:${language}`, languageTitles[language], 'list'),
      expect: [menu],
    },
  ];
}

/**
 * The bot's own matching, remembered: it costs milliseconds per call, and a load generator that spends its
 * event loop on it delays its own webhooks (and so inflates the latencies it measures).
 */
const matched = new Map<
  string,
  { city: boolean; type: { serviceCode: string; title: string } | undefined }
>();

function matchPlanned(city: string, description: string, language: Language) {
  const key = `${city}|${description}|${language}`;
  let found = matched.get(key);
  if (!found) {
    const type = matchComplaintTypes(description, { language, limit: 2 })[0]?.item;
    found = {
      city: matchCities(city, { limit: 1 }).length > 0,
      type: type ? { serviceCode: type.serviceCode, title: type.names[language].slice(0, 20) } : undefined,
    };
    matched.set(key, found);
  }
  return found;
}

/** Filing a complaint as far as the summary, then submitting or cancelling; sometimes giving up with "menu". */
function fileComplaint(random: Random, state: ConversationState, settings: PlanSettings): Step[] {
  const language = state.language ?? 'en';
  const place = pick(random, places);
  const description = pick(random, descriptions);
  // The same matching the bot does, so the planned taps are among the options it offers.
  const { city, type } = matchPlanned(place.city, description, language);
  if (!city) throw new Error(`master data has no city ${place.city}`);
  const steps: Step[] = [
    { label: 'file', input: tap('menu:file', 'File a complaint', 'list'), expect: [text] },
    { label: 'city', input: say(place.city), expect: [text] },
  ];
  if (random() < 0.12) return [...steps, { label: 'back to menu', input: say('menu'), expect: [menu] }];
  steps.push(
    { label: 'description', input: say(description), expect: [choice('other')] },
    {
      label: 'type',
      input: type ? tap(type.serviceCode, type.title) : tap('other', 'Other'),
      // "Something else" asks for a category instead of the locality.
      expect: type ? [text] : [any],
    },
  );
  if (!type) return [...steps, { label: 'back to menu', input: say('menu'), expect: [menu] }];
  steps.push({ label: 'locality', input: say(place.locality), expect: [choice('skip')] });
  steps.push(
    random() < 0.7
      ? { label: 'location', input: { kind: 'location', ...place.pin }, expect: [choice('skip')] }
      : { label: 'skip location', input: tap('skip', 'Skip'), expect: [choice('skip')] },
  );
  if (random() < settings.photoShare) {
    steps.push(
      { label: 'photo', input: { kind: 'photo' }, expect: [choice('done')] },
      { label: 'photos done', input: tap('done', 'Done'), expect: [choice('submit')] },
    );
  } else {
    steps.push({ label: 'skip photos', input: tap('skip', 'Skip'), expect: [choice('submit')] });
  }
  if (settings.submit && random() < 0.5) {
    steps.push({
      label: stepLabels.submit,
      input: tap('submit', 'Submit'),
      // "Submitted", then the number once the complaint service registered it.
      expect: settings.grievance ? [text, text] : [text],
    });
    if (settings.grievance) state.complaints++;
  } else {
    steps.push({ label: 'cancel', input: tap('cancel', 'Cancel'), expect: [text] });
  }
  return steps;
}

/** My complaints or bills, help, and back to the menu. */
function browse(random: Random, settings: PlanSettings): Step[] {
  return [
    settings.bills && random() < 0.4
      ? // No connection is linked to the citizen's number: bill-payment says so, the bot asks for one.
        { label: stepLabels.bills, input: tap('menu:bill', 'Pay bill', 'list'), expect: [text] }
      : { label: 'my complaints', input: tap('menu:mine', 'My complaints', 'list'), expect: [any] },
    // Help explains, then repeats the question of the screen the citizen is on.
    { label: 'help', input: say(random() < 0.5 ? 'help' : '?'), expect: [text, any] },
    { label: 'menu', input: say('menu'), expect: [menu] },
  ];
}

function changeLanguage(random: Random, state: ConversationState): Step[] {
  const language = pickLanguage(random);
  state.language = language;
  return [
    { label: 'language', input: say('language'), expect: [languageList] },
    {
      label: 'choose language',
      input: tap(`lang:${language}`, languageTitles[language], 'list'),
      expect: [menu],
    },
  ];
}

/**
 * The next conversation of a citizen, as a list of turns with the replies each must get: a realistic mix of
 * greetings, language choice, menu navigation, asking for bills and complaint filing, whose expected replies
 * follow from the bot's state machine (services/conversation) given the citizen's state, so they can be checked
 * one by one.
 */
export function planConversation(random: Random, state: ConversationState, settings: PlanSettings): Step[] {
  const steps = greet(random, state);
  const roll = random();
  if (roll < 0.6) return [...steps, ...fileComplaint(random, state, settings)];
  if (roll < 0.85) return [...steps, ...browse(random, settings)];
  return [...steps, ...changeLanguage(random, state)];
}
