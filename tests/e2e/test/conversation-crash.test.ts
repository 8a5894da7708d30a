import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Platform, startPlatform } from '../src/platform.js';
import { SimCitizen, shownText } from '../src/sim-citizen.js';
import { staffCall, staffToken } from '../src/staff.js';

describe('the conversation process dies after "submit" and before replying', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform({ conversationAsProcess: true });
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('files exactly one complaint and confirms it exactly once after the restart', async () => {
    const first = await platform.startConversationProcess();
    const description = 'Garbage has not been collected for a week';
    const citizen = new SimCitizen(
      platform.simulatorUrl,
      `9197${Math.floor(10_000_000 + Math.random() * 89_999_999)}`,
      'Asha',
    );
    await citizen.text('hi');
    await citizen.tap('lang:en');
    await citizen.tap('menu:file');
    await citizen.text('jalandhar');
    await citizen.text(description);
    await citizen.tap('GarbageNeedsTobeCleared');
    await citizen.text('model town');
    // Jalandhar has two localities of that name, in wards 26 and 27: the citizen picks one.
    await citizen.tap('JLC373');
    await citizen.tap('skip');
    await citizen.tap('skip');

    // Replaced, before the last tap, by a process that kills itself while handling "submit".
    const stopped = new Promise((resolve) => first.once('exit', resolve));
    first.kill('SIGTERM');
    await stopped;
    const crashing = await platform.startConversationProcess({ FAULT_CRASH_ON_INPUT: 'submit' });
    const died = new Promise<NodeJS.Signals | null>((resolve) =>
      crashing.once('exit', (_code, signal) => resolve(signal)),
    );
    await citizen.send({ reply: { id: 'submit', title: 'Submit' } }, 0);
    expect(await died).toBe('SIGKILL');

    await platform.startConversationProcess();
    const [submitted, filed] = await citizen.waitForReplies(2, 60000);
    expect(submitted).toMatch(/being registered/);
    const number = /[A-Z]{2}-PGR-\d{4}-\d{2}-\d{2}-\d{6}/.exec(filed!)?.[0];
    expect(number, filed).toBeDefined();

    await new Promise((resolve) => setTimeout(resolve, 3000));
    const confirmations = (await citizen.businessMessages()).filter((entry) =>
      shownText(entry.message).includes(number!),
    );
    expect(confirmations).toHaveLength(1);
    const gro = await staffToken({ sub: 'gro-2', roles: ['GRO'], tenants: ['pb.jalandhar'] });
    const listed = await staffCall(
      platform.grievanceUrl,
      gro,
      'GET',
      '/complaints?tenant=pb.jalandhar&pageSize=100',
    );
    expect(listed.status).toBe(200);
    expect(
      listed.body.items.filter((c: { description: string }) => c.description === description),
    ).toHaveLength(1);
  });
});
