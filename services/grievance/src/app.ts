import { fileURLToPath } from 'node:url';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { intervalJob, type ServiceSpec } from '@seva/service-kit';
import type { Config } from './config.js';
import { grievanceConsumers } from './consumers/grievance-commands.js';
import { createDatabaseClient, type Db } from './db.js';
import { createStaffTokenVerifier } from './domain/create-staff-token-verifier.js';
import { escalateOverdueComplaints } from './domain/escalate-overdue-complaints.js';
import { complaintApi } from './routes/complaint-api.js';

export interface GrievanceOptions {
  /** The service's clock: filing, actions, SLA times and escalation all read it (tests set the time). */
  readonly now?: () => Date;
}

/** The grievance service: citizens' commands from Kafka, the staff and partner API, and SLA escalation. */
export function grievanceService(options: GrievanceOptions = {}): ServiceSpec<Config, Db> {
  const now = options.now ?? (() => new Date());
  return {
    name: 'grievance',
    migrationsDir: fileURLToPath(new URL('../prisma/migrations', import.meta.url)),
    createDatabaseClient,
    outbox: true,
    app: async (fastify, { runtime }) => {
      const { config, db } = runtime;
      await fastify.register(swagger, {
        openapi: {
          info: {
            title: 'Seva grievance API',
            description: "City staff act on citizens' complaints; partner departments read them.",
            version: '1',
          },
          components: {
            securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
          },
          security: [{ bearer: [] }],
        },
      });
      await fastify.register(swaggerUi, { routePrefix: '/docs' });
      await fastify.register(complaintApi, {
        db,
        verifyToken: createStaffTokenVerifier({ jwtSecret: config.JWT_SECRET, jwksUrl: config.JWKS_URL }),
        mediaBaseUrl: config.MEDIA_BASE_URL,
        now,
      });
    },
    consumers: (runtime) => grievanceConsumers(runtime, now),
    jobs: (runtime) => [
      intervalJob(
        'SLA escalation',
        runtime.config.ESCALATION_INTERVAL_MS,
        () =>
          escalateOverdueComplaints({ db: runtime.db, now, maxLevel: runtime.config.ESCALATION_MAX_LEVEL }),
        runtime.log,
      ),
    ],
  };
}
