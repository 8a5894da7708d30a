import { createRemoteJWKSet, errors, type JWTPayload, jwtVerify } from 'jose';
import { AppError } from './app-error.js';
import { type ActorRole, actorRoles } from './workflow.js';

export type StaffRole = Exclude<ActorRole, 'CITIZEN'>;

/** Who is calling the staff API, from the claims of their token. */
export interface StaffIdentity {
  /** The user id (`sub`): what ASSIGN names as the assignee. */
  readonly id: string;
  readonly name: string;
  /** The cities (tenant ids) the user works for. */
  readonly tenants: readonly string[];
  /** GRO, LME, SUPERVISOR or PARTNER (read-only); other roles in the token are ignored. */
  readonly roles: readonly StaffRole[];
  /** When present, a GRO or LME reaches only this department's complaints. */
  readonly department: string | null;
}

export type StaffTokenVerifier = (authorization: string | undefined) => Promise<StaffIdentity>;

const staffRoles: ReadonlySet<string> = new Set(actorRoles.filter((role) => role !== 'CITIZEN'));
const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * Checks bearer tokens: HS256 with a shared secret (development), or the keys an identity provider publishes
 * at a JWKS URL (production). Every refusal is UNAUTHENTICATED; a key set that cannot be fetched is a
 * server error, not the caller's.
 */
export function createStaffTokenVerifier(keys: { jwtSecret?: string; jwksUrl?: string }): StaffTokenVerifier {
  const requiredClaims = ['sub', 'exp'];
  let verify: (token: string) => Promise<{ payload: JWTPayload }>;
  if (keys.jwksUrl) {
    const jwks = createRemoteJWKSet(new URL(keys.jwksUrl));
    verify = (token) => jwtVerify(token, jwks, { requiredClaims });
  } else {
    const secret = new TextEncoder().encode(keys.jwtSecret);
    verify = (token) => jwtVerify(token, secret, { requiredClaims, algorithms: ['HS256'] });
  }

  return async (authorization) => {
    const token = /^Bearer ([^\s]+)$/i.exec(authorization ?? '')?.[1];
    if (!token) throw new AppError('UNAUTHENTICATED', 'a bearer token is required');
    let claims: JWTPayload;
    try {
      ({ payload: claims } = await verify(token));
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new AppError('UNAUTHENTICATED', 'the token has expired');
      if (error instanceof errors.JOSEError && !(error instanceof errors.JWKSTimeout)) {
        throw new AppError('UNAUTHENTICATED', 'the token is not valid');
      }
      throw error;
    }
    const { sub, name, tenants, roles, department } = claims;
    if (
      typeof sub !== 'string' ||
      typeof name !== 'string' ||
      !isStringList(tenants) ||
      !isStringList(roles) ||
      (department !== undefined && typeof department !== 'string')
    ) {
      throw new AppError('UNAUTHENTICATED', 'the token lacks the claims sub, name, tenants and roles');
    }
    return {
      id: sub,
      name,
      tenants,
      roles: roles.filter((role): role is StaffRole => staffRoles.has(role)),
      department: department ?? null,
    };
  };
}
