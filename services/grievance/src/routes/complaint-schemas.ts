import { type Static, Type } from '@seva/service-kit';
import { complaintStatuses } from '../domain/workflow.js';

const instant = Type.String({ format: 'date-time' });
const text = Type.Union([Type.String(), Type.Null()]);
const coordinate = Type.Union([Type.Number(), Type.Null()]);
const optionalInstant = Type.Union([instant, Type.Null()]);
/** A string from a fixed list, documented as a plain enum. */
const oneOf = <T extends string>(values: readonly T[], description: string) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values], description });
const status = oneOf(complaintStatuses, 'Workflow state');
const day = Type.String({ format: 'date', description: 'A calendar day in India (IST)' });

export const errorBody = Type.Object({
  error: Type.String({ description: 'Code, e.g. ACTION_NOT_ALLOWED' }),
  message: Type.String(),
});

export const complaintSummary = Type.Object({
  number: Type.String({ examples: ['PB-PGR-2026-11-24-000123'] }),
  tenantId: Type.String({ examples: ['pb.amritsar'] }),
  complaintType: Type.String({ examples: ['StreetLightNotWorking'] }),
  department: Type.String({ examples: ['DEPT_1'] }),
  description: Type.String(),
  localityCode: text,
  localityName: text,
  status,
  assignee: text,
  escalationLevel: Type.Integer({ description: '1: with the supervisor, 2: with the commissioner' }),
  slaDueAt: instant,
  createdAt: instant,
  updatedAt: instant,
});

const historyEntry = Type.Object({
  action: Type.String({ description: 'FILE, a workflow action, or ESCALATE' }),
  fromStatus: text,
  toStatus: Type.String(),
  actorRole: Type.String(),
  actorId: text,
  comment: text,
  at: instant,
});

export const complaintDetail = Type.Composite([
  complaintSummary,
  Type.Object({
    latitude: coordinate,
    longitude: coordinate,
    photos: Type.Array(Type.Object({ storageKey: Type.String(), url: Type.String() })),
    citizenName: text,
    citizenWaId: Type.String({ description: "The citizen's WhatsApp number" }),
    language: Type.String(),
    source: Type.String({ description: 'whatsapp or api' }),
    rating: Type.Union([Type.Integer({ minimum: 1, maximum: 5 }), Type.Null()]),
    resolvedAt: optionalInstant,
    closedAt: optionalInstant,
    history: Type.Array(historyEntry),
  }),
]);

export const complaintPage = Type.Object({
  items: Type.Array(complaintSummary),
  total: Type.Integer({ description: 'Complaints matching the filters, on all pages' }),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});

export const listQuery = Type.Object({
  status: Type.Optional(Type.Array(status, { description: 'Repeat for several states' })),
  type: Type.Optional(Type.String({ description: 'Complaint type (service code)' })),
  locality: Type.Optional(Type.String({ description: 'Locality code' })),
  from: Type.Optional(
    Type.Union([day, instant], { description: 'Created at or after (a day: from its start)' }),
  ),
  to: Type.Optional(Type.Union([day, instant], { description: 'Created before (a day: up to its end)' })),
  slaBreached: Type.Optional(
    Type.Boolean({ description: 'Open complaints past their SLA or already escalated (false: all others)' }),
  ),
  tenant: Type.Optional(Type.String({ description: "One of the token's cities; all of them when absent" })),
  page: Type.Integer({ minimum: 1, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
});
export type ListQuery = Static<typeof listQuery>;

export const numberParams = Type.Object({ number: Type.String({ minLength: 1, maxLength: 64 }) });
export type NumberParams = Static<typeof numberParams>;

export const actionBody = Type.Object({
  action: oneOf(
    ['ASSIGN', 'REASSIGN', 'RESOLVE', 'REJECT'] as const,
    'ASSIGN and REJECT: GRO; RESOLVE and REASSIGN: the LME it is assigned to',
  ),
  assignee: Type.Optional(Type.String({ minLength: 1, description: 'User id of the LME, with ASSIGN' })),
  comment: Type.Optional(Type.String({ maxLength: 2000 })),
});
export type ActionBody = Static<typeof actionBody>;

export const commentBody = Type.Object({ comment: Type.String({ minLength: 1, maxLength: 2000 }) });
export type CommentBody = Static<typeof commentBody>;
