import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => ESCAPES[character]);

/**
 * What a browser gets at the gateway's address. Apollo Server's default page loads Apollo's
 * Sandbox from Apollo's CDN, which shows nothing on a health network without open internet and
 * knows nothing of our sign-in; ours is one self-contained page (no script, no external file)
 * that points to the analysts' workbench in the web app. In production there is no page at all.
 */
export function landingPagePlugin(options: { production: boolean; workbenchUrl: string }): ApolloServerPlugin {
  if (options.production) return ApolloServerPluginLandingPageDisabled();
  const html = landingPageHtml(options.workbenchUrl);
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}

export function landingPageHtml(workbenchUrl: string): string {
  const workbench = escapeHtml(workbenchUrl);
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Nasjonal GraphQL-gateway – Kompetansenettverk i palliasjon</title>
<style>
  body { font-family: system-ui, sans-serif; line-height: 1.5; color: #1f2937; max-width: 44rem; margin: 3rem auto; padding: 0 1rem; }
  a { color: #0b4f8a; }
  code { background: #f3f6f9; padding: 0.1rem 0.3rem; }
  .workbench { display: inline-block; margin: 0.5rem 0 1rem; padding: 0.6rem 1rem; background: #0b4f8a; color: #fff; font-weight: 600; text-decoration: none; }
</style>
</head>
<body>
<h1>Nasjonal GraphQL-gateway</h1>
<p>Dette er den nasjonale føderasjonen for kompetansenettverkene i palliasjon og kreftomsorg. Programmer sender spørringer med <code>POST</code> til denne adressen (<code>content-type: application/json</code>).</p>
<p>Vil du utforske skjemaet og kjøre spørringer i nettleseren, bruk arbeidsbenken for analytikere. Der er du logget inn som deg selv.</p>
<p><a class="workbench" href="${workbench}">Åpne arbeidsbenken</a></p>
<p>Helsetilstanden til hver delgraf: <a href="/health">/health</a></p>
</body>
</html>
`;
}
