import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ParsedWebhook, parseWebhook, verifySignature } from '@seva/whatsapp';
import type { FastifyInstance } from 'fastify';
import { buildSimulator } from '../src/app.js';
import { loadSimulatorConfig } from '../src/config.js';

export const appSecret = 'test-app-secret';
export const businessNumberId = '100200300400500';
export const accessToken = 'test-access-token';
/** A second number with its own token: objects of one are not for the other. */
export const otherNumberId = '600700800900100';
export const otherToken = 'other-access-token';
export const missedCallSecret = 'test-missed-call-secret';
export const missedCallLine = '911800000000';
export const citizen = '919876543210';

/** A port nobody listens on right now, for a server whose own URL must be known before it starts. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface RunningSimulator {
  readonly app: FastifyInstance;
  readonly url: string;
  control<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }>;
  close(): Promise<void>;
}

export async function startSimulator(gatewayUrl: string): Promise<RunningSimulator> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const app = buildSimulator(
    loadSimulatorConfig({
      PORT: String(port),
      LOG_LEVEL: 'silent',
      WHATSAPP_APP_SECRET: appSecret,
      WHATSAPP_NUMBERS: `${businessNumberId}=${accessToken},${otherNumberId}=${otherToken}`,
      MISSED_CALL_SECRET: missedCallSecret,
      MISSED_CALL_NUMBERS: `${missedCallLine}=${businessNumberId}`,
      GATEWAY_WEBHOOK_URL: `${gatewayUrl}/webhooks/whatsapp`,
      GATEWAY_MISSED_CALL_URL: `${gatewayUrl}/webhooks/missed-call`,
      SIMULATOR_PUBLIC_URL: url,
    }),
  );
  await app.listen({ host: '127.0.0.1', port });
  return {
    app,
    url,
    async control(method, path, body) {
      const response = await fetch(`${url}${path}`, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as never };
    },
    close: () => app.close(),
  };
}

export interface ReceivedWebhook {
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  readonly raw: Buffer;
  readonly signatureValid: boolean;
  /** parseWebhook's reading of a WhatsApp webhook. */
  readonly parsed?: ParsedWebhook;
  /** Why parseWebhook refused it: never expected, since Meta would not send such a body. */
  readonly parseError?: string;
}

export interface GatewayStandIn {
  readonly url: string;
  readonly received: ReceivedWebhook[];
  /** Decides the HTTP status of the next answers; 200 by default. */
  answerWith(status: number): void;
  close(): Promise<void>;
}

/**
 * A stand-in for the gateway: checks X-Hub-Signature-256 with the platform's verifySignature, parses
 * WhatsApp webhooks with parseWebhook, records everything, and lets `onWebhook` act on it (a bot).
 */
export async function startGateway(
  onWebhook?: (webhook: ReceivedWebhook) => Promise<void> | void,
): Promise<GatewayStandIn> {
  const received: ReceivedWebhook[] = [];
  let status = 200;
  const server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const path = request.url ?? '';
    const signature = request.headers['x-hub-signature-256'];
    const webhook: ReceivedWebhook = {
      path,
      headers: request.headers,
      raw,
      signatureValid: verifySignature(raw, typeof signature === 'string' ? signature : undefined, appSecret),
      ...(path.startsWith('/webhooks/whatsapp') ? readWebhook(raw) : {}),
    };
    received.push(webhook);
    await onWebhook?.(webhook);
    response.writeHead(webhook.parseError ? 400 : status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(status === 200 ? { status: 'accepted' } : { error: 'unavailable' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    answerWith: (next) => {
      status = next;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readWebhook(raw: Buffer): Pick<ReceivedWebhook, 'parsed' | 'parseError'> {
  try {
    return { parsed: parseWebhook(JSON.parse(raw.toString('utf8'))) };
  } catch (error) {
    return { parseError: (error as Error).message };
  }
}

/** Every message the stand-in gateway received so far. */
export const receivedMessages = (gateway: GatewayStandIn) =>
  gateway.received.flatMap((webhook) => webhook.parsed?.messages ?? []).map(({ message }) => message);

export const receivedStatuses = (gateway: GatewayStandIn) =>
  gateway.received.flatMap((webhook) => webhook.parsed?.statuses ?? []).map(({ status }) => status);
