/**
 * Prints a staff token signed with JWT_SECRET, to try the API by hand:
 *
 *   JWT_SECRET=... pnpm --filter @seva/grievance issue-token --roles GRO,LME --tenants pb.amritsar
 *   curl -H "authorization: Bearer $(...)" http://127.0.0.1:3002/complaints
 *
 * For development only: production tokens come from the identity provider behind JWKS_URL.
 */
import { parseArgs } from 'node:util';
import { SignJWT } from 'jose';

const { values } = parseArgs({
  options: {
    sub: { type: 'string', default: 'dev-user' },
    name: { type: 'string', default: 'Dev User' },
    tenants: { type: 'string', default: 'pb.amritsar' },
    roles: { type: 'string', default: 'GRO,LME' },
    department: { type: 'string' },
    hours: { type: 'string', default: '12' },
  },
});
const secret = process.env.JWT_SECRET;
if (!secret) {
  process.stderr.write('JWT_SECRET is not set (infra/dev.env has the development one)\n');
  process.exit(1);
}
const token = await new SignJWT({
  name: values.name,
  tenants: values.tenants.split(','),
  roles: values.roles.split(','),
  ...(values.department ? { department: values.department } : {}),
})
  .setProtectedHeader({ alg: 'HS256' })
  .setSubject(values.sub)
  .setIssuedAt()
  .setExpirationTime(`${Number(values.hours)}h`)
  .sign(new TextEncoder().encode(secret));
process.stdout.write(`${token}\n`);
