import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError } from '@seva/service-kit';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGrievanceConfig } from '../src/config.js';
import { AppError } from '../src/domain/app-error.js';
import { createStaffTokenVerifier } from '../src/domain/create-staff-token-verifier.js';
import { jwtSecret, staffToken } from './support.js';

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('the token was accepted');
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(AppError);
      return (error as AppError).message;
    },
  );

describe('staff tokens', () => {
  const verify = createStaffTokenVerifier({ jwtSecret });

  it('reads the identity from a development token', async () => {
    const token = await staffToken({ sub: 'lme-7', roles: ['LME', 'MAYOR'], department: 'DEPT_3' });
    expect(await verify(`Bearer ${token}`)).toEqual({
      id: 'lme-7',
      name: 'Test Staff',
      tenants: ['pb.amritsar'],
      roles: ['LME'],
      department: 'DEPT_3',
    });
  });

  it('never takes a staff token for a citizen', async () => {
    const token = await staffToken({ roles: ['CITIZEN', 'GRO'] });
    expect((await verify(`Bearer ${token}`)).roles).toEqual(['GRO']);
  });

  it.each([
    ['no header', undefined],
    ['another scheme', 'Basic dXNlcjpwYXNz'],
    ['a token without claims', 'Bearer eyJhbGciOiJub25lIn0.e30.'],
  ])('refuses %s', async (_case, header) => {
    await refusal(verify(header));
  });

  it('refuses a token without the staff claims', async () => {
    const token = await new SignJWT({ name: 'x', roles: ['GRO'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(jwtSecret));
    expect(await refusal(verify(`Bearer ${token}`))).toMatch(/claims/);
  });

  it('refuses a token that never expires', async () => {
    const token = await new SignJWT({ name: 'x', tenants: [], roles: ['GRO'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .sign(new TextEncoder().encode(jwtSecret));
    await refusal(verify(`Bearer ${token}`));
  });

  describe('signed by an identity provider', () => {
    let server: Server;
    let sign: (claims: Record<string, unknown>) => Promise<string>;
    let jwksUrl: string;

    beforeAll(async () => {
      const { publicKey, privateKey } = await generateKeyPair('RS256');
      const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
      server = createServer((_request, response) => {
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ keys: [jwk] }));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
      sign = (claims) =>
        new SignJWT(claims)
          .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
          .setSubject('gro-9')
          .setExpirationTime('5m')
          .sign(privateKey);
    });

    afterAll(() => new Promise((resolve) => server.close(resolve)));

    it('takes tokens checked against the published keys, and only those', async () => {
      const idp = createStaffTokenVerifier({ jwksUrl });
      const token = await sign({ name: 'Ravi', tenants: ['pb.jalandhar'], roles: ['GRO'] });
      expect(await idp(`Bearer ${token}`)).toMatchObject({ id: 'gro-9', tenants: ['pb.jalandhar'] });
      await refusal(idp(`Bearer ${await staffToken({})}`));
    });
  });
});

describe('settings', () => {
  const base = { KAFKA_BROKERS: '127.0.0.1:9092' };

  it.each([
    ['neither JWT_SECRET nor JWKS_URL', {}],
    ['both', { JWT_SECRET: jwtSecret, JWKS_URL: 'https://idp.example.org/jwks' }],
  ])('refuses %s', (_case, keys) => {
    expect(() => loadGrievanceConfig({ ...base, ...keys })).toThrow(ConfigError);
    expect(() => loadGrievanceConfig({ ...base, ...keys })).toThrow(/JWT_SECRET, JWKS_URL: set exactly one/);
  });

  it('refuses a development secret shorter than 32 characters', () => {
    expect(() => loadGrievanceConfig({ ...base, JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/);
  });

  it('has defaults for the rest', () => {
    expect(loadGrievanceConfig({ ...base, JWKS_URL: 'https://idp.example.org/jwks' })).toMatchObject({
      PORT: 3002,
      MEDIA_BASE_URL: 'http://127.0.0.1:3000/media',
      ESCALATION_INTERVAL_MS: 60_000,
      ESCALATION_MAX_LEVEL: 2,
    });
  });
});
