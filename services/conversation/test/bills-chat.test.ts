import type { BillSummary } from '@seva/contracts';
import { describe, expect, it } from 'vitest';
import { handleMessage, initialState } from '../src/engine/handle-message.js';
import type { BillingReply, Input, Reply, SessionState, Turn } from '../src/engine/types.js';

const citizen = { name: 'Asha', now: new Date('2026-11-24T10:00:00Z'), complaints: async () => [] };
const ids = { requestId: 'r', businessNumberId: '100200300400500', citizenWaId: '919812345678' };
const bill = (number: string, service: 'WATER' | 'SEWERAGE', amountPaise: number): BillSummary => ({
  billNumber: number,
  consumerNumber: '1007345678',
  tenantId: 'pb.amritsar',
  service,
  period: '2026-10-01/2026-12-31',
  amountPaise,
  dueDate: '2026-12-15',
  taxHeads: [
    { code: service === 'WATER' ? 'WS_CHARGE' : 'SW_CHARGE', amountPaise: amountPaise - 5000 },
    { code: 'WS_TIME_PENALTY', amountPaise: 5000 },
  ],
});
const body = (reply: Reply) =>
  reply.message.type === 'text'
    ? reply.message.text.body
    : reply.message.type === 'interactive'
      ? reply.message.interactive.body.text
      : '';

async function play(inputs: Array<Input | string>): Promise<{ state: SessionState; turns: Turn[] }> {
  let state: SessionState = { ...initialState, language: 'en', screen: { kind: 'menu' } };
  const turns: Turn[] = [];
  for (const input of inputs) {
    const turn = await handleMessage(
      state,
      typeof input === 'string' ? { kind: 'text', text: input } : input,
      citizen,
    );
    state = turn.state;
    turns.push(turn);
  }
  return { state, turns };
}
const tap = (id: string): Input => ({ kind: 'choice', id, title: id });
const answer = (reply: BillingReply): Input => ({ kind: 'billing', reply });

describe('paying a water bill in chat', () => {
  it('lists the linked bills, shows one with its breakdown, and sends the payment link', async () => {
    const { state, turns } = await play([
      tap('menu:bill'),
      answer({
        type: 'billing.bills-listed',
        value: {
          ...ids,
          bills: [bill('WB-1', 'WATER', 125050), bill('SB-2', 'SEWERAGE', 40000)],
          reason: null,
        },
      }),
      tap('bill:WB-1'),
      tap('pay'),
      answer({
        type: 'billing.payment-link-created',
        value: {
          ...ids,
          billNumber: 'WB-1',
          paymentId: 'p1',
          url: 'http://127.0.0.1:3200/pay/plink_1',
          amountPaise: 125050,
          expiresAt: Date.parse('2026-11-24T11:00:00Z'),
        },
      }),
    ]);
    expect(turns[0]!.commands).toEqual([{ kind: 'request-bills', consumerNumber: null }]);
    expect(turns[0]!.replies).toEqual([]);
    const list = turns[1]!.replies[0]!.message;
    expect(list.type === 'interactive' && list.interactive.type).toBe('list');
    expect(body(turns[2]!.replies[0]!)).toMatch(
      /Water charges: ₹1,200.50[\s\S]*Penalty: ₹50.00[\s\S]*Total: ₹1,250.50/,
    );
    expect(turns[3]!.commands).toEqual([{ kind: 'request-payment-link', billNumber: 'WB-1' }]);
    expect(body(turns[4]!.replies[0]!)).toContain('http://127.0.0.1:3200/pay/plink_1');
    expect(state.screen).toEqual({ kind: 'menu' });
  });

  it('asks for a consumer number when none is linked, and explains one that is not the citizen’s', async () => {
    const { turns, state } = await play([
      tap('menu:bill'),
      answer({ type: 'billing.bills-listed', value: { ...ids, bills: [], reason: 'NO_LINKED_CONNECTIONS' } }),
      'not a number!',
      '1007-345678',
      answer({ type: 'billing.bills-listed', value: { ...ids, bills: [], reason: 'NOT_LINKED' } }),
    ]);
    expect(body(turns[1]!.replies[0]!)).toMatch(/consumer number/);
    expect(body(turns[2]!.replies[0]!)).toMatch(/does not look like a consumer number/);
    expect(turns[3]!.commands).toEqual([{ kind: 'request-bills', consumerNumber: '1007-345678' }]);
    expect(body(turns[4]!.replies[0]!)).toMatch(/1007-345678 is not linked/);
    expect(state.screen).toEqual({ kind: 'consumer-number' });
  });

  it('ignores a bill list the citizen stopped waiting for, but always passes on a payment link refusal', async () => {
    const { turns } = await play([
      tap('menu:bill'),
      'menu',
      answer({
        type: 'billing.bills-listed',
        value: { ...ids, bills: [bill('WB-1', 'WATER', 1000)], reason: null },
      }),
      answer({
        type: 'billing.payment-link-refused',
        value: { ...ids, billNumber: 'WB-1', reason: 'ALREADY_PAID' },
      }),
    ]);
    expect(turns[2]!.replies).toEqual([]);
    expect(body(turns[3]!.replies[0]!)).toMatch(/already paid/);
  });

  it('turns bill reminders off and on with STOP and START', async () => {
    const { turns, state } = await play(['STOP', 'start']);
    expect(body(turns[0]!.replies[0]!)).toMatch(/not get bill reminders/);
    expect(body(turns[1]!.replies[0]!)).toMatch(/on again/);
    expect(turns.map((turn) => turn.commands)).toEqual([
      [{ kind: 'choose-reminders', stopped: true }],
      [{ kind: 'choose-reminders', stopped: false }],
    ]);
    expect(state.screen).toEqual({ kind: 'menu' });
  });

  it('takes words that only look like built-in names as plain text', async () => {
    const { turns } = await play(['constructor', 'toString']);
    for (const turn of turns) expect(turn.commands).toEqual([]);
  });
});
