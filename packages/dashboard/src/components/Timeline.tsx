import { EVENT_KIND_LABEL } from '../labels';
import { formatCount, formatHours } from '../shaping/format';
import type { TimelineYear } from '../shaping/timeline';

/** The network's events along a vertical time line, year by year. */
export function Timeline({ years }: { years: readonly TimelineYear[] }) {
  if (years.length === 0) return <p>Ingen aktiviteter er registrert.</p>;
  return (
    <div className="timeline">
      {years.map(({ year, entries }) => (
        <section key={year ?? 'ukjent'} className="timeline__year" aria-label={year === null ? 'År ukjent' : String(year)}>
          <h3 className="timeline__year-title">{year ?? 'År ukjent'}</h3>
          <ol className="timeline__entries">
            {entries.map((entry, index) => (
              <li key={index} className={`timeline__entry timeline__entry--${entry.kind.toLowerCase()}`}>
                <p className="timeline__when">{entry.when}</p>
                <p className="timeline__what">
                  <span className="badge">{EVENT_KIND_LABEL[entry.kind]}</span> {entry.title}
                </p>
                <p className="timeline__details">
                  {[
                    entry.unit && entry.unit.name,
                    entry.participants !== null && `${formatCount(entry.participants)} deltakere`,
                    entry.hours !== null && formatHours(entry.hours),
                    entry.form,
                    entry.location,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
