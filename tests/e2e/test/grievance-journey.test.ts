import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventually, repoRoot, testInfra } from '@seva/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Platform, startPlatform } from '../src/platform.js';
import { SimCitizen } from '../src/sim-citizen.js';
import { staffCall, staffToken } from '../src/staff.js';

const catalogue = (language: string) =>
  JSON.parse(
    readFileSync(join(repoRoot, `services/conversation/messages/${language}.json`), 'utf8'),
  ) as Record<string, string>;

/** A small JPEG-looking photo; its bytes are what the gateway must store and name by hash. */
const photo = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
  Buffer.from('street light photo'),
  Buffer.from([0xff, 0xd9]),
]);

const descriptions: Record<string, string> = {
  pa: 'ਗਲੀ ਵਿੱਚ ਸਟ੍ਰੀਟ ਲਾਈਟ ਨਹੀਂ ਜਗਦੀ',
  hi: 'गली की स्ट्रीट लाइट नहीं जल रही है',
  or: 'ଗଳିରେ ଷ୍ଟ୍ରିଟ ଲାଇଟ ଜଳୁନାହିଁ',
  en: 'The street light near the gurdwara is not working',
};

describe('a citizen files a complaint on WhatsApp and staff resolve it', () => {
  let platform: Platform;
  let partner: ChildProcess;
  /** Lines the example partner consumer printed, one per complaint change. */
  const partnerLines: string[] = [];
  const counts: Record<string, number> = {};

  beforeAll(async () => {
    platform = await startPlatform();
    const { kafkaBrokers } = await testInfra();
    // The example partner department's consumer, run as partners would run it.
    partner = spawn(process.execPath, [join(repoRoot, 'examples/partner-consumer/dist/main.js')], {
      env: {
        PATH: process.env.PATH,
        KAFKA_BROKERS: kafkaBrokers.join(','),
        KAFKA_NAMESPACE: platform.namespace,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let pending = '';
    partner.stdout!.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop()!;
      partnerLines.push(...lines);
    });
  });

  afterAll(async () => {
    partner?.kill('SIGTERM');
    await platform?.stop();
    console.log(`citizen messages to file a complaint: ${JSON.stringify(counts)}`);
  });

  it('answers a missed call from a new number with the welcome template, once in the quiet period', async () => {
    const caller = new SimCitizen(
      platform.simulatorUrl,
      `9196${Math.floor(10_000_000 + Math.random() * 89_999_999)}`,
    );
    const [welcome] = await caller.missedCall();
    expect(welcome).toBe('[template seva_welcome] ');
    await caller.missedCall(0);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(await caller.businessMessages()).toHaveLength(1);
    const [languages] = await caller.text('hi');
    expect(languages).toMatch(/choose your language/);
  });

  it.each(['pa', 'hi', 'or', 'en'])(
    'in %s: files with description, photo and pin, gets updates, rates it and it closes',
    async (language) => {
      const t = catalogue(language);
      const citizen = new SimCitizen(
        platform.simulatorUrl,
        `9198${Math.floor(10_000_000 + Math.random() * 89_999_999)}`,
        'Gurpreet',
      );

      await citizen.text('hi');
      await citizen.tap(`lang:${language}`);
      await citizen.tap('menu:file');
      await citizen.text('amritsar');
      await citizen.text(descriptions[language]!);
      await citizen.tap('StreetLightNotWorking');
      await citizen.text('green avenue');
      await citizen.location(31.6413, 74.8768);
      await citizen.photo(photo);
      await citizen.tap('done');
      const [submitted, filed] = await citizen.tap('submit', 2);
      counts[language] = citizen.sent;
      expect(citizen.sent).toBeLessThanOrEqual(12);
      expect(submitted).toBe(t['complaint.submitted']);
      const number = /[A-Z]{2}-PGR-\d{4}-\d{2}-\d{2}-\d{6}/.exec(filed!)?.[0];
      expect(number, filed).toBeDefined();

      const gro = await staffToken({ sub: 'gro-1', roles: ['GRO'], tenants: ['pb.amritsar'] });
      const lme = await staffToken({ sub: 'lme-7', roles: ['LME'], tenants: ['pb.amritsar'] });
      const filedComplaint = await staffCall(platform.grievanceUrl, gro, 'GET', `/complaints/${number}`);
      expect(filedComplaint.status).toBe(200);
      expect(filedComplaint.body).toMatchObject({
        number,
        status: 'PENDINGFORASSIGNMENT',
        description: descriptions[language],
        latitude: 31.6413,
      });
      const photoKey = `media/${createHash('sha256').update(photo).digest('hex').slice(0, 2)}/${createHash('sha256').update(photo).digest('hex')}.jpg`;
      expect(JSON.stringify(filedComplaint.body)).toContain(photoKey);

      expect(
        (
          await staffCall(platform.grievanceUrl, gro, 'POST', `/complaints/${number}/actions`, {
            action: 'ASSIGN',
            assignee: 'lme-7',
          })
        ).status,
      ).toBe(200);
      const [assigned] = await citizen.waitForReplies(1);
      expect(assigned).toContain(t['status.PENDINGATLME']);
      expect(
        (
          await staffCall(platform.grievanceUrl, lme, 'POST', `/complaints/${number}/actions`, {
            action: 'RESOLVE',
            comment: 'bulb replaced',
          })
        ).status,
      ).toBe(200);
      const [resolved] = await citizen.waitForReplies(1);
      expect(resolved).toContain(t['status.RESOLVED']);

      await citizen.text('menu');
      await citizen.tap('menu:mine');
      await citizen.tap(`complaint:${number}`, 2);
      await citizen.tap('act:rate');
      await citizen.tap('rate:4');
      const closed = await (async () => {
        for (let i = 0; i < 100; i++) {
          const current = await staffCall(platform.grievanceUrl, gro, 'GET', `/complaints/${number}`);
          if (current.body?.status === 'CLOSEDAFTERRESOLUTION') return current.body;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        throw new Error('complaint did not close');
      })();
      expect(closed.rating).toBe(4);

      const changes = () =>
        partnerLines.filter((line) => line.startsWith(`${number} `)).map((line) => line.split(' ')[1]);
      await eventually(() => expect(changes()).toHaveLength(4), 30000);
      expect(changes()).toEqual(['FILED', 'ASSIGNED', 'RESOLVED', 'CLOSED']);
    },
  );
});
