import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarizeCpuProfile } from '../src/summarize-cpu-profile.js';

const kafkajs = '/srv/seva/node_modules/kafkajs/src/network/connection.js';

/** A profile of 10 samples 100 ms apart: idle 4, a socket write made by kafkajs 3, kafkajs itself 2, GC 1. */
function writeProfile(): string {
  const frame = (functionName: string, url = '', lineNumber = -1) => ({ functionName, url, lineNumber });
  const profile = {
    nodes: [
      { id: 1, callFrame: frame('(root)'), children: [2, 3, 5] },
      { id: 2, callFrame: frame('(idle)') },
      { id: 3, callFrame: frame('sendRequest', kafkajs, 406), children: [4] },
      { id: 4, callFrame: frame('writev') },
      { id: 5, callFrame: frame('(garbage collector)') },
    ],
    startTime: 0,
    endTime: 1_000_000,
    samples: [2, 2, 2, 2, 4, 4, 4, 3, 3, 5],
    timeDeltas: Array.from({ length: 10 }, () => 100_000),
  };
  const file = join(mkdtempSync(join(tmpdir(), 'seva-profile-')), 'gateway-1.cpuprofile');
  writeFileSync(file, JSON.stringify(profile));
  return file;
}

describe('summarizeCpuProfile', () => {
  it('gives the time with work (0.6 s, of which the thread ran 0.3 s), the share of writes and the CPU', () => {
    const summary = summarizeCpuProfile(writeProfile(), 0.3);
    expect(summary).toMatchObject({
      profiledSeconds: 1,
      busyPercent: 60,
      mainThreadCpuSeconds: 0.3,
      writesPercent: 50,
      garbageCollectionPercent: 10,
    });
  });

  it('counts a native write for the package that asked for it', () => {
    const summary = summarizeCpuProfile(writeProfile());
    expect(summary.byCausingPackage).toEqual([
      { name: 'kafkajs', percent: 83.3 },
      { name: '(garbage collector)', percent: 16.7 },
    ]);
    expect(summary.mainThreadCpuSeconds).toBeUndefined();
  });
});
