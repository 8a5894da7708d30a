import { loadConfig, type Static, serviceConfig } from '@seva/service-kit';

export const configSchema = serviceConfig({ port: 3003, database: 'seva_bill_payment' }, {});
export type Config = Static<typeof configSchema>;

export const loadBillPaymentConfig = (env: NodeJS.ProcessEnv = process.env): Config =>
  loadConfig(configSchema, env);
