import { describe, expect, it } from 'vitest';
import { classifySendError, SendError, type SendErrorKind } from '../src/send-errors.js';

const graphError = (code: number, message = 'error', details = 'details') => ({
  error: {
    message,
    type: 'OAuthException',
    code,
    error_data: { messaging_product: 'whatsapp', details },
    fbtrace_id: 'AbCdEf123',
  },
});

describe('classifySendError', () => {
  it.each<[string, number, unknown, SendErrorKind, boolean]>([
    ['throughput reached', 400, graphError(130429), 'throttled', true],
    ['pair rate limit', 400, graphError(131056), 'throttled', true],
    ['spam rate limit', 400, graphError(131048), 'throttled', true],
    ['application request limit', 400, graphError(4), 'throttled', true],
    ['business account rate limit', 400, graphError(80007), 'throttled', true],
    ['HTTP 429 without a body', 429, undefined, 'throttled', true],
    ['API unknown', 400, graphError(1), 'server', true],
    ['API service', 503, graphError(2), 'server', true],
    ['something went wrong', 500, graphError(131000), 'server', true],
    ['service unavailable', 503, graphError(131016), 'server', true],
    ['HTTP 502 with an HTML page', 502, '<html>Bad Gateway</html>', 'server', true],
    ['24-hour window closed', 400, graphError(131047), 'window-closed', false],
    ['undeliverable', 400, graphError(131026), 'recipient', false],
    ['token expired', 401, graphError(190), 'auth', false],
    ['blocked for policy violations', 400, graphError(368), 'auth', false],
    ['HTTP 403 without a code', 403, {}, 'auth', false],
    ['invalid parameter', 400, graphError(100), 'invalid-request', false],
    ['parameter value invalid', 400, graphError(131009), 'invalid-request', false],
    ['required parameter missing', 400, graphError(131008), 'invalid-request', false],
    ['template does not exist', 404, graphError(132001), 'invalid-request', false],
    ['an unknown code', 400, graphError(999999), 'unknown', false],
    ['HTTP 404 without a body', 404, null, 'unknown', false],
  ])('classifies %s', (_case, status, body, kind, retryable) => {
    const error = classifySendError(status, body);
    expect(error).toBeInstanceOf(SendError);
    expect(error).toMatchObject({ kind, retryable, httpStatus: status });
  });

  it('keeps the code and Meta’s explanation for the logs', () => {
    const error = classifySendError(
      400,
      graphError(
        131047,
        'Re-engagement message',
        'More than 24 hours have passed since the customer last replied.',
      ),
    );
    expect(error.code).toBe(131047);
    expect(error.message).toBe(
      'WhatsApp API error (HTTP 400, code 131047): Re-engagement message: ' +
        'More than 24 hours have passed since the customer last replied.: fbtrace_id AbCdEf123',
    );
    expect(classifySendError(429, undefined).code).toBeUndefined();
  });
});
