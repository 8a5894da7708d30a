import { EventEmitter } from 'node:events';
import type { WebhookError, WebhookMessage } from '@seva/whatsapp';

export type DeliveryStatus = 'sent' | 'delivered' | 'read' | 'failed';

interface EntryBase {
  /** Position in the recording, shared by both directions and increasing: what `since` refers to. */
  readonly seq: number;
  /** wamid. */
  readonly id: string;
  readonly businessNumberId: string;
  readonly waId: string;
  /** Unix milliseconds. */
  readonly at: number;
}

/** A message the citizen sent, as its webhook carried it, and what the gateway answered. */
export interface CitizenEntry extends EntryBase {
  readonly direction: 'citizen';
  readonly name: string;
  readonly message: WebhookMessage;
  /** HTTP status and body of the gateway's answer; status null while pending or when unreachable. */
  gateway: { status: number | null; body?: unknown; error?: string };
}

/** The send request body without its envelope (`messaging_product`, `recipient_type`, `to`). */
export type BusinessMessage = { type: string; context?: { message_id: string } } & Record<string, unknown>;

/** A message the business sent through the Graph API, with its delivery as reported by status webhooks. */
export interface BusinessEntry extends EntryBase {
  readonly direction: 'business';
  readonly message: BusinessMessage;
  status: 'accepted' | DeliveryStatus;
  readonly statuses: Array<{ status: DeliveryStatus; at: number }>;
  errors: WebhookError[];
  /** biz_opaque_callback_data of the send request: echoed in every status webhook of the message. */
  readonly callbackData: string | null;
}

export type Entry = CitizenEntry | BusinessEntry;

type NewEntry<E extends Entry> = E extends Entry ? Omit<E, 'seq'> : never;

/** Recordings are kept in memory; past this count the oldest tenth goes, so a long load run cannot exhaust it. */
const entriesMax = 100_000;

const conversationKey = (businessNumberId: string, waId: string) => `${businessNumberId}:${waId}`;

/**
 * Every message exchanged, in order, per conversation and as one log. Listeners hear of each new entry and of
 * each change to one (gateway answer, delivery status), with the entry as it now is.
 */
export class ConversationStore {
  private seq = 0;
  private readonly log: Entry[] = [];
  private readonly byId = new Map<string, Entry>();
  private readonly conversations = new Map<string, Entry[]>();
  private readonly changes = new EventEmitter().setMaxListeners(0);

  add<E extends Entry>(input: NewEntry<E>): E {
    // TypeScript cannot follow a spread through the generic: the input plus its seq is the entry.
    const entry = { ...input, seq: ++this.seq } as unknown as E;
    this.log.push(entry);
    this.byId.set(entry.id, entry);
    const key = conversationKey(entry.businessNumberId, entry.waId);
    const conversation = this.conversations.get(key);
    if (conversation) conversation.push(entry);
    else this.conversations.set(key, [entry]);
    if (this.log.length > entriesMax) this.dropOldest(entriesMax / 10);
    this.changes.emit('entry', entry);
    return entry;
  }

  /** Applies `change` to a recorded entry and tells listeners; false when the entry is unknown (or dropped). */
  update<E extends Entry>(id: string, direction: E['direction'], change: (entry: E) => void): boolean {
    const entry = this.byId.get(id);
    if (entry?.direction !== direction) return false;
    change(entry as E);
    this.changes.emit('entry', entry);
    return true;
  }

  get(id: string): Entry | undefined {
    return this.byId.get(id);
  }

  conversation(businessNumberId: string, waId: string): readonly Entry[] {
    return this.conversations.get(conversationKey(businessNumberId, waId)) ?? [];
  }

  /** Business messages recorded after `since`, oldest first, at most `limit`. */
  businessMessagesSince(since: number, limit: number): BusinessEntry[] {
    // seq increases along the log, so the first entry after `since` is found by bisection.
    let low = 0;
    let high = this.log.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.log[middle]!.seq <= since) low = middle + 1;
      else high = middle;
    }
    const found: BusinessEntry[] = [];
    for (let i = low; i < this.log.length && found.length < limit; i++) {
      const entry = this.log[i]!;
      if (entry.direction === 'business') found.push(entry);
    }
    return found;
  }

  /** Calls `listener` with every new or changed entry until the returned function is called. */
  subscribe(listener: (entry: Entry) => void): () => void {
    this.changes.on('entry', listener);
    return () => this.changes.off('entry', listener);
  }

  /** Forgets every message; sequence numbers go on increasing, so a poller's `since` stays meaningful. */
  clear(): void {
    this.log.length = 0;
    this.byId.clear();
    this.conversations.clear();
  }

  private dropOldest(count: number): void {
    for (const entry of this.log.splice(0, count)) {
      this.byId.delete(entry.id);
      const key = conversationKey(entry.businessNumberId, entry.waId);
      const conversation = this.conversations.get(key);
      // Entries of a conversation are in log order, so the dropped one is its first.
      conversation?.shift();
      if (conversation?.length === 0) this.conversations.delete(key);
    }
  }
}
