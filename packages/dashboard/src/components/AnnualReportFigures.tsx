import type { NetworkPageQuery } from '../generated/graphql';
import { FOCUS_AREA_STATUS_LABEL, FOCUS_AREA_STATUS_NOT_STATED, NOT_REPORTED, UNKNOWN } from '../labels';
import { formatChange, formatCount, formatDate, formatHours, formatNok, formatTotal, sumKnown, withDetail } from '../shaping/format';

type Report = NonNullable<NonNullable<NetworkPageQuery['network']>['annualReport']>;

/** The year's report in the order and words of the national annual-report template. */
export function AnnualReportFigures({ report, year }: { report: Report | null; year: number }) {
  if (!report) return <p>Ingen årsrapport er registrert for {year}.</p>;
  const studyDayParticipants = sumKnown(report.studyDays.map((event) => event.participants));
  const courseParticipants = sumKnown(report.introductionCourses.map((event) => event.participants));
  return (
    <>
      <dl className="figures">
        <Figure label={`Medlemmer per 31. desember ${year}`} value={formatCount(report.membersAtYearEnd)} />
        <Figure
          label={`Endring fra ${year - 1}`}
          value={report.membersChange === null && report.membershipNote ? `${UNKNOWN} («${report.membershipNote}»)` : formatChange(report.membersChange)}
        />
        <Figure label="Nye ressurspersoner" value={formatCount(report.joined)} />
        <Figure label="Sluttet i funksjonen" value={formatCount(report.left)} />
        <Figure label="Samlinger (timer)" value={withDetail(formatCount(report.gatherings), formatHours(report.gatheringHours))} />
        <Figure label="Felles fagdager (deltakere)" value={withDetail(formatCount(report.studyDays.length || null), formatTotal(studyDayParticipants))} />
        <Figure label="Introduksjonskurs, deltakere" value={formatTotal(courseParticipants)} />
        <Figure label="Hospitering, dager" value={formatCount(report.jobShadowingDays)} />
        <Figure label="Tilskuddsmidler" value={formatTotal(sumKnown(report.funding.map((grant) => grant.amountNok)), formatNok)} />
      </dl>

      {(report.studyDays.length > 0 || report.introductionCourses.length > 0) && (
        <>
          <h3>Fagdager og introduksjonskurs</h3>
          <ul className="plain-list">
            {[
              ...report.studyDays.map((event) => ({ ...event, hours: null, kind: 'Fagdag' })),
              ...report.introductionCourses.map((event) => ({ ...event, kind: 'Introduksjonskurs' })),
            ].map((event, index) => (
              <li key={index}>
                <span className="badge">{event.kind}</span> {event.title}: {formatDate(event.date)}, {formatCount(event.participants)} deltakere
                {event.hours !== null && `, ${formatHours(event.hours)}`}
              </li>
            ))}
          </ul>
        </>
      )}

      {report.funding.length > 0 && (
        <>
          <h3>Økonomi</h3>
          <ul className="plain-list">
            {report.funding.map((grant, index) => (
              <li key={index}>
                {grant.source}: {formatNok(grant.amountNok)}
                {grant.purpose && ` – ${grant.purpose}`}
              </li>
            ))}
          </ul>
        </>
      )}

      {report.focusAreas.length > 0 && (
        <>
          <h3>Satsningsområder</h3>
          <ul className="plain-list">
            {report.focusAreas.map((area, index) => (
              <li key={index}>
                <span className="badge">{area.status ? FOCUS_AREA_STATUS_LABEL[area.status] : FOCUS_AREA_STATUS_NOT_STATED}</span> {area.title}
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>Fra årsrapportmalen</h3>
      <dl className="figures">
        <Figure label="Reorganisering" value={report.reorganisation ?? NOT_REPORTED} />
        <Figure label="Kursavgift" value={report.courseFee ?? NOT_REPORTED} />
        <Figure label="Samarbeid med andre nettverk" value={report.cooperationWithOtherNetworks ?? NOT_REPORTED} />
        <Figure
          label="Andre enn ressurspersoner invitert til fagdag"
          value={report.studyDays.length ? report.studyDays.map((day) => yesNoOrNotReported(day.othersThanResourcePersonsInvited)).join(', ') : NOT_REPORTED}
        />
        <Figure
          label="Hospitanter, hjemkommune"
          value={
            report.jobShadowing.length
              ? report.jobShadowing.map((visit) => `${visit.who}: ${visit.homeMunicipality?.name ?? NOT_REPORTED}`).join('; ')
              : NOT_REPORTED
          }
        />
      </dl>

      {report.themes.length > 0 && (
        <>
          <h3>Tema / fokusområder</h3>
          <p>{report.themes.join(', ')}</p>
        </>
      )}

      {report.goalsReached && (
        <>
          <h3>Hvilke mål er oppnådd?</h3>
          <p className="source-text">{report.goalsReached}</p>
        </>
      )}

      {report.localUnits.length > 0 && (
        <div className="table-scroll" role="region" aria-label={`Lokallagene i ${year}`} tabIndex={0}>
          <table className="data-table">
            <caption>Lokallagene i {year}</caption>
            <thead>
              <tr>
                <th scope="col">Enhet</th>
                <th scope="col" className="numeric">
                  Medlemmer per 31.12.
                </th>
                <th scope="col" className="numeric">
                  Endring fra {year - 1}
                </th>
                <th scope="col" className="numeric">
                  Samlinger (timer)
                </th>
              </tr>
            </thead>
            <tbody>
              {report.localUnits.map((unitReport, index) => (
                <tr key={unitReport.unit?.id ?? index}>
                  <th scope="row">
                    {unitReport.unit?.name ?? UNKNOWN}
                    {unitReport.unit && <span className="cell-note">{unitReport.unit.localTerm}</span>}
                  </th>
                  <td className="numeric">{formatCount(unitReport.membersAtYearEnd)}</td>
                  <td className="numeric">{formatChange(unitReport.membersChange)}</td>
                  <td className="numeric">{withDetail(formatCount(unitReport.gatherings), formatHours(unitReport.gatheringHours))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function yesNoOrNotReported(value: boolean | null): string {
  return value === null ? NOT_REPORTED : value ? 'Ja' : 'Nei';
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="figure">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
