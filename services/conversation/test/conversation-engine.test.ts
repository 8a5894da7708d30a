import { describe, expect, it } from 'vitest';
import { type Citizen, handleMessage, initialState } from '../src/engine/handle-message.js';
import type { Input, Reply, SessionState, Turn } from '../src/engine/types.js';
import type { ComplaintSummary } from '../src/screens/my-complaints.js';

const day = 24 * 60 * 60 * 1000;
const now = new Date('2026-11-24T10:00:00Z');

/** A citizen typing and tapping through the engine, with every reply kept. */
class Chat {
  state: SessionState = initialState;
  turns: Turn[] = [];
  sent = 0;

  constructor(private readonly complaints: ComplaintSummary[] = []) {}

  async say(input: Input | string): Promise<Turn> {
    const citizen: Citizen = { name: 'Gurpreet', now, complaints: async () => this.complaints };
    const turn = await handleMessage(
      this.state,
      typeof input === 'string' ? { kind: 'text', text: input } : input,
      citizen,
    );
    this.sent++;
    this.state = turn.state;
    this.turns.push(turn);
    return turn;
  }

  /** Taps the reply button or list row whose id matches. */
  tap(pattern: RegExp | string): Promise<Turn> {
    const option = this.options().find((o) =>
      typeof pattern === 'string' ? o.id === pattern : pattern.test(o.id),
    );
    if (!option) throw new Error(`no option ${pattern} in ${JSON.stringify(this.options())}`);
    return this.say({ kind: 'choice', id: option.id, title: option.title });
  }

  options(): Array<{ id: string; title: string }> {
    const last = this.turns.at(-1)?.replies.at(-1)?.message;
    if (last?.type !== 'interactive') return [];
    const action = last.interactive.action as {
      buttons?: Array<{ reply: { id: string; title: string } }>;
      sections?: Array<{ rows: Array<{ id: string; title: string }> }>;
    };
    return action.buttons?.map((b) => b.reply) ?? action.sections?.flatMap((s) => s.rows) ?? [];
  }

  lastText(): string {
    return bodyOf(this.turns.at(-1)!.replies.at(-1)!);
  }
}

const bodyOf = (reply: Reply): string =>
  reply.message.type === 'text'
    ? reply.message.text.body
    : reply.message.type === 'interactive'
      ? reply.message.interactive.body.text
      : '';

describe('filing a complaint in chat', () => {
  it.each([
    ['pa', 'ਗਲੀ ਵਿੱਚ ਸਟ੍ਰੀਟ ਲਾਈਟ ਨਹੀਂ ਜਗਦੀ', 'ਸ਼ਿਕਾਇਤ'],
    ['hi', 'गली की स्ट्रीट लाइट नहीं जल रही है', 'शिकायत'],
    ['or', 'ଗଳିରେ ଷ୍ଟ୍ରିଟ ଲାଇଟ ଜଳୁନାହିଁ', 'ଅଭିଯୋଗ'],
    ['en', 'The street light near the gurdwara is not working', 'complaint'],
  ])('in %s, with description, photo and pin, within 12 messages', async (language, description, word) => {
    const chat = new Chat();
    await chat.say('hi');
    await chat.tap(`lang:${language}`);
    await chat.tap('menu:file');
    await chat.say('amritsar');
    await chat.say(description);
    const proposed = chat.options();
    expect(proposed[0]?.id).toBe('StreetLightNotWorking');
    await chat.tap('StreetLightNotWorking');
    await chat.say('green avenue');
    await chat.say({ kind: 'location', pin: { latitude: 31.64, longitude: 74.87 } });
    await chat.say({ kind: 'photo', photo: { mediaId: 'm1', mimeType: 'image/jpeg' } });
    await chat.tap('done');
    expect(chat.options().map((o) => o.id)).toEqual(['submit', 'edit', 'cancel']);
    const submitted = await chat.tap('submit');
    expect(chat.sent).toBeLessThanOrEqual(12);
    expect(submitted.commands).toEqual([
      {
        kind: 'file-complaint',
        answers: {
          city: 'pb.amritsar',
          description,
          type: 'StreetLightNotWorking',
          locality: expect.any(String),
          location: { latitude: 31.64, longitude: 74.87 },
          photos: [{ mediaId: 'm1', mimeType: 'image/jpeg' }],
        },
      },
    ]);
    expect(chat.state.screen).toEqual({ kind: 'menu' });
    expect(chat.turns.some((t) => t.replies.some((r) => bodyOf(r).includes(word)))).toBe(true);
  });

  it('re-asks politely on a sticker, a photo where text was asked, and nonsense', async () => {
    const chat = new Chat();
    await chat.say('hi');
    await chat.tap('lang:en');
    await chat.tap('menu:file');
    await chat.say({ kind: 'other', what: 'sticker' });
    expect(chat.lastText()).toMatch(/did not understand[\s\S]*city/);
    await chat.say('xqzvv');
    expect(chat.lastText()).toMatch(/could not find a city/);
    await chat.say('jalandar');
    await chat.say({ kind: 'photo', photo: { mediaId: 'm', mimeType: 'image/jpeg' } });
    expect(chat.lastText()).toMatch(/type your answer[\s\S]*describe/i);
    expect(chat.state.screen).toMatchObject({
      kind: 'flow',
      step: 'description',
      answers: { city: 'pb.jalandhar' },
    });
  });

  it('lets the citizen change an answer from the summary, and a new city asks the locality again', async () => {
    const chat = new Chat();
    await chat.say('hi');
    await chat.tap('lang:en');
    await chat.tap('menu:file');
    await chat.say('amritsar');
    await chat.say('Garbage has not been collected for a week');
    await chat.tap(chat.options()[0]!.id);
    await chat.say('green avenue');
    await chat.tap('skip');
    await chat.tap('skip');
    await chat.tap('edit');
    await chat.tap('city');
    await chat.say('phagwara');
    expect(chat.state.screen).toMatchObject({ kind: 'flow', step: 'locality', editing: true });
    await chat.say('chahal nagar');
    expect(chat.state.screen).toMatchObject({
      kind: 'flow',
      step: '$confirm',
      answers: { city: 'pb.phagwara' },
    });
  });

  it('offers "something else" and then every category and type', async () => {
    const chat = new Chat();
    await chat.say('hi');
    await chat.tap('lang:en');
    await chat.tap('menu:file');
    await chat.say('mohali');
    await chat.say('something is wrong in my street');
    await chat.tap('other');
    expect(chat.options().length).toBeGreaterThan(3);
    await chat.tap(chat.options()[0]!.id);
    await chat.tap(chat.options()[0]!.id);
    expect(chat.state.screen).toMatchObject({ kind: 'flow', step: 'locality' });
  });

  it('goes back to the menu on "menu", "0" or "hi" from anywhere and explains on "help"', async () => {
    const chat = new Chat();
    await chat.say('hi');
    await chat.tap('lang:hi');
    await chat.tap('menu:file');
    await chat.say('help');
    expect(chat.turns.at(-1)!.replies).toHaveLength(2);
    expect(chat.state.screen).toMatchObject({ kind: 'flow', step: 'city' });
    await chat.say('0');
    expect(chat.state.screen).toEqual({ kind: 'menu' });
    await chat.say('language');
    expect(chat.state.screen).toEqual({ kind: 'language' });
  });
});

describe('my complaints', () => {
  const complaint = (number: string, status: string, updatedDaysAgo: number): ComplaintSummary => ({
    number,
    status,
    complaintType: 'StreetLightNotWorking',
    description: 'light',
    createdAt: new Date(now.getTime() - 20 * day),
    updatedAt: new Date(now.getTime() - updatedDaysAgo * day),
    history: [
      { action: 'FILE', toStatus: 'PENDINGFORASSIGNMENT', comment: null, at: now.getTime() - 20 * day },
    ],
  });

  it('lists open complaints first, then recently closed ones, and rates a resolved one', async () => {
    const chat = new Chat([
      complaint('PB-PGR-2026-11-01-000001', 'CLOSEDAFTERRESOLUTION', 3),
      complaint('PB-PGR-2026-11-02-000002', 'RESOLVED', 2),
      complaint('PB-PGR-2026-10-01-000003', 'CLOSEDAFTERREJECTION', 60),
    ]);
    await chat.say('hi');
    await chat.tap('lang:en');
    await chat.tap('menu:mine');
    expect(chat.options().map((o) => o.id)).toEqual([
      'complaint:PB-PGR-2026-11-02-000002',
      'complaint:PB-PGR-2026-11-01-000001',
    ]);
    await chat.tap('complaint:PB-PGR-2026-11-02-000002');
    expect(chat.options().map((o) => o.id)).toEqual(['act:reopen', 'act:rate', 'act:comment']);
    await chat.tap('act:rate');
    const rated = await chat.tap('rate:4');
    expect(rated.commands).toEqual([
      { kind: 'citizen-action', number: 'PB-PGR-2026-11-02-000002', action: 'RATE', rating: 4 },
    ]);
  });

  it('does not offer reopening after 10 days', async () => {
    const chat = new Chat([complaint('PB-PGR-2026-11-02-000002', 'RESOLVED', 11)]);
    await chat.say('hi');
    await chat.tap('lang:en');
    await chat.tap('menu:mine');
    await chat.tap('complaint:PB-PGR-2026-11-02-000002');
    expect(chat.options().map((o) => o.id)).toEqual(['act:rate', 'act:comment']);
  });
});
