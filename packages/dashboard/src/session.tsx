/*
 * Minimal stand-in for the web app's session (SESSION-CONTRACT.md), written to the contract's
 * interface until the auth work (packages/web) replaces it: asks /auth/session, and counts any
 * failure (no server behind the page) as anonymous.
 */
import { createContext, useContext, useEffect, useState } from 'react';

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

const SessionContext = createContext<Session>({ status: 'loading' });

function signIn(returnTo = `/${window.location.hash}`): void {
  window.location.assign(`/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
}

export function SessionProvider(props: { children: React.ReactNode }): React.JSX.Element {
  const [session, setSession] = useState<Session>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    fetch('/auth/session', { credentials: 'same-origin' })
      .then((response) => (response.ok ? response.json() : { signedIn: false }))
      .catch(() => ({ signedIn: false }))
      .then((body: { signedIn?: boolean; user?: SessionUser; csrfToken?: string }) => {
        if (!current) return;
        if (body.signedIn && body.user && body.csrfToken) {
          const csrfToken = body.csrfToken;
          setSession({
            status: 'signed-in',
            user: body.user,
            csrfToken,
            async signOut() {
              await fetch('/auth/logout', { method: 'POST', credentials: 'same-origin', headers: { 'x-csrf-token': csrfToken } });
              setSession({ status: 'anonymous', signIn });
            },
          });
        } else setSession({ status: 'anonymous', signIn });
      });
    return () => {
      current = false;
    };
  }, []);
  return <SessionContext.Provider value={session}>{props.children}</SessionContext.Provider>;
}

export function useSession(): Session {
  return useContext(SessionContext);
}
