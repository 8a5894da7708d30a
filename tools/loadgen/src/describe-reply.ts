import { createHash } from 'node:crypto';

/** What the harness keeps of a business message: enough to check it answers the right turn, not its text. */
export interface ReplyTag {
  /** text, interactive, template... */
  readonly type: string;
  /** Ids of its reply buttons or list rows. */
  readonly options: readonly string[];
  /** Of the whole message: two equal hashes are the same message (a repeat, or the same screen shown twice). */
  readonly hash: string;
  /** Start of its body, for the report's examples of mismatches. */
  readonly preview: string;
}

interface Interactive {
  body?: { text?: string };
  action?: {
    buttons?: Array<{ reply?: { id?: string } }>;
    sections?: Array<{ rows?: Array<{ id?: string }> }>;
  };
}

/** Reduces a business message as the simulator recorded it (the send request's body) to its tag. */
export function describeReply(message: Record<string, unknown>): ReplyTag {
  const type = String(message.type ?? 'unknown');
  const hash = createHash('sha1').update(JSON.stringify(message)).digest('base64').slice(0, 16);
  if (type === 'interactive') {
    const interactive = message.interactive as Interactive;
    const options = [
      ...(interactive.action?.buttons ?? []).map((button) => button.reply?.id ?? ''),
      ...(interactive.action?.sections ?? [])
        .flatMap((section) => section.rows ?? [])
        .map((row) => row.id ?? ''),
    ];
    return { type, options, hash, preview: (interactive.body?.text ?? '').slice(0, 60) };
  }
  if (type === 'text')
    return {
      type,
      options: [],
      hash,
      preview: String((message.text as { body?: string }).body ?? '').slice(0, 60),
    };
  return { type, options: [], hash, preview: `[${type}]` };
}
