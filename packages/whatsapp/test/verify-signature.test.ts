import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signBody, verifySignature } from '../src/verify-signature.js';

const secret = 'app-secret-for-tests';
const body = Buffer.from('{"object":"whatsapp_business_account","entry":[]}');
const valid = `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

describe('verifySignature', () => {
  it('signs like Meta: sha256= and the hex HMAC-SHA256 of the raw body', () => {
    expect(signBody(body, secret)).toBe(valid);
  });

  it('accepts the signature of the exact body', () => {
    expect(verifySignature(body, valid, secret)).toBe(true);
    expect(verifySignature(body, valid.toUpperCase().replace('SHA256=', 'sha256='), secret)).toBe(true);
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['signed with another secret', signBody(body, 'another-secret')],
    ['for another body', signBody(Buffer.from(`${body} `), secret)],
    ['without the sha256= prefix', valid.slice('sha256='.length)],
    ['with another algorithm', valid.replace('sha256=', 'sha1=')],
    ['not hexadecimal', `sha256=${'z'.repeat(64)}`],
    ['shorter', valid.slice(0, -2)],
    ['longer', `${valid}00`],
  ])('rejects a header that is %s', (_case, header) => {
    expect(verifySignature(body, header, secret)).toBe(false);
  });

  it('refuses to check with an empty app secret', () => {
    expect(() => verifySignature(body, signBody(body, ''), '')).toThrow('app secret is empty');
  });
});
