import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, maskPhone } from '../src/index.js';

describe('logs', () => {
  it('masks phone numbers in known fields, nested objects and messages', () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const log = createLogger({ service: 'test', level: 'info', destination });
    log.info(
      { citizenWaId: '919876543210', message: { from: '919876543210', text: 'hello' } },
      'reply to 919876543210 sent',
    );
    const line = JSON.parse(lines[0]!);
    expect(line.citizenWaId).toBe('91******3210');
    expect(line.message).toEqual({ from: '91******3210', text: 'hello' });
    expect(line.msg).toBe('reply to 91******3210 sent');
    expect(lines[0]).not.toContain('919876543210');
  });

  it.each([
    ['919876543210', '91******3210'],
    ['+14155550123', '+1******0123'],
    ['order 12345', 'order 12345'],
  ])('maskPhone(%s) = %s', (input, expected) => {
    expect(maskPhone(input)).toBe(expected);
  });
});
