import { rm } from 'node:fs/promises';

export default async function globalTeardown() {
  const running = globalThis.__PALLNET_TEST_PG__;
  if (!running) return;
  await running.server.stop();
  await rm(running.dataDir, { recursive: true, force: true });
}
