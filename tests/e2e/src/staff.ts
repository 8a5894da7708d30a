import { SignJWT } from 'jose';
import { devEnvironment } from './platform.js';

/** A staff or partner bearer token as the development identity provider would issue it. */
export async function staffToken(claims: {
  sub: string;
  roles: string[];
  tenants: string[];
  name?: string;
}): Promise<string> {
  return new SignJWT({ roles: claims.roles, tenants: claims.tenants, name: claims.name ?? claims.sub })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(devEnvironment.JWT_SECRET));
}

/** Calls the grievance staff API with a token; returns status and parsed body. */
export async function staffCall(
  grievanceUrl: string,
  token: string,
  method: string,
  path: string,
  body?: unknown,
) {
  const response = await fetch(`${grievanceUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, body: (await response.json().catch(() => null)) as any };
}
