import { eventually } from '@seva/testkit';
import { businessNumberId } from './platform.js';

interface Recorded {
  direction: 'citizen' | 'business';
  seq: number;
  message: Record<string, any>;
  status?: string;
}

export interface Option {
  id: string;
  title: string;
}

/** The words a business message shows: its text, its interactive body, or its template and parameters. */
export function shownText(message: Record<string, any>): string {
  if (message.type === 'text') return message.text.body;
  if (message.type === 'interactive') return message.interactive.body.text;
  if (message.type === 'template') {
    const parameters =
      message.template.components?.flatMap((c: any) => c.parameters?.map((p: any) => p.text) ?? []) ?? [];
    return `[template ${message.template.name}] ${parameters.join(' | ')}`;
  }
  return `[${message.type}]`;
}

/** A citizen on the simulator's phone: sends through the simulator and reads the replies it recorded. */
export class SimCitizen {
  /** Messages this citizen sent. */
  sent = 0;
  private read = 0;

  constructor(
    private readonly simulatorUrl: string,
    readonly waId: string,
    private readonly name = 'Citizen',
  ) {}

  text(text: string, replies = 1) {
    return this.send({ text }, replies);
  }

  async tap(id: string, replies = 1) {
    const option = (await this.options()).find((candidate) => candidate.id === id);
    if (!option) throw new Error(`no option ${id} among ${JSON.stringify(await this.options())}`);
    return this.send({ reply: option }, replies);
  }

  location(latitude: number, longitude: number, replies = 1) {
    return this.send({ location: { latitude, longitude } }, replies);
  }

  photo(bytes: Buffer, replies = 1) {
    return this.send(
      { media: { kind: 'image', mimeType: 'image/jpeg', base64: bytes.toString('base64') } },
      replies,
    );
  }

  /** Gives a missed call to the business number's phone line and waits for the given number of replies. */
  async missedCall(replies = 1): Promise<string[]> {
    const response = await fetch(`${this.simulatorUrl}/_sim/citizens/${this.waId}/missed-call`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    const answer = (await response.json()) as { gatewayStatus: number };
    if (answer.gatewayStatus !== 200) throw new Error(`missed call failed: ${JSON.stringify(answer)}`);
    return this.waitForReplies(replies);
  }

  /** Sends one message and waits for the given number of new replies; returns their texts. */
  async send(body: Record<string, unknown>, replies = 1): Promise<string[]> {
    const response = await fetch(`${this.simulatorUrl}/_sim/citizens/${this.waId}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ businessNumberId, name: this.name, ...body }),
    });
    const answer = (await response.json()) as { gatewayStatus: number };
    if (response.status !== 200 || answer.gatewayStatus !== 200)
      throw new Error(`send failed: ${JSON.stringify(answer)}`);
    this.sent++;
    return this.waitForReplies(replies);
  }

  async waitForReplies(count: number, timeoutMs = 30000): Promise<string[]> {
    const fresh = await eventually(
      async () => {
        const business = await this.businessMessages();
        if (business.length < this.read + count)
          throw new Error(`waiting for ${count} replies; have ${business.length - this.read}`);
        return business.slice(this.read, this.read + count);
      },
      timeoutMs,
      100,
    );
    this.read += count;
    return fresh.map((entry) => shownText(entry.message));
  }

  async businessMessages(): Promise<Recorded[]> {
    const response = await fetch(
      `${this.simulatorUrl}/_sim/citizens/${this.waId}/messages?businessNumberId=${businessNumberId}`,
    );
    const { messages } = (await response.json()) as { messages: Recorded[] };
    return messages.filter((entry) => entry.direction === 'business');
  }

  /** Buttons or list rows of the last reply. */
  async options(): Promise<Option[]> {
    const last = (await this.businessMessages()).at(-1)?.message;
    if (last?.type !== 'interactive') return [];
    const action = last.interactive.action;
    return (
      action.buttons?.map((button: any) => button.reply) ??
      action.sections?.flatMap((section: any) => section.rows) ??
      []
    );
  }
}
