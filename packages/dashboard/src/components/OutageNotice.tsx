import type { Outage } from '../shaping/unavailable';

/**
 * Says which part of the federation is missing from what the page shows, so a gap is never
 * mistaken for a figure. The rest of the page renders as usual.
 */
export function OutageNotice({ outages }: { outages: readonly Outage[] }) {
  if (outages.length === 0) return null;
  return (
    <div className="notice" role="status" data-testid="outage-notice">
      <h2 className="notice__title">Noe mangler i svaret</h2>
      <ul>
        {outages.map((outage) => (
          <li key={outage.service} data-service={outage.service}>
            {outage.kind === 'unavailable' ? (
              <>
                <strong>{outage.label}</strong> er ikke tilgjengelig nå. Nettverk og tall derfra mangler; resten vises.
              </>
            ) : (
              <>
                <strong>{outage.label}</strong> svarte med en feil. Noe av det som kommer derfra, kan mangle.
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
