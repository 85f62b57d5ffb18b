import { LEVEL_LABEL } from '../labels';
import { formatCount } from '../shaping/format';
import type { LevelBand } from '../shaping/organisation';
import { MemberCount } from './MemberCount';

/**
 * The organisation drawn top-down by national level (styring → drift → lokalt), each level named
 * with the region's own words, each unit with the unit above it, its members and planned meetings.
 */
export function OrganisationTree({ bands }: { bands: readonly LevelBand[] }) {
  if (bands.length === 0) return <p>Ingen enheter er registrert.</p>;
  return (
    <div className="org-tree">
      {bands.map((band) => (
        <section
          key={band.level}
          className={`org-level org-level--${band.level.toLowerCase()}`}
          data-level={band.level}
          aria-labelledby={`level-${band.level}`}
        >
          <h3 id={`level-${band.level}`} className="org-level__title">
            {LEVEL_LABEL[band.level]}
            <span className="org-level__terms">{band.terms.join(', ')}</span>
          </h3>
          <ul className="org-units">
            {band.units.map((unit) => (
              <li key={unit.id} className="org-unit" data-unit={unit.id}>
                <p className="org-unit__term">{unit.localTerm}</p>
                <p className="org-unit__name">{unit.name}</p>
                {unit.parentName && (
                  <p className="org-unit__parent">
                    Under: {unit.parentName}
                    {unit.parentInferred && ' (utledet, ikke oppgitt i kilden)'}
                  </p>
                )}
                <dl className="org-unit__figures">
                  <div>
                    <dt>Medlemmer</dt>
                    <dd>
                      <MemberCount value={unit.members} fromLatest={unit.membersFromLatest} />
                    </dd>
                  </div>
                  <div>
                    <dt>Planlagte møter per år</dt>
                    <dd>{formatCount(unit.plannedMeetingsPerYear)}</dd>
                  </div>
                </dl>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
