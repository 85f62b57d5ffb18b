import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'urql';
import { App } from './App';
import { createGatewayClient } from './client';
import { loadConfig } from './config';
import type { Client } from '@urql/core';
import { csrfTokenOfSession, SessionProvider, useSession } from './session';
import './styles.css';

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/**
 * The pages once the session is known: a signed-in user's first queries must already carry the
 * session's CSRF token, or the web app refuses them.
 */
function WhenSessionKnown({ client }: { client: Client }) {
  const session = useSession();
  if (session.status === 'loading') return <p aria-busy="true">Henter …</p>;
  return (
    <Provider value={client}>
      <App />
    </Provider>
  );
}

const root = createRoot(document.getElementById('root')!);

loadConfig(window.location.href, fetchJson).then(
  (config) =>
    root.render(
      <StrictMode>
        <SessionProvider>
          <WhenSessionKnown client={createGatewayClient(config, csrfTokenOfSession)} />
        </SessionProvider>
      </StrictMode>,
    ),
  (error: Error) =>
    root.render(
      <main className="page">
        <h1>Dashbordet kan ikke starte</h1>
        <p role="alert">Oppsettet er feil: {error.message}</p>
      </main>,
    ),
);
