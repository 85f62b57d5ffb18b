import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'urql';
import { App } from './App';
import { createGatewayClient } from './client';
import { loadConfig } from './config';
import { csrfTokenOfSession, SessionProvider } from './session';
import './styles.css';

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

const root = createRoot(document.getElementById('root')!);

loadConfig(window.location.href, fetchJson).then(
  (config) =>
    root.render(
      <StrictMode>
        <SessionProvider>
          <Provider value={createGatewayClient(config, csrfTokenOfSession)}>
            <App />
          </Provider>
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
