import type { Language } from '@seva/master-data';
import { fileComplaint } from '../flows/file-complaint.js';
import { billingReply, billScreens, startBills, startReceipts } from '../screens/bills.js';
import {
  type ComplaintSummary,
  complaintActions,
  showComplaint,
  showComplaints,
} from '../screens/my-complaints.js';
import { choose, moreOptionId, text } from './compose.js';
import type { FlowDefinition } from './flow.js';
import { isLanguage, type Translate, translator } from './i18n.js';
import { continueFlow, promptFor, startFlow } from './run-flow.js';
import type { Input, Reply, Screen, SessionState, Turn } from './types.js';

/** Every flow the engine can run, by id. */
const flows: Record<string, FlowDefinition> = { [fileComplaint.id]: fileComplaint };

const languageNames: Record<Language, string> = { en: 'English', hi: 'हिन्दी', pa: 'ਪੰਜਾਬੀ', or: 'ଓଡ଼ିଆ' };

/** Words that bring the main menu back from anywhere, in the four languages. */
const menuWords = new Set([
  'hi',
  'hello',
  'hey',
  'menu',
  '0',
  'start',
  'namaste',
  'नमस्ते',
  'मेनू',
  'ਸਤ ਸ੍ਰੀ ਅਕਾਲ',
  'ਮੇਨੂ',
  'ନମସ୍କାର',
  'ମେନୁ',
]);
const helpWords = new Set(['help', '?', 'मदद', 'ਮਦਦ', 'ସାହାଯ୍ୟ']);
const languageWords = new Set(['language', 'lang', 'भाषा', 'ਭਾਸ਼ਾ', 'ଭାଷା']);
/** Bill reminders are switched off and on by these words, wherever the citizen is in the conversation. */
const reminderWords = new Map([
  ['stop', { stopped: true, reply: 'reminders.stopped' }],
  ['start', { stopped: false, reply: 'reminders.started' }],
]);

export interface Citizen {
  readonly name: string | null;
  /** The citizen's complaints, newest first, read only when a screen needs them. */
  complaints(): Promise<ComplaintSummary[]>;
  readonly now: Date;
}

export const initialState: SessionState = { language: null, screen: { kind: 'language' } };

export const languagePrompt = (t: Translate, before?: string): Reply =>
  choose(
    before ? `${before}\n\n${t('language.prompt')}` : t('language.prompt'),
    (Object.keys(languageNames) as Language[]).map((language) => ({
      id: `lang:${language}`,
      title: languageNames[language],
    })),
    t,
  );

export function menuPrompt(t: Translate, name: string | null, before?: string): Reply {
  const body = t('menu.body', { name: name ?? 'none' });
  return choose(
    before ? `${before}\n\n${body}` : body,
    [
      { id: 'menu:file', title: t('menu.fileComplaint'), description: t('menu.fileComplaint.description') },
      { id: 'menu:mine', title: t('menu.myComplaints'), description: t('menu.myComplaints.description') },
      { id: 'menu:bill', title: t('menu.payBill'), description: t('menu.payBill.description') },
      { id: 'menu:receipts', title: t('menu.myReceipts'), description: t('menu.myReceipts.description') },
      {
        id: 'menu:language',
        title: t('menu.changeLanguage'),
        description: languageNames.en + ' · हिन्दी · ਪੰਜਾਬੀ · ଓଡ଼ିଆ',
      },
    ],
    t,
  );
}

/**
 * One turn of the conversation: the citizen's message applied to the saved state gives the new state, the
 * replies and the commands. Pure apart from reading the citizen's complaints, so every path is unit-tested.
 * Global words work everywhere: "hi"/"menu"/"0" (main menu), "help", "language".
 */
export async function handleMessage(state: SessionState, input: Input, citizen: Citizen): Promise<Turn> {
  const t = translator(state.language);
  const turn = (screen: Screen, replies: Reply[], language = state.language): Turn => ({
    state: { language, screen },
    replies,
    commands: [],
  });
  const typed = input.kind === 'text' ? input.text.toLocaleLowerCase() : undefined;

  if (input.kind === 'billing') {
    const answered = billingReply(state.screen, input.reply, { t, language: state.language ?? 'en' });
    return answered ?? { state, replies: [], commands: [] };
  }
  const reminders = typed ? reminderWords.get(typed) : undefined;
  if (reminders) {
    return {
      state,
      replies: [text(t(reminders.reply))],
      commands: [{ kind: 'choose-reminders', stopped: reminders.stopped }],
    };
  }

  if (input.kind === 'choice' && input.id.startsWith('lang:')) {
    const language = input.id.slice(5);
    if (isLanguage(language))
      return turn({ kind: 'menu' }, [menuPrompt(translator(language), citizen.name)], language);
  }
  if (typed && languageWords.has(typed)) return turn({ kind: 'language' }, [languagePrompt(t)]);
  if (!state.language) return turn({ kind: 'language' }, [languagePrompt(t)]);
  const language = state.language;
  if (typed && menuWords.has(typed)) return turn({ kind: 'menu' }, [menuPrompt(t, citizen.name)]);
  if (typed && helpWords.has(typed)) {
    const again = await repeat(state, citizen, t);
    return { ...again, replies: [text(t('help.body')), ...again.replies] };
  }
  if (input.kind === 'choice' && input.id.startsWith('menu:'))
    return openMenuItem(input.id, state, citizen, t);

  const screen = state.screen;
  switch (screen.kind) {
    case 'language':
      return turn(screen, [languagePrompt(t, t('reprompt.needChoice'))]);
    case 'menu':
      return turn(screen, [menuPrompt(t, citizen.name, t('reprompt.needChoice'))]);
    case 'flow': {
      const flow = flows[screen.flow];
      if (!flow) return turn({ kind: 'menu' }, [menuPrompt(t, citizen.name, t('session.reset'))]);
      const next = continueFlow(flow, screen, input, { t, language });
      return {
        state: { language, screen: next.screen ?? { kind: 'menu' } },
        replies: next.replies,
        commands: next.commands,
      };
    }
    case 'complaints':
    case 'complaint':
    case 'rate':
    case 'comment':
      return complaintActions(screen, input, { t, language, citizen, moreId: moreOptionId });
    case 'bills-waiting':
    case 'consumer-number':
    case 'bills':
    case 'bill':
    case 'receipts-waiting':
      return billScreens(screen, input, { t, language });
  }
}

async function openMenuItem(id: string, state: SessionState, citizen: Citizen, t: Translate): Promise<Turn> {
  const language = state.language!;
  switch (id) {
    case 'menu:file': {
      const started = startFlow(fileComplaint, { t, language });
      return { state: { language, screen: started.screen! }, replies: started.replies, commands: [] };
    }
    case 'menu:mine':
      return showComplaints(0, { t, language, citizen, moreId: moreOptionId });
    case 'menu:bill':
      return startBills({ t, language });
    case 'menu:receipts':
      return startReceipts({ t, language });
    case 'menu:language':
      return {
        state: { language, screen: { kind: 'language' } },
        replies: [languagePrompt(t)],
        commands: [],
      };
    default:
      return {
        state: { language, screen: { kind: 'menu' } },
        replies: [menuPrompt(t, citizen.name)],
        commands: [],
      };
  }
}

/** The current question again, for "help" and for a conversation resumed after a break. */
async function repeat(state: SessionState, citizen: Citizen, t: Translate): Promise<Turn> {
  const screen = state.screen;
  const language = state.language ?? 'en';
  const same = (reply: Reply): Turn => ({ state, replies: [reply], commands: [] });
  switch (screen.kind) {
    case 'language':
      return same(languagePrompt(t));
    case 'menu':
      return same(menuPrompt(t, citizen.name));
    case 'flow': {
      const flow = flows[screen.flow];
      return flow ? same(promptFor(flow, screen, { t, language })) : same(menuPrompt(t, citizen.name));
    }
    case 'complaints':
      return showComplaints(screen.page, { t, language, citizen, moreId: moreOptionId });
    case 'complaint':
    case 'rate':
    case 'comment':
      return showComplaint(screen.number, { t, language, citizen, moreId: moreOptionId });
    case 'bills':
    case 'bill':
    case 'consumer-number':
      return billScreens(screen, { kind: 'other', what: 'help' }, { t, language });
    case 'bills-waiting':
    case 'receipts-waiting':
      return same(menuPrompt(t, citizen.name));
  }
}
