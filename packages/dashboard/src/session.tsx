import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';

/*
 * Who is signed in, from the web app's server (GET /auth/session). The browser never holds a
 * token: the server keeps it and adds it to /api/graphql; the page only knows the user and the
 * session's CSRF token, which it sends with every request that changes something.
 */

export interface SessionUser {
  subject: string;
  name: string;
  role: 'editor' | 'analyst';
  region: string | null;
}

export type Session =
  | { status: 'loading' }
  | { status: 'anonymous'; signIn(returnTo?: string): void }
  | { status: 'signed-in'; user: SessionUser; csrfToken: string; signOut(): Promise<void> };

type SessionAnswer = { signedIn: false } | { signedIn: true; user: SessionUser; csrfToken: string };

const SessionContext = createContext<Session>({ status: 'loading' });

/** The CSRF token of the current session, for the GraphQL client (read at each request). */
let currentCsrfToken: string | undefined;
export const csrfTokenOfSession = (): string | undefined => currentCsrfToken;

/** Sends the browser to sign in, back to `returnTo` (this page by default) afterwards. */
function signIn(returnTo?: string): void {
  const back = returnTo ?? `${window.location.pathname}${window.location.search}${window.location.hash}`;
  window.location.assign(`/auth/login?returnTo=${encodeURIComponent(back)}`);
}

/**
 * Provides `useSession()`. Without the web app's server (a page served elsewhere, or `?gateway=`)
 * the session stays anonymous, and signing in is offered only where the server answers.
 */
export function SessionProvider(props: { children: React.ReactNode }): React.JSX.Element {
  const [answer, setAnswer] = useState<SessionAnswer | undefined>(undefined);
  const mounted = useRef(true);

  const load = useCallback(async () => {
    try {
      const response = await fetch('/auth/session', { credentials: 'same-origin', cache: 'no-store', headers: { accept: 'application/json' } });
      const body = (response.ok ? await response.json() : { signedIn: false }) as SessionAnswer;
      if (mounted.current) setAnswer(body.signedIn ? body : { signedIn: false });
    } catch {
      if (mounted.current) setAnswer({ signedIn: false });
    }
  }, []);

  useEffect(() => {
    mounted.current = true;
    void load();
    return () => {
      mounted.current = false;
    };
  }, [load]);

  const signOut = useCallback(async () => {
    const token = currentCsrfToken;
    let endSessionUrl: string | undefined;
    try {
      const response = await fetch('/auth/logout', { method: 'POST', credentials: 'same-origin', headers: token ? { 'x-csrf-token': token } : {} });
      if (response.ok) endSessionUrl = ((await response.json()) as { endSessionUrl?: string }).endSessionUrl;
    } finally {
      currentCsrfToken = undefined;
      if (mounted.current) setAnswer({ signedIn: false });
    }
    // The provider's own session ends too, so the next sign-in asks for the password again; without
    // one, a fresh page forgets what the signed-in user's queries left in the GraphQL cache.
    if (endSessionUrl) window.location.assign(endSessionUrl);
    else window.location.reload();
  }, []);

  const session = useMemo<Session>(() => {
    if (answer === undefined) return { status: 'loading' };
    if (!answer.signedIn) {
      currentCsrfToken = undefined;
      return { status: 'anonymous', signIn };
    }
    currentCsrfToken = answer.csrfToken;
    return { status: 'signed-in', user: answer.user, csrfToken: answer.csrfToken, signOut };
  }, [answer, signOut]);

  return <SessionContext.Provider value={session}>{props.children}</SessionContext.Provider>;
}

export function useSession(): Session {
  return useContext(SessionContext);
}
