export {};

/**
 * Preloaded into every service the runner starts (`node --require child-guard.js <entry>`).
 * The runner stops its services itself; this covers the case it cannot: the runner killed
 * outright (SIGKILL, a closed terminal). The service then gets a new parent, notices, and stops
 * itself through its own SIGTERM handler, so no orphaned service keeps holding its port; if that
 * handler has not ended the process within a few seconds, it is killed like the runner would.
 */
const parentAtStart = process.ppid;
const GIVE_UP_AFTER_CHECKS = 10;
let checksOrphaned = 0;

setInterval(() => {
  if (process.ppid === parentAtStart) return;
  checksOrphaned += 1;
  if (checksOrphaned === 1) process.kill(process.pid, 'SIGTERM');
  if (checksOrphaned >= GIVE_UP_AFTER_CHECKS) process.kill(process.pid, 'SIGKILL');
}, 1_000).unref();
