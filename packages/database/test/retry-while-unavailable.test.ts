import { describe, expect, it } from 'vitest';
import { retryWhileUnavailable } from '../src/index.js';

const shuttingDown = () =>
  Object.assign(new Error('the database system is shutting down'), { code: '57P03' });
const quick = { firstDelayMs: 1, maxDelayMs: 4 };

describe('retryWhileUnavailable', () => {
  it('runs the work again until the database answers', async () => {
    let calls = 0;
    const result = await retryWhileUnavailable(async () => {
      calls += 1;
      if (calls < 4) throw shuttingDown();
      return 'recorded';
    }, quick);
    expect(result).toBe('recorded');
    expect(calls).toBe(4);
  });

  it('throws any other failure at once', async () => {
    let calls = 0;
    const unique = Object.assign(new Error('duplicate key value'), { code: '23505' });
    await expect(
      retryWhileUnavailable(async () => {
        calls += 1;
        throw unique;
      }, quick),
    ).rejects.toBe(unique);
    expect(calls).toBe(1);
  });

  it('gives up with the last failure once the time is over', async () => {
    let calls = 0;
    await expect(
      retryWhileUnavailable(
        async () => {
          calls += 1;
          throw shuttingDown();
        },
        { ...quick, giveUpAfterMs: 30 },
      ),
    ).rejects.toThrow('shutting down');
    expect(calls).toBeGreaterThan(2);
  });
});
