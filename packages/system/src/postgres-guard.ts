export {};

/**
 * Started beside every embedded PostgreSQL (`node postgres-guard.js <postmaster pid>`), in a
 * process group of its own. PostgreSQL runs in its own session and cannot notice that the process
 * that started it was killed outright (SIGKILL, the OOM killer, a closed terminal); this guard
 * can: it gets a new parent. It then asks PostgreSQL for a fast shutdown (SIGINT: sessions end,
 * a checkpoint is written), escalates to an immediate shutdown (SIGQUIT, crash recovery on the
 * next start) if that hangs, and exits once PostgreSQL is gone. It exits at once when PostgreSQL
 * stops by itself.
 */
const postmasterPid = Number(process.argv[2]);
const parentAtStart = process.ppid;
const POLL_MS = 500;
const IMMEDIATE_AFTER_MS = 20_000;
let orphanedAt: number | undefined;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function signal(name: NodeJS.Signals): void {
  try {
    process.kill(postmasterPid, name);
  } catch {
    // Already gone.
  }
}

if (!Number.isInteger(postmasterPid) || postmasterPid <= 0) process.exit(2);
setInterval(() => {
  if (!alive(postmasterPid)) process.exit(0);
  if (orphanedAt === undefined && process.ppid !== parentAtStart) {
    orphanedAt = Date.now();
    signal('SIGINT');
  } else if (orphanedAt !== undefined && Date.now() - orphanedAt > IMMEDIATE_AFTER_MS) {
    signal('SIGQUIT');
  }
}, POLL_MS);
// The runner stops the guard after a normal shutdown.
process.on('SIGTERM', () => process.exit(0));
process.on('SIGINT', () => undefined);
process.on('SIGHUP', () => undefined);
