/** Start the deployment (nginx on 127.0.0.1) before the tests; stop it by PID after them, also on failure. */
import { rmSync } from 'node:fs';
import { findDeployTools } from '../../scripts/nginx.mjs';
import { startDeployment, stopDeployment } from './nginx-site.ts';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const state = await startDeployment(findDeployTools() as { nginx: string; openssl: string });
  return async () => {
    await stopDeployment(state);
    rmSync(state.dir, { recursive: true, force: true });
  };
}
