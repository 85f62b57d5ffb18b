import type { DemoAccount } from './accounts';

/* The local provider's pages, in Norwegian: sign-in with the demo accounts, sign-out, messages. */

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STYLE = `
  body { font-family: system-ui, sans-serif; background: #f3f6f9; color: #1b2733; margin: 0; }
  main { max-width: 32rem; margin: 2.5rem auto; background: #fff; padding: 1.5rem 2rem 2rem; border-radius: 0.5rem; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
  h1 { font-size: 1.4rem; margin-top: 0; }
  .notice { background: #fff7e0; border-left: 4px solid #d9a400; padding: 0.5rem 0.75rem; font-size: 0.9rem; }
  label { display: block; font-weight: 600; margin-top: 1rem; }
  input { font: inherit; width: 100%; box-sizing: border-box; padding: 0.5rem; margin-top: 0.25rem; border: 1px solid #7a8794; border-radius: 0.25rem; }
  button { font: inherit; margin-top: 1.25rem; padding: 0.55rem 1.2rem; background: #083b67; color: #fff; border: 0; border-radius: 0.3rem; cursor: pointer; }
  button.secondary { background: #fff; color: #083b67; border: 2px solid #083b67; margin-left: 0.5rem; }
  [role=alert] { color: #a4000f; font-weight: 600; }
  table { border-collapse: collapse; margin-top: 0.5rem; font-size: 0.9rem; }
  td, th { text-align: left; padding: 0.2rem 0.75rem 0.2rem 0; }
`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

export function loginPage(options: { uid: string; accounts: readonly DemoAccount[]; username?: string; error?: string }): string {
  const rows = options.accounts
    .map((account) => `<tr><td><code>${escapeHtml(account.username)}</code></td><td>${escapeHtml(account.description)}</td></tr>`)
    .join('');
  return page(
    'Logg inn – Kompetansenettverk i palliasjon',
    `<h1>Logg inn</h1>
<p class="notice">Lokal innloggingstjeneste for utvikling. Passordet for demobrukerne står i utskriften fra <code>npm start</code>.</p>
${options.error ? `<p role="alert">${escapeHtml(options.error)}</p>` : ''}
<form method="post" action="/interaction/${encodeURIComponent(options.uid)}/login" autocomplete="off">
  <label for="username">Brukernavn</label>
  <input id="username" name="username" required autofocus value="${escapeHtml(options.username ?? '')}">
  <label for="password">Passord</label>
  <input id="password" name="password" type="password" required>
  <button type="submit">Logg inn</button>
</form>
<h2 style="font-size:1rem;margin-top:1.5rem">Demobrukere</h2>
<table><thead><tr><th>Brukernavn</th><th>Rolle</th></tr></thead><tbody>${rows}</tbody></table>`,
  );
}

/** oidc-provider's sign-out question: `form` is its own form, which the buttons submit. */
export function logoutPage(form: string): string {
  return page(
    'Logg ut',
    `<h1>Logge ut av innloggingstjenesten også?</h1>
<p>Du er logget ut av dashbordet. Logg ut her også, så må passordet oppgis ved neste innlogging.</p>
${form}
<button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Ja, logg ut</button>
<button class="secondary" type="submit" form="op.logoutForm">Nei</button>`,
  );
}

export function messagePage(title: string, text: string): string {
  return page(title, `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p>`);
}
