import type { Language } from '@seva/master-data';
import { choose, moreOptionId, text } from './compose.js';
import { type FlowDefinition, nextStep, type StepContext, type StepDefinition } from './flow.js';
import type { Translate } from './i18n.js';
import type { Answers, Command, Input, Option, Reply, Screen } from './types.js';

type FlowScreen = Extract<Screen, { kind: 'flow' }>;

/** Pseudo-steps every flow ends with: the summary to confirm, and the list of answers to change. */
const confirmStep = '$confirm';
const editStep = '$edit';

export interface FlowTurn {
  /** Null once the flow is over (submitted or cancelled). */
  readonly screen: FlowScreen | null;
  readonly replies: Reply[];
  readonly commands: Command[];
}

interface Context {
  readonly t: Translate;
  readonly language: Language;
}

const stepContext = (context: Context, answers: Answers): StepContext => ({ ...context, answers });

function at(flow: FlowDefinition, answers: Answers, editing: boolean): FlowScreen {
  const step = nextStep(flow, answers);
  return {
    kind: 'flow',
    flow: flow.id,
    step: step?.id ?? confirmStep,
    answers,
    ...(step && editing ? { editing } : {}),
  };
}

export function startFlow(flow: FlowDefinition, context: Context): FlowTurn {
  const screen = at(flow, {}, false);
  return { screen, replies: [promptFor(flow, screen, context)], commands: [] };
}

/** The question of the screen's step, with an optional line before it (why the last answer was not taken). */
export function promptFor(
  flow: FlowDefinition,
  screen: FlowScreen,
  context: Context,
  before?: string,
): Reply {
  const { t } = context;
  const lead = (body: string) => (before ? `${before}\n\n${body}` : body);
  if (screen.step === confirmStep) {
    return choose(
      lead(flow.summary(stepContext(context, screen.answers))),
      [
        { id: 'submit', title: t('complaint.submit') },
        { id: 'edit', title: t('complaint.edit') },
        { id: 'cancel', title: t('complaint.cancel') },
      ],
      t,
    );
  }
  if (screen.step === editStep) {
    return choose(
      lead(t('complaint.edit.pick')),
      editable(flow, screen.answers).map((step) => ({ id: step.id, title: t(step.label!) })),
      t,
    );
  }
  const step = stepOf(flow, screen);
  const sc = stepContext(context, screen.answers);
  switch (step.kind) {
    case 'choice': {
      const options = screen.offered ?? step.options?.(sc);
      const body = screen.offered && step.pick ? t(step.pick) : step.prompt(sc);
      return options ? choose(lead(body), options, t, screen.page ?? 0) : text(lead(body));
    }
    case 'text':
      return text(lead(step.prompt(sc)));
    case 'location':
      return choose(lead(step.prompt(sc)), [{ id: 'skip', title: t('common.skip') }], t);
    case 'photos': {
      const count = screen.photos?.length ?? 0;
      return count === 0
        ? choose(lead(step.prompt(sc)), [{ id: 'skip', title: t('common.skip') }], t)
        : choose(
            lead(t('complaint.photos.received', { count, max: step.max })),
            [{ id: 'done', title: t('common.done') }],
            t,
          );
    }
  }
}

/** Applies one citizen message to a flow: an answer moves it on, anything else re-asks the question. */
export function continueFlow(
  flow: FlowDefinition,
  screen: FlowScreen,
  input: Input,
  context: Context,
): FlowTurn {
  const { t } = context;
  const stay = (next: FlowScreen, before?: string): FlowTurn => ({
    screen: next,
    replies: [promptFor(flow, next, context, before)],
    commands: [],
  });
  const answer = (value: Answers[string]): FlowTurn => {
    const answers = { ...screen.answers, [screen.step]: value };
    return stay(at(flow, answers, screen.editing ?? false));
  };
  const reprompt = (key = 'reprompt.unexpected') => stay(screen, t(key));

  if (screen.step === confirmStep) {
    if (input.kind !== 'choice') return reprompt('reprompt.needChoice');
    if (input.id === 'submit') {
      return {
        screen: null,
        replies: [text(t(flow.submittedMessage))],
        commands: [flow.complete(screen.answers)],
      };
    }
    if (input.id === 'edit') return stay({ ...screen, step: editStep });
    if (input.id === 'cancel')
      return { screen: null, replies: [text(t('complaint.cancelled'))], commands: [] };
    return reprompt('reprompt.needChoice');
  }
  if (screen.step === editStep) {
    const step =
      input.kind === 'choice' ? editable(flow, screen.answers).find((s) => s.id === input.id) : undefined;
    if (!step) return reprompt('reprompt.needChoice');
    const answers = { ...screen.answers };
    for (const id of [step.id, ...(step.resets ?? [])]) delete answers[id];
    return stay({ kind: 'flow', flow: flow.id, step: step.id, answers, editing: true });
  }

  const step = stepOf(flow, screen);
  const sc = stepContext(context, screen.answers);
  switch (step.kind) {
    case 'choice': {
      const options = screen.offered ?? step.options?.(sc) ?? [];
      if (input.kind === 'choice') {
        if (input.id === moreOptionId) return stay({ ...screen, page: (screen.page ?? 0) + 1 });
        return options.some((option) => option.id === input.id)
          ? answer(input.id)
          : reprompt('reprompt.needChoice');
      }
      if (input.kind !== 'text')
        return reprompt(options.length > 0 ? 'reprompt.needChoice' : 'reprompt.unexpected');
      if (!step.search) {
        const typed = pickByText(options, input.text);
        return typed ? answer(typed.id) : reprompt('reprompt.needChoice');
      }
      const found = step.search(input.text, sc);
      if (found.options.length === 0) {
        if (step.acceptText?.(sc)) return answer(input.text);
        const { offered: _offered, page: _page, ...rest } = screen;
        return stay(rest, step.notFound?.(input.text, sc));
      }
      if (found.clear) return answer(found.options[0]!.id);
      return stay({ ...screen, offered: found.options, page: 0 });
    }
    case 'text': {
      if (input.kind !== 'text') return reprompt('reprompt.needText');
      if ([...input.text].length < step.minLength) return reprompt(step.tooShort);
      return answer([...input.text].slice(0, step.maxLength).join(''));
    }
    case 'location':
      if (input.kind === 'location') return answer(input.pin);
      if (input.kind === 'choice' && input.id === 'skip') return answer(null);
      return reprompt();
    case 'photos': {
      const photos = screen.photos ?? [];
      if (input.kind === 'photo') {
        const collected = [...photos, input.photo];
        if (collected.length < step.max) return stay({ ...screen, photos: collected });
        const next = answer(collected);
        return { ...next, replies: [text(t('complaint.photos.full', { max: step.max })), ...next.replies] };
      }
      if (input.kind === 'choice' && (input.id === 'done' || input.id === 'skip'))
        return answer(photos.length ? [...photos] : null);
      return reprompt();
    }
  }
}

function stepOf(flow: FlowDefinition, screen: FlowScreen): StepDefinition {
  const step = flow.steps.find((candidate) => candidate.id === screen.step);
  if (!step) throw new Error(`flow ${flow.id} has no step ${screen.step}`);
  return step;
}

/** Steps the citizen can change from the summary: the labelled ones that were asked. */
const editable = (flow: FlowDefinition, answers: Answers) =>
  flow.steps.filter((step) => step.label && (step.when?.(answers) ?? true));

/** A typed answer to a list: its number ("2") or the start of its title. */
function pickByText(options: readonly Option[], typed: string): Option | undefined {
  const wanted = typed.trim().toLocaleLowerCase();
  const byNumber = /^\d+$/.test(wanted) ? options[Number(wanted) - 1] : undefined;
  return byNumber ?? options.find((option) => option.title.toLocaleLowerCase().startsWith(wanted));
}
