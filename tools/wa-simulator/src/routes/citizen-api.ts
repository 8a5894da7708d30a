import { type Static, Type } from '@seva/service-kit';
import type { FastifyPluginAsync } from 'fastify';
import type { RouteOptions } from '../context.js';
import { wrapInWebhook } from '../domain/build-webhook.js';
import { CitizenInputError, composeCitizenMessage } from '../domain/compose-citizen-message.js';
import type { CitizenEntry, Entry } from '../domain/conversation-store.js';
import { createCallId } from '../domain/ids.js';
import { type GatewayAnswer, postToGateway } from '../domain/post-to-gateway.js';

const waIdParams = Type.Object({ waId: Type.String({ pattern: '^\\d{7,15}$' }) });
const text = Type.String({ minLength: 1 });

const citizenMessage = Type.Object(
  {
    businessNumberId: text,
    /** The citizen's WhatsApp profile name; the previous one (or the number) when not given. */
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 256 })),
    text: Type.Optional(text),
    reply: Type.Optional(
      Type.Object(
        { id: text, title: text, description: Type.Optional(Type.String()) },
        { additionalProperties: false },
      ),
    ),
    location: Type.Optional(
      Type.Object(
        {
          latitude: Type.Number({ minimum: -90, maximum: 90 }),
          longitude: Type.Number({ minimum: -180, maximum: 180 }),
          name: Type.Optional(text),
          address: Type.Optional(text),
        },
        { additionalProperties: false },
      ),
    ),
    media: Type.Optional(
      Type.Object(
        {
          kind: Type.Union([Type.Literal('image'), Type.Literal('audio'), Type.Literal('document')]),
          mimeType: Type.String({ pattern: '^[\\w.+-]+/[\\w.+-]+(\\s*;.*)?$' }),
          base64: text,
          filename: Type.Optional(text),
          caption: Type.Optional(text),
          voice: Type.Optional(Type.Boolean()),
        },
        { additionalProperties: false },
      ),
    ),
    contextMessageId: Type.Optional(text),
  },
  { additionalProperties: false },
);

/** A base64 file a third larger than its bytes, within the simulator's media size. */
const citizenMessageBytesMax = 24 * 1024 * 1024;

const reportAnswer = (answer: GatewayAnswer) => ({
  gatewayStatus: answer.status,
  gatewayBody: answer.body,
  ...(answer.error === undefined ? {} : { gatewayError: answer.error }),
});

/** What a citizen does on their phone, turned into the webhooks Meta and the telephony provider would send. */
export const citizenApi: FastifyPluginAsync<RouteOptions> = async (fastify, { context }) => {
  const { numbers, store, media, webhooks, config } = context;

  fastify.post(
    '/_sim/citizens/:waId/messages',
    { schema: { params: waIdParams, body: citizenMessage }, bodyLimit: citizenMessageBytesMax },
    async (request, reply) => {
      const { waId } = request.params as Static<typeof waIdParams>;
      const input = request.body as Static<typeof citizenMessage>;
      const number = numbers.business.get(input.businessNumberId);
      if (!number) {
        return reply.code(400).send({
          error: 'unknown_business_number',
          message: `${input.businessNumberId} is not in WHATSAPP_NUMBERS`,
        });
      }
      const at = Date.now();
      let message: CitizenEntry['message'];
      try {
        message = composeCitizenMessage(waId, input, { store, media, number }, at);
      } catch (error) {
        if (!(error instanceof CitizenInputError)) throw error;
        return reply.code(400).send({ error: 'invalid_message', message: error.message });
      }
      const previous = store
        .conversation(number.id, waId)
        .findLast((entry): entry is CitizenEntry => entry.direction === 'citizen');
      const name = input.name ?? previous?.name ?? waId;
      const entry = store.add<CitizenEntry>({
        direction: 'citizen',
        id: message.id,
        businessNumberId: number.id,
        waId,
        at,
        name,
        message,
        gateway: { status: null },
      });
      const record = (answer: GatewayAnswer) =>
        store.update<CitizenEntry>(entry.id, 'citizen', (recorded) => {
          recorded.gateway = answer;
        });
      const answer = await webhooks.post(
        wrapInWebhook(number, { contacts: [{ profile: { name }, wa_id: waId }], messages: [message] }),
        record,
      );
      record(answer);
      return { messageId: entry.id, ...reportAnswer(answer) };
    },
  );

  fastify.get(
    '/_sim/citizens/:waId/messages',
    {
      schema: {
        params: waIdParams,
        querystring: Type.Object({ businessNumberId: Type.Optional(text) }, { additionalProperties: false }),
      },
    },
    async (request) => {
      const { waId } = request.params as Static<typeof waIdParams>;
      const { businessNumberId } = request.query as { businessNumberId?: string };
      const ids = businessNumberId === undefined ? [...numbers.business.keys()] : [businessNumberId];
      const messages: Entry[] = ids
        .flatMap((id) => store.conversation(id, waId))
        .sort((a, b) => a.seq - b.seq);
      return { messages };
    },
  );

  // Telephony providers post the call as a form; the secret is the one the gateway expects of them.
  fastify.post(
    '/_sim/citizens/:waId/missed-call',
    {
      schema: {
        params: waIdParams,
        body: Type.Object(
          { line: Type.Optional(Type.String({ pattern: '^\\+?\\d{7,15}$' })) },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const { waId } = request.params as Static<typeof waIdParams>;
      const line = (request.body as { line?: string } | undefined)?.line ?? numbers.missedCallLines[0]?.line;
      if (line === undefined) {
        return reply
          .code(400)
          .send({ error: 'no_line', message: 'no line given and MISSED_CALL_NUMBERS is empty' });
      }
      const callId = createCallId();
      const answer = await postToGateway(
        config.GATEWAY_MISSED_CALL_URL,
        new URLSearchParams({ CallSid: callId, From: waId, To: line }).toString(),
        {
          'content-type': 'application/x-www-form-urlencoded',
          'x-missed-call-secret': config.MISSED_CALL_SECRET,
        },
        context.lifetime,
      );
      return { callId, line, ...reportAnswer(answer) };
    },
  );
};
