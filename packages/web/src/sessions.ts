import { randomBytes } from 'node:crypto';

/** Who is signed in, as the dashboard sees it (GET /auth/session). */
export interface SessionUser {
  subject: string;
  name: string;
  role: 'editor' | 'analyst';
  region: string | null;
}

/** A signed-in browser's session: the tokens never leave this process. */
export interface Session {
  id: string;
  csrfToken: string;
  user: SessionUser;
  accessToken: string;
  /** Epoch milliseconds. */
  accessTokenExpiresAt: number;
  refreshToken: string | undefined;
  /** For the provider's end-session endpoint (id_token_hint). */
  idToken: string | undefined;
  createdAt: number;
  lastSeenAt: number;
}

/** A sign-in under way: from /auth/login to /auth/callback. */
export interface PendingLogin {
  id: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
  createdAt: number;
}

export interface SessionLimits {
  /** A session unused this long ends. */
  idleTimeoutMs: number;
  /** A session ends this long after sign-in, used or not. */
  absoluteTimeoutMs: number;
  /** At most this many sessions; the least recently used goes first. */
  maxSessions: number;
}

export const DEFAULT_SESSION_LIMITS: SessionLimits = { idleTimeoutMs: 8 * 3600_000, absoluteTimeoutMs: 12 * 3600_000, maxSessions: 10_000 };
const PENDING_LOGIN_TTL_MS = 10 * 60_000;
const MAX_PENDING_LOGINS = 10_000;

export const randomId = () => randomBytes(32).toString('base64url');

/**
 * Sessions in this process's memory: bounded, expiring, the least recently used dropped first.
 * One replica only: with several, route a browser to the same one (sticky sessions) or move this
 * to a shared store (README).
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();
  private readonly pending = new Map<string, PendingLogin>();

  constructor(readonly limits: SessionLimits = DEFAULT_SESSION_LIMITS) {}

  create(fields: Omit<Session, 'id' | 'csrfToken' | 'createdAt' | 'lastSeenAt'>): Session {
    const now = Date.now();
    const session: Session = { ...fields, id: randomId(), csrfToken: randomId(), createdAt: now, lastSeenAt: now };
    this.sessions.set(session.id, session);
    while (this.sessions.size > this.limits.maxSessions) this.sessions.delete(this.sessions.keys().next().value!);
    return session;
  }

  /** The live session of this id (its use counts), or undefined. */
  get(id: string | undefined): Session | undefined {
    if (!id) return undefined;
    const session = this.sessions.get(id);
    if (!session) return undefined;
    const now = Date.now();
    if (now - session.lastSeenAt > this.limits.idleTimeoutMs || now - session.createdAt > this.limits.absoluteTimeoutMs) {
      this.sessions.delete(id);
      return undefined;
    }
    session.lastSeenAt = now;
    // Map order is insertion order: re-inserting keeps the least recently used first.
    this.sessions.delete(id);
    this.sessions.set(id, session);
    return session;
  }

  delete(id: string): void {
    this.sessions.delete(id);
  }

  get size(): number {
    return this.sessions.size;
  }

  startLogin(fields: Omit<PendingLogin, 'id' | 'createdAt'>): PendingLogin {
    const login: PendingLogin = { ...fields, id: randomId(), createdAt: Date.now() };
    this.pending.set(login.id, login);
    while (this.pending.size > MAX_PENDING_LOGINS) this.pending.delete(this.pending.keys().next().value!);
    return login;
  }

  /** The sign-in this browser started (once only), if it is recent enough. */
  takeLogin(id: string | undefined): PendingLogin | undefined {
    if (!id) return undefined;
    const login = this.pending.get(id);
    this.pending.delete(id);
    if (!login || Date.now() - login.createdAt > PENDING_LOGIN_TTL_MS) return undefined;
    return login;
  }

  /** Drops what has expired; run now and then. */
  sweep(): void {
    const now = Date.now();
    for (const [id, session] of this.sessions) {
      if (now - session.lastSeenAt > this.limits.idleTimeoutMs || now - session.createdAt > this.limits.absoluteTimeoutMs) this.sessions.delete(id);
    }
    for (const [id, login] of this.pending) if (now - login.createdAt > PENDING_LOGIN_TTL_MS) this.pending.delete(id);
  }
}
