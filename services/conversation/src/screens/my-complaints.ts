import { formatDate } from '@seva/i18n';
import { getComplaintType, type Language } from '@seva/master-data';
import { choose, text } from '../engine/compose.js';
import type { Citizen } from '../engine/handle-message.js';
import type { Translate } from '../engine/i18n.js';
import type { Input, Screen, Turn } from '../engine/types.js';

export interface HistoryEntry {
  readonly action: string;
  readonly toStatus: string;
  readonly comment: string | null;
  readonly at: number;
}

export interface ComplaintSummary {
  readonly number: string;
  readonly status: string;
  readonly complaintType: string;
  readonly description: string;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly history: readonly HistoryEntry[];
}

interface Context {
  readonly t: Translate;
  readonly language: Language;
  readonly citizen: Citizen;
  readonly moreId: string;
}

const closed = new Set(['CLOSEDAFTERRESOLUTION', 'CLOSEDAFTERREJECTION']);
const answered = new Set(['RESOLVED', 'REJECTED']);
const day = 24 * 60 * 60 * 1000;
/** A citizen may reopen a resolved or rejected complaint for this long, as in DIGIT's PGR. */
const reopenDays = 10;
/** Closed complaints stay in the list this long. */
const recentClosedDays = 30;

const typeName = (code: string, language: Language) => getComplaintType(code)?.names[language] ?? code;

/** Open complaints first, then those closed recently; each shows its status in the citizen's language. */
export async function showComplaints(
  page: number,
  { t, language, citizen }: Context,
  before?: string,
): Promise<Turn> {
  const now = citizen.now.getTime();
  const all = await citizen.complaints();
  const listed = [
    ...all.filter((c) => !closed.has(c.status)),
    ...all.filter((c) => closed.has(c.status) && now - c.updatedAt.getTime() < recentClosedDays * day),
  ];
  if (listed.length === 0)
    return {
      state: { language, screen: { kind: 'menu' } },
      replies: [text(t('myComplaints.none'))],
      commands: [],
    };
  const options = listed.map((c) => ({
    id: `complaint:${c.number}`,
    title: c.number,
    description: `${t(`status.${c.status}`)} · ${typeName(c.complaintType, language)}`,
  }));
  return {
    state: { language, screen: { kind: 'complaints', page } },
    replies: [
      choose(before ? `${before}\n\n${t('myComplaints.pick')}` : t('myComplaints.pick'), options, t, page),
    ],
    commands: [],
  };
}

/** A complaint's details and history, with what the citizen may do now. */
export async function showComplaint(number: string, context: Context, before?: string): Promise<Turn> {
  const { t, language, citizen } = context;
  const complaint = (await citizen.complaints()).find((c) => c.number === number);
  if (!complaint) return showComplaints(0, context);
  const history = complaint.history
    .map((entry) =>
      t('myComplaints.historyLine', {
        date: formatDate(entry.at, language),
        status: t(`status.${entry.toStatus}`),
        comment: entry.comment ?? 'none',
      }),
    )
    .join('\n');
  const details = t('myComplaints.details', {
    number: complaint.number,
    type: typeName(complaint.complaintType, language),
    status: t(`status.${complaint.status}`),
    filed: formatDate(complaint.createdAt, language),
    history,
  });
  const actions = [
    ...(answered.has(complaint.status) &&
    citizen.now.getTime() - complaint.updatedAt.getTime() < reopenDays * day
      ? [{ id: 'act:reopen', title: t('myComplaints.reopen') }]
      : []),
    ...(answered.has(complaint.status) ? [{ id: 'act:rate', title: t('myComplaints.rate') }] : []),
    ...(!closed.has(complaint.status) ? [{ id: 'act:comment', title: t('myComplaints.comment') }] : []),
  ];
  const body = before ? `${before}\n\n${details}` : details;
  return {
    state: { language, screen: { kind: 'complaint', number } },
    replies: actions.length > 0 ? [text(body), choose(t('myComplaints.actions'), actions, t)] : [text(body)],
    commands: [],
  };
}

const stars = [1, 2, 3, 4, 5];

const ratePrompt = (t: Translate, before?: string) =>
  choose(
    before ? `${before}\n\n${t('myComplaints.rate.prompt')}` : t('myComplaints.rate.prompt'),
    stars.map((n) => ({
      id: `rate:${n}`,
      title: t('myComplaints.rate.option', { stars: n }),
      description: '⭐'.repeat(n),
    })),
    t,
  );

/** The citizen's answer on one of the "my complaints" screens. */
export async function complaintActions(
  screen: Extract<Screen, { kind: 'complaints' | 'complaint' | 'rate' | 'comment' }>,
  input: Input,
  context: Context,
): Promise<Turn> {
  const { t, language } = context;
  const done = (command: Turn['commands'][number]): Turn => ({
    state: { language, screen: { kind: 'menu' } },
    replies: [text(t('myComplaints.requested'))],
    commands: [command],
  });
  switch (screen.kind) {
    case 'complaints':
      if (input.kind === 'choice' && input.id === context.moreId)
        return showComplaints(screen.page + 1, context);
      if (input.kind === 'choice' && input.id.startsWith('complaint:'))
        return showComplaint(input.id.slice(10), context);
      return showComplaints(screen.page, context, t('reprompt.needChoice'));
    case 'complaint':
      if (input.kind === 'choice' && input.id === 'act:reopen')
        return done({ kind: 'citizen-action', number: screen.number, action: 'REOPEN' });
      if (input.kind === 'choice' && input.id === 'act:rate') {
        return {
          state: { language, screen: { kind: 'rate', number: screen.number } },
          replies: [ratePrompt(t)],
          commands: [],
        };
      }
      if (input.kind === 'choice' && input.id === 'act:comment') {
        return {
          state: { language, screen: { kind: 'comment', number: screen.number } },
          replies: [text(t('myComplaints.comment.prompt'))],
          commands: [],
        };
      }
      return showComplaint(screen.number, context, t('reprompt.needChoice'));
    case 'rate': {
      const value =
        input.kind === 'choice'
          ? input.id.replace('rate:', '')
          : input.kind === 'text'
            ? input.text.trim()
            : '';
      const rating = Number(value);
      if (stars.includes(rating))
        return done({ kind: 'citizen-action', number: screen.number, action: 'RATE', rating });
      return {
        state: { language, screen },
        replies: [ratePrompt(t, t('reprompt.needChoice'))],
        commands: [],
      };
    }
    case 'comment':
      if (input.kind === 'text')
        return done({
          kind: 'citizen-action',
          number: screen.number,
          action: 'COMMENT',
          comment: input.text.slice(0, 1000),
        });
      return {
        state: { language, screen },
        replies: [text(`${t('reprompt.needText')}\n\n${t('myComplaints.comment.prompt')}`)],
        commands: [],
      };
  }
}
