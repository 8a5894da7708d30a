import { request } from 'undici';

/** What the gateway answered: its HTTP status and body, or why no answer came (status null). */
export interface GatewayAnswer {
  readonly status: number | null;
  readonly body?: unknown;
  readonly error?: string;
}

/** Meta gives up on a webhook request after about this long and counts it as failed. */
const answerTimeoutMs = 10_000;

/**
 * POSTs to the gateway and reads its answer. An unreachable gateway is an answer too (status null), not an
 * exception: the caller reports it. Only `signal` (the simulator stopping) makes it throw.
 */
export async function postToGateway(
  url: string,
  body: Buffer | string,
  headers: Record<string, string>,
  signal: AbortSignal,
): Promise<GatewayAnswer> {
  try {
    // undici's request API with its own timeouts: fetch, or a timeout signal combined with `signal` for each
    // call, costs several times the CPU, and every reply brings three status webhooks.
    const response = await request(url, {
      method: 'POST',
      body,
      headers,
      signal,
      headersTimeout: answerTimeoutMs,
      bodyTimeout: answerTimeoutMs,
    });
    const text = await response.body.text();
    return { status: response.statusCode, body: readBody(text) };
  } catch (error) {
    if (signal.aborted) throw error;
    const { message, code } = error as { message?: string; code?: string };
    return { status: null, error: [message, code].filter(Boolean).join(': ') };
  }
}

function readBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
