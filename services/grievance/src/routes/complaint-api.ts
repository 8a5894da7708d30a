import { randomUUID } from 'node:crypto';
import type { FastifyError, FastifyPluginAsync } from 'fastify';
import { type ComplaintWithHistory, type Db, withHistory } from '../db.js';
import { actOnComplaint } from '../domain/act-on-complaint.js';
import { AppError } from '../domain/app-error.js';
import type { ActionRequest } from '../domain/apply-action.js';
import type { StaffIdentity, StaffTokenVerifier } from '../domain/create-staff-token-verifier.js';
import { listComplaints } from '../domain/list-complaints.js';
import { restrictToStaff } from '../domain/restrict-to-staff.js';
import type { Complaint } from '../generated/prisma/client.js';
import {
  type ActionBody,
  actionBody,
  type CommentBody,
  commentBody,
  complaintDetail,
  complaintPage,
  errorBody,
  type ListQuery,
  listQuery,
  type NumberParams,
  numberParams,
} from './complaint-schemas.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The caller, from the bearer token, checked before anything else about the request. */
    staff: StaffIdentity;
  }
}

export interface ComplaintApiOptions {
  readonly db: Db;
  readonly verifyToken: StaffTokenVerifier;
  /** Photo links are this followed by the photo's storage key. */
  readonly mediaBaseUrl: string;
  readonly now: () => Date;
}

const refusals = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };
const tags = ['complaints'];

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** The response schemas pick the fields that are shown; only the times need converting. */
const summaryOf = (complaint: Complaint) => ({
  ...complaint,
  slaDueAt: complaint.slaDueAt.toISOString(),
  createdAt: complaint.createdAt.toISOString(),
  updatedAt: complaint.updatedAt.toISOString(),
});

/**
 * The staff and partner API: city staff list, read and act on their cities' complaints; partners read. Every
 * route needs a bearer token; a complaint the caller may not reach is answered 404, as if it did not exist.
 */
export const complaintApi: FastifyPluginAsync<ComplaintApiOptions> = async (fastify, options) => {
  const { db, now } = options;
  const detailOf = (complaint: ComplaintWithHistory) => ({
    ...summaryOf(complaint),
    resolvedAt: iso(complaint.resolvedAt),
    closedAt: iso(complaint.closedAt),
    photos: complaint.photoKeys.map((storageKey) => ({
      storageKey,
      url: `${options.mediaBaseUrl}/${storageKey}`,
    })),
    history: complaint.history.map((entry) => ({ ...entry, at: entry.at.toISOString() })),
  });
  const act = (request: { staff: StaffIdentity }, number: string, action: ActionRequest) =>
    db.$transaction(async (tx) =>
      detailOf(
        await actOnComplaint(
          tx,
          number,
          action,
          { roles: request.staff.roles, id: request.staff.id },
          { requestId: randomUUID(), now: now(), scope: restrictToStaff(request.staff) },
        ),
      ),
    );

  fastify.decorateRequest('staff', null as unknown as StaffIdentity);
  fastify.addHook('onRequest', async (request) => {
    request.staff = await options.verifyToken(request.headers.authorization);
    if (request.staff.roles.length === 0) {
      throw new AppError('ROLE_NOT_ALLOWED', 'the token has none of the roles GRO, LME, SUPERVISOR, PARTNER');
    }
  });
  fastify.setErrorHandler((error: FastifyError | AppError, _request, reply) => {
    const refusal =
      error instanceof AppError
        ? error
        : 'validation' in error && error.validation
          ? new AppError('VALIDATION_FAILED', error.message)
          : undefined;
    if (!refusal) throw error;
    if (refusal.code === 'UNAUTHENTICATED') void reply.header('www-authenticate', 'Bearer');
    return reply.code(refusal.httpStatus).send({ error: refusal.code, message: refusal.message });
  });

  fastify.get<{ Querystring: ListQuery }>(
    '/complaints',
    {
      schema: {
        tags,
        summary: "List the complaints of the token's cities",
        querystring: listQuery,
        response: { 200: complaintPage, ...refusals },
      },
    },
    async (request) => {
      const query = request.query;
      const { items, total } = await listComplaints(db, request.staff, query, now());
      return { items: items.map(summaryOf), total, page: query.page, pageSize: query.pageSize };
    },
  );

  fastify.get<{ Params: NumberParams }>(
    '/complaints/:number',
    {
      schema: {
        tags,
        summary: 'A complaint with its history and photo links',
        params: numberParams,
        response: { 200: complaintDetail, ...refusals },
      },
    },
    async (request) => {
      const complaint = await db.complaint.findFirst({
        where: { ...restrictToStaff(request.staff), number: request.params.number },
        include: withHistory,
      });
      if (!complaint) throw new AppError('COMPLAINT_NOT_FOUND', `no complaint ${request.params.number}`);
      return detailOf(complaint);
    },
  );

  fastify.post<{ Params: NumberParams; Body: ActionBody }>(
    '/complaints/:number/actions',
    {
      schema: {
        tags,
        summary: 'Assign, reassign, resolve or reject a complaint',
        params: numberParams,
        body: actionBody,
        response: { 200: complaintDetail, ...refusals },
      },
    },
    (request) => act(request, request.params.number, request.body),
  );

  fastify.post<{ Params: NumberParams; Body: CommentBody }>(
    '/complaints/:number/comments',
    {
      schema: {
        tags,
        summary: 'Comment on a complaint (its state does not change)',
        params: numberParams,
        body: commentBody,
        response: { 201: complaintDetail, ...refusals },
      },
    },
    async (request, reply) => {
      const complaint = await act(request, request.params.number, {
        action: 'COMMENT',
        comment: request.body.comment,
      });
      return reply.code(201).send(complaint);
    },
  );
};
