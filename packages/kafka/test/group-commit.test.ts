import { describe, expect, it } from 'vitest';
import { GroupCommit } from '../src/group-commit.js';

describe('GroupCommit', () => {
  it('runs a lone call at once and calls made meanwhile together as the next run', async () => {
    const runs: number[][] = [];
    const group = new GroupCommit<number, number>(async (items) => {
      runs.push([...items]);
      await new Promise((resolve) => setTimeout(resolve, 10));
      return items.map((item) => item * 10);
    });
    const first = group.submit(1);
    const rest = [2, 3, 4].map((item) => group.submit(item));
    expect(await Promise.all([first, ...rest])).toEqual([10, 20, 30, 40]);
    expect(runs).toEqual([[1], [2, 3, 4]]);
  });

  it('fails only the calls of the run that failed', async () => {
    let fail = true;
    const group = new GroupCommit<string, string>(async (items) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (fail) {
        fail = false;
        throw new Error('refused');
      }
      return items.map((item) => item.toUpperCase());
    });
    const first = group.submit('a');
    const second = group.submit('b');
    await expect(first).rejects.toThrow('refused');
    expect(await second).toBe('B');
    expect(await group.submit('c')).toBe('C');
  });

  it('lingers before a run when asked, so calls made meanwhile share it', async () => {
    const runs: number[][] = [];
    const group = new GroupCommit<number, void>(
      async (items) => {
        runs.push([...items]);
        return items.map(() => undefined);
      },
      { lingerMs: 30 },
    );
    const first = group.submit(1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = group.submit(2);
    expect(runs).toEqual([]);
    await Promise.all([first, second]);
    expect(runs).toEqual([[1, 2]]);
  });

  it('runs what lingers at once when flushed, and answers every call made so far', async () => {
    const runs: number[][] = [];
    const group = new GroupCommit<number, number>(
      async (items) => {
        runs.push([...items]);
        return [...items];
      },
      { lingerMs: 60_000 },
    );
    const calls = [group.submit(1), group.submit(2)];
    await group.flush();
    expect(runs).toEqual([[1, 2]]);
    expect(await Promise.all(calls)).toEqual([1, 2]);
    await group.flush();
    expect(runs).toEqual([[1, 2]]);
  });

  it('runs the items of a failed run again one by one when asked, failing only the item that fails alone', async () => {
    const runs: string[][] = [];
    const group = new GroupCommit<string, string>(
      async (items) => {
        runs.push([...items]);
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (items.includes('bad')) throw new Error(`refused ${items.join(',')}`);
        return items.map((item) => item.toUpperCase());
      },
      { isolateFailures: true },
    );
    const first = group.submit('a');
    const rest = ['b', 'bad', 'c'].map((item) => group.submit(item));
    const settled = await Promise.allSettled([first, ...rest]);
    expect(settled.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value : 'rejected'))).toEqual([
      'A',
      'B',
      'rejected',
      'C',
    ]);
    expect(runs).toEqual([['a'], ['b', 'bad', 'c'], ['b'], ['bad'], ['c']]);
    await expect(rest[1]).rejects.toThrow('refused bad');
  });
});
