import { useState } from 'react';
import { useClient } from 'urql';
import annualReportText from '../../../../analyst-tools/queries/annual-report.graphql?raw';
import type { AnnualReportResponse } from '../../../../analyst-tools/src/report/annual-report.response';
import { buildAnnualReport } from '../../../../analyst-tools/src/report/build-report';
import { renderHtml } from '../../../../analyst-tools/src/report/render-html';
import { withSharedFragments } from '../../analyst-fragments';
import { downloadText } from '../../spreadsheets';
import type { EditingScope } from './scope';

const annualReportQuery = withSharedFragments(annualReportText);

/**
 * The network's annual report for the year as `npm run report -- --format html` makes it: the
 * analyst tools' own query, template and renderer (pure code, run here in the browser), so the
 * page and the command never differ. Shown as the printable page and downloadable as .html.
 */
export function AnnualReportSection({ scope }: { scope: EditingScope }) {
  const client = useClient();
  const [html, setHtml] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { network, year } = scope;
  const fileName = `arsrapport-${network.id}-${year}.html`;

  async function make(): Promise<string | null> {
    setBusy(true);
    setProblem(null);
    try {
      const result = await client
        .query<AnnualReportResponse>(
          annualReportQuery,
          { id: network.id, year, nextYear: year + 1, from: `${year}-01-01`, to: `${year}-12-31` },
          { requestPolicy: 'network-only' },
        )
        .toPromise();
      // As the command: any error fails the report, which must not say «Ikke rapportert» about data that could not be fetched.
      if (result.error || !result.data?.network) {
        setProblem(
          `Årsrapporten kan ikke lages nå: ${result.error?.networkError ? 'fikk ikke kontakt med tjenesten' : (result.error?.graphQLErrors.map((e) => e.message).join('; ') ?? 'fant ikke nettverket')}.`,
        );
        return null;
      }
      const document = buildAnnualReport({
        network: result.data.network,
        regions: result.data.regions,
        year,
        gatewayUrl: window.location.origin,
        generatedAt: new Date(),
      });
      const page = renderHtml(document);
      setHtml(page);
      return page;
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <h1>
        Årsrapport {year} for {network.name}
      </h1>
      <p className="lead">
        Rapporten følger den nasjonale malen for årsrapport, med én del per lokal enhet. Det dataene ikke har, står som «Ikke rapportert». Velg år øverst på
        siden.
      </p>
      <p className="button-row">
        <button type="button" className="button" disabled={busy} onClick={() => void make()}>
          {busy ? 'Lager …' : 'Vis årsrapporten'}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={async () => {
            const page = html ?? (await make());
            if (page) downloadText(fileName, page, 'text/html;charset=utf-8');
          }}
        >
          Last ned (.html)
        </button>
      </p>
      {problem && (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      )}
      {html && <iframe className="report-frame" title={`Årsrapport ${year} for ${network.name}`} srcDoc={html} />}
    </>
  );
}
