import { describe, expect, it } from 'vitest';
import { SendSlots } from '../src/domain/send-slots.js';

describe('send slots', () => {
  it('lets no more calls run at once than it has slots, and runs every call, in the order they came', async () => {
    const slots = new SendSlots(3);
    let running = 0;
    let mostRunning = 0;
    const started: number[] = [];
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        slots.run(async () => {
          started.push(index);
          running++;
          mostRunning = Math.max(mostRunning, running);
          await new Promise((resolve) => setTimeout(resolve, 5));
          running--;
          return index * 2;
        }),
      ),
    );
    expect(mostRunning).toBe(3);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(results).toEqual(Array.from({ length: 10 }, (_, index) => index * 2));
  });

  it('frees the slot of a call that failed', async () => {
    const slots = new SendSlots(1);
    await expect(slots.run(() => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    expect(await slots.run(async () => 'next')).toBe('next');
  });
});
