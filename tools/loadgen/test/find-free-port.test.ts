import { describe, expect, it } from 'vitest';
import { findFreePort } from '../src/find-free-port.js';

describe('finding free ports', () => {
  it('never hands out the same port twice, though the system may offer it again once it is closed', async () => {
    const ports: number[] = [];
    for (let i = 0; i < 200; i++) ports.push(await findFreePort());
    expect(new Set(ports).size).toBe(ports.length);
  });
});
