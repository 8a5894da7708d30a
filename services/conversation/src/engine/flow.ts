import type { Language } from '@seva/master-data';
import type { Translate } from './i18n.js';
import type { Answers, Command, Option } from './types.js';

export interface StepContext {
  readonly t: Translate;
  readonly language: Language;
  readonly answers: Answers;
}

interface BaseStep {
  readonly id: string;
  /** Message key of the field's name, for the summary's "change something" list. */
  readonly label?: string;
  /** The step is asked only when this holds (e.g. browsing categories after "something else"). */
  readonly when?: (answers: Answers) => boolean;
  /** Answers that no longer hold once this one changes (a new city needs a new locality). */
  readonly resets?: readonly string[];
  readonly prompt: (context: StepContext) => string;
}

/**
 * Pick one option: from `options` (browsed as a paged list), or by typing, matched by `search`. A search with
 * one clear result takes it; several are offered as a list; none re-prompts.
 */
export interface ChoiceStep extends BaseStep {
  readonly kind: 'choice';
  readonly options?: (context: StepContext) => Option[];
  readonly search?: (query: string, context: StepContext) => { options: Option[]; clear: boolean };
  /** Message key of the question over a list of search results. */
  readonly pick?: string;
  readonly notFound?: (query: string, context: StepContext) => string;
  /** Typed text is taken as the answer when nothing matches (a locality the master data does not know). */
  readonly acceptText?: (context: StepContext) => boolean;
}

export interface TextStep extends BaseStep {
  readonly kind: 'text';
  readonly minLength: number;
  readonly maxLength: number;
  readonly tooShort: string;
}

export interface LocationStep extends BaseStep {
  readonly kind: 'location';
}

export interface PhotosStep extends BaseStep {
  readonly kind: 'photos';
  readonly max: number;
}

export type StepDefinition = ChoiceStep | TextStep | LocationStep | PhotosStep;

/** A service as data: the questions, the summary, and the command sent once the citizen confirms. */
export interface FlowDefinition {
  readonly id: string;
  readonly steps: readonly StepDefinition[];
  readonly summary: (context: StepContext) => string;
  readonly complete: (answers: Answers) => Command;
  readonly submittedMessage: string;
}

/** The first step still to answer, or null when only the confirmation is left. */
export function nextStep(flow: FlowDefinition, answers: Answers): StepDefinition | null {
  return flow.steps.find((step) => (step.when?.(answers) ?? true) && !(step.id in answers)) ?? null;
}
