import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildText } from '../src/build-text.js';
import { MediaTooLargeError } from '../src/errors.js';
import { GraphApiClient } from '../src/graph-client.js';
import { SendError } from '../src/send-errors.js';

interface Seen {
  method: string;
  url: string;
  authorization: string | undefined;
  body: string;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const seen: Seen[] = [];
let handler: Handler;
const server = createServer(async (req, res) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  seen.push({
    method: req.method ?? '',
    url: req.url ?? '',
    authorization: req.headers.authorization,
    body: Buffer.concat(chunks).toString(),
  });
  handler(req, res);
});
let baseUrl: string;

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

beforeAll(async () => {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});
beforeEach(() => {
  seen.length = 0;
});

const client = () =>
  new GraphApiClient({ baseUrl: `${baseUrl}/`, version: 'v21.0', accessToken: 'default-token' });

async function sendError(promise: Promise<unknown>): Promise<SendError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SendError);
  return error as SendError;
}

describe('GraphApiClient.sendMessage', () => {
  it('posts the message with the recipient fields and returns the wamid', async () => {
    handler = (_req, res) =>
      json(res, 200, {
        messaging_product: 'whatsapp',
        contacts: [{ input: '919876543210', wa_id: '919876543210' }],
        messages: [{ id: 'wamid.HBgMOTE5ODc2NTQzMjEwFQIAERgSAA==' }],
      });
    const result = await client().sendMessage('106540352242922', '919876543210', buildText('नमस्ते'));
    expect(result).toEqual({ messageId: 'wamid.HBgMOTE5ODc2NTQzMjEwFQIAERgSAA==' });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      method: 'POST',
      url: '/v21.0/106540352242922/messages',
      authorization: 'Bearer default-token',
    });
    expect(JSON.parse(seen[0]?.body ?? '')).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '919876543210',
      type: 'text',
      text: { body: 'नमस्ते', preview_url: false },
    });
  });

  it('uses the token given for the call instead of the default one', async () => {
    handler = (_req, res) => json(res, 200, { messages: [{ id: 'wamid.2' }] });
    await client().sendMessage('109876543210987', '919437012345', buildText('hi'), {
      accessToken: 'odisha-token',
    });
    expect(seen[0]?.authorization).toBe('Bearer odisha-token');
  });

  it('sends callback data as biz_opaque_callback_data, for the statuses to echo', async () => {
    handler = (_req, res) => json(res, 200, { messages: [{ id: 'wamid.3' }] });
    await client().sendMessage('106540352242922', '919876543210', buildText('hi'), {
      callbackData: 'wamid.in-42:reply:0',
    });
    expect(JSON.parse(seen[0]?.body ?? '')).toMatchObject({
      biz_opaque_callback_data: 'wamid.in-42:reply:0',
    });
  });

  it('leaves out callback data over 512 characters rather than failing the send', async () => {
    handler = (_req, res) => json(res, 200, { messages: [{ id: 'wamid.4' }] });
    const sent = await client().sendMessage('106540352242922', '919876543210', buildText('hi'), {
      callbackData: 'ਪ'.repeat(513),
    });
    expect(sent.messageId).toBe('wamid.4');
    expect(JSON.parse(seen[0]?.body ?? '')).not.toHaveProperty('biz_opaque_callback_data');
  });

  it('turns a throughput error into a retryable SendError', async () => {
    handler = (_req, res) =>
      json(res, 429, {
        error: {
          message: '(#130429) Rate limit hit',
          type: 'OAuthException',
          code: 130429,
          fbtrace_id: 'A1',
        },
      });
    const error = await sendError(client().sendMessage('1', '2', buildText('hi')));
    expect(error).toMatchObject({ kind: 'throttled', retryable: true, code: 130429, httpStatus: 429 });
  });

  it('turns a closed 24-hour window into a permanent SendError', async () => {
    handler = (_req, res) =>
      json(res, 400, {
        error: {
          message: '(#131047) Re-engagement message',
          type: 'OAuthException',
          code: 131047,
          error_data: { messaging_product: 'whatsapp', details: 'More than 24 hours have passed.' },
          fbtrace_id: 'A2',
        },
      });
    const error = await sendError(client().sendMessage('1', '2', buildText('hi')));
    expect(error).toMatchObject({ kind: 'window-closed', retryable: false, code: 131047, httpStatus: 400 });
  });

  it('turns a timeout into a retryable server error without a status', async () => {
    handler = () => {}; // never answers
    const slow = new GraphApiClient({ baseUrl, version: 'v21.0', accessToken: 't', timeoutMs: 50 });
    const error = await sendError(slow.sendMessage('1', '2', buildText('hi')));
    expect(error).toMatchObject({ kind: 'server', retryable: true, code: undefined, httpStatus: 0 });
  });

  it('turns a refused connection into a retryable server error', async () => {
    const closed = createServer();
    closed.listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const unreachable = new GraphApiClient({
      baseUrl: `http://127.0.0.1:${port}`,
      version: 'v21.0',
      accessToken: 't',
    });
    const error = await sendError(unreachable.sendMessage('1', '2', buildText('hi')));
    expect(error).toMatchObject({ kind: 'server', retryable: true, httpStatus: 0 });
  });
});

describe('GraphApiClient media', () => {
  it('reads the media url and metadata', async () => {
    handler = (_req, res) =>
      json(res, 200, {
        messaging_product: 'whatsapp',
        url: `${baseUrl}/media/2754859441498128`,
        mime_type: 'image/jpeg',
        sha256: '81d3bd8a8db4868c9520ed47186e8b7c5789e61ff79f7f834be6950b808a90d3',
        file_size: '303833',
        id: '2754859441498128',
      });
    const media = await client().getMedia('2754859441498128', { accessToken: 'punjab-token' });
    expect(media).toEqual({
      url: `${baseUrl}/media/2754859441498128`,
      mimeType: 'image/jpeg',
      sha256: '81d3bd8a8db4868c9520ed47186e8b7c5789e61ff79f7f834be6950b808a90d3',
      fileSize: 303833,
    });
    expect(seen[0]).toMatchObject({
      method: 'GET',
      url: '/v21.0/2754859441498128',
      authorization: 'Bearer punjab-token',
    });
  });

  it('downloads a file within the size cap with the token', async () => {
    const file = Buffer.alloc(64 * 1024, 7);
    handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'image/jpeg' });
      res.end(file);
    };
    const downloaded = await client().downloadMedia(`${baseUrl}/media/1`, file.length);
    expect(downloaded.equals(file)).toBe(true);
    expect(seen[0]?.authorization).toBe('Bearer default-token');
  });

  it('refuses a file whose declared length is over the cap', async () => {
    handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': '2048' });
      res.end(Buffer.alloc(2048));
    };
    await expect(client().downloadMedia(`${baseUrl}/media/2`, 1024)).rejects.toBeInstanceOf(
      MediaTooLargeError,
    );
  });

  it('stops reading a streamed file as soon as it passes the cap', async () => {
    handler = (_req, res) => {
      // Chunked, without content-length: only counting the bytes can catch it.
      res.writeHead(200, { 'content-type': 'video/mp4' });
      res.write(Buffer.alloc(1024));
      res.write(Buffer.alloc(1024));
      setTimeout(() => res.end(Buffer.alloc(1024)), 20);
    };
    await expect(client().downloadMedia(`${baseUrl}/media/3`, 1500)).rejects.toThrow(
      'larger than 1500 bytes',
    );
  });

  it('classifies an expired media url like any Graph error', async () => {
    handler = (_req, res) =>
      json(res, 404, { error: { message: 'Not found', code: 100, type: 'GraphMethodException' } });
    const error = await sendError(client().downloadMedia(`${baseUrl}/media/4`, 1024));
    expect(error).toMatchObject({ kind: 'invalid-request', retryable: false, httpStatus: 404 });
  });
});
