import type {
  BillSummary,
  BillsListed,
  PaymentLinkCreated,
  PaymentLinkRefused,
  ReceiptsListed,
} from '@seva/contracts';
import type { Language } from '@seva/master-data';
import type { OutboundMessage } from '@seva/whatsapp';

/** Bumped whenever the shape of a saved conversation changes; older snapshots are migrated or reset. */
export const sessionVersion = 1;

/** One option of a choice, as a list row or a reply button. */
export interface Option {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
}

export interface Photo {
  readonly mediaId: string;
  readonly mimeType: string;
}

export interface LocationPin {
  readonly latitude: number;
  readonly longitude: number;
}

/** Answers collected by a flow, by step id. */
export type Answers = Record<string, string | LocationPin | Photo[] | null>;

/** Where the citizen is in the conversation: this is what is saved between messages. */
export type Screen =
  | { readonly kind: 'language' }
  | { readonly kind: 'menu' }
  | {
      readonly kind: 'flow';
      readonly flow: string;
      readonly step: string;
      readonly answers: Answers;
      /** Options offered at this step (search results, a category's types), when they depend on what was typed. */
      readonly offered?: readonly Option[];
      readonly page?: number;
      /** Set while the citizen changes one answer from the summary: the flow returns to the summary after it. */
      readonly editing?: boolean;
      /** Photos received so far at a photos step. */
      readonly photos?: readonly Photo[];
    }
  | { readonly kind: 'complaints'; readonly page: number }
  | { readonly kind: 'complaint'; readonly number: string }
  | { readonly kind: 'rate'; readonly number: string }
  | { readonly kind: 'comment'; readonly number: string }
  /** Waiting for bill-payment's answer about the citizen's bills. */
  | { readonly kind: 'bills-waiting'; readonly consumerNumber?: string }
  | { readonly kind: 'consumer-number' }
  | { readonly kind: 'bills'; readonly bills: readonly BillSummary[] }
  | { readonly kind: 'bill'; readonly bill: BillSummary }
  | { readonly kind: 'receipts-waiting' };

export interface SessionState {
  readonly language: Language | null;
  readonly screen: Screen;
}

/** A citizen's message, reduced to what the engine reacts to. */
export type Input =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'choice'; readonly id: string; readonly title: string }
  | { readonly kind: 'location'; readonly pin: LocationPin }
  | { readonly kind: 'photo'; readonly photo: Photo }
  | { readonly kind: 'other'; readonly what: string }
  /** Another service's answer to a command this conversation sent. */
  | { readonly kind: 'billing'; readonly reply: BillingReply };

export type BillingReply =
  | { readonly type: 'billing.bills-listed'; readonly value: BillsListed }
  | { readonly type: 'billing.payment-link-created'; readonly value: PaymentLinkCreated }
  | { readonly type: 'billing.payment-link-refused'; readonly value: PaymentLinkRefused }
  | { readonly type: 'billing.receipts-listed'; readonly value: ReceiptsListed };

/** A message to send back. `template` is what goes instead once the 24-hour window has closed. */
export interface Reply {
  readonly message: OutboundMessage;
  readonly template?: { readonly name: string; readonly parameters: readonly string[] };
}

/** A command for another service, decided by the conversation. */
export type Command =
  | { readonly kind: 'file-complaint'; readonly answers: Answers }
  | {
      readonly kind: 'citizen-action';
      readonly number: string;
      readonly action: 'REOPEN' | 'RATE' | 'COMMENT';
      readonly rating?: number;
      readonly comment?: string;
    }
  | { readonly kind: 'request-bills'; readonly consumerNumber: string | null }
  | { readonly kind: 'request-payment-link'; readonly billNumber: string }
  | { readonly kind: 'request-receipts' }
  | { readonly kind: 'choose-reminders'; readonly stopped: boolean };

export interface Turn {
  readonly state: SessionState;
  readonly replies: Reply[];
  readonly commands: Command[];
}
