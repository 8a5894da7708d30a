import { fileURLToPath } from 'node:url';

/** The repository's root folder (this file lives in packages/testkit/{src,dist}). */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
