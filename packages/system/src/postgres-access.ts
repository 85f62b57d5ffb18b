import { statSync } from 'node:fs';
import path from 'node:path';

/** Who PostgreSQL runs as: `postgres` when this process is root (PostgreSQL refuses root). */
export interface PostgresUser {
  name: string;
  uid: number;
  gid: number;
}

/**
 * The first directory on the way to `target` that `user` cannot enter, if any. PostgreSQL runs as
 * another user when the runner is root, and that user must pass through every directory above its
 * binaries and its data directory: a clone under a directory only root can enter (such as a 0700
 * temporary directory) fails deep inside initdb otherwise.
 */
export function unreachableDirectory(target: string, user: PostgresUser): { dir: string; mode: string; owner: number } | undefined {
  const parts = path.resolve(target).split(path.sep).filter(Boolean);
  let dir: string = path.sep;
  for (const part of ['', ...parts.slice(0, -1)]) {
    dir = part ? path.join(dir, part) : dir;
    let stats;
    try {
      stats = statSync(dir);
    } catch {
      return undefined; // Not there yet: it is created for PostgreSQL, with its owner set.
    }
    const mode = stats.mode;
    const canEnter = stats.uid === user.uid ? (mode & 0o100) !== 0 : stats.gid === user.gid ? (mode & 0o010) !== 0 : (mode & 0o001) !== 0;
    if (!canEnter) return { dir, mode: (mode & 0o777).toString(8).padStart(4, '0'), owner: stats.uid };
  }
  return undefined;
}

/** One line for the user: what PostgreSQL cannot reach, and what to do about it. */
export function accessProblem(target: string, what: string, user: PostgresUser | undefined): string | undefined {
  if (!user) return undefined;
  const blocked = unreachableDirectory(target, user);
  if (!blocked) return undefined;
  return (
    `Embedded PostgreSQL runs as the user ${user.name} (it refuses to run as root), who cannot enter ${blocked.dir} ` +
    `(mode ${blocked.mode}, owner uid ${blocked.owner}) on the way to its ${what}; ` +
    `move the project or EMBEDDED_PG_DATA_DIR under a directory others can enter, run \`chmod o+x ${blocked.dir}\`, or run as an ordinary user`
  );
}
