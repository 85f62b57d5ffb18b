import { createContext, ReactNode, useContext, useEffect, useState } from 'react';

/*
 * The signed-in user, as the server that serves the dashboard (the BFF, packages/web) knows them:
 * /work/helpers/SESSION-CONTRACT.md. Minimal version until the auth work is merged.
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

const SessionContext = createContext<Session>({ status: 'loading' });

const signIn = (returnTo = `/${window.location.hash}`) => {
  window.location.assign(`/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
};

export function SessionProvider(props: { children: ReactNode }): React.JSX.Element {
  const [session, setSession] = useState<Session>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    fetch('/auth/session', { credentials: 'same-origin', cache: 'no-store' })
      .then((response) => (response.ok ? response.json() : { signedIn: false }))
      .catch(() => ({ signedIn: false }))
      .then((body: { signedIn: boolean; user?: SessionUser; csrfToken?: string }) => {
        if (cancelled) return;
        if (body.signedIn && body.user && body.csrfToken) {
          const csrfToken = body.csrfToken;
          setSession({
            status: 'signed-in',
            user: body.user,
            csrfToken,
            signOut: async () => {
              await fetch('/auth/logout', { method: 'POST', credentials: 'same-origin', headers: { 'x-csrf-token': csrfToken } });
              setSession({ status: 'anonymous', signIn });
            },
          });
        } else setSession({ status: 'anonymous', signIn });
      });
    return () => {
      cancelled = true;
    };
  }, []);
  return <SessionContext.Provider value={session}>{props.children}</SessionContext.Provider>;
}

export function useSession(): Session {
  return useContext(SessionContext);
}
