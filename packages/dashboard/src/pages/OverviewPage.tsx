import { useMemo } from 'react';
import { useQuery } from 'urql';
import { MembersChart } from '../components/MembersChart';
import { OutageNotice } from '../components/OutageNotice';
import { Loading, QueryFailure } from '../components/QueryFailure';
import { Column, SortableTable } from '../components/SortableTable';
import { OverviewDocument } from '../generated/graphql';
import { UNKNOWN } from '../labels';
import { describeCoverage } from '../shaping/coverage';
import { formatChange, formatCount, formatHours, formatNok, formatTotal, withDetail } from '../shaping/format';
import { membersChartData, OverviewRow, overviewRows, overviewVariables } from '../shaping/overview';
import { formatHash } from '../shaping/routes';
import { outagesOf } from '../shaping/unavailable';
import { useDocumentTitle } from '../use-document-title';

/** The national overview: every network's figures for the year, and members per year beside it. */
export function OverviewPage({ year }: { year: number }) {
  const [result] = useQuery({ query: OverviewDocument, variables: overviewVariables(year) });
  const { data, error } = result;
  useDocumentTitle(`Nasjonal oversikt ${year}`);
  const rows = useMemo(() => (data ? overviewRows(data) : []), [data]);
  const chart = useMemo(() => (data ? membersChartData(data, year) : undefined), [data, year]);

  return (
    <>
      <h1>Nasjonal oversikt {year}</h1>
      <p className="lead">
        Nettverkenes tall for {year} etter den nasjonale malen for årsrapport. Velg en kolonne for å sortere, og et nettverk for å se organiseringen og
        årsrapporten.
      </p>
      <OutageNotice outages={outagesOf(error, data?.regions)} />
      {!data && result.fetching && <Loading />}
      {!data && error && <QueryFailure error={error} />}
      {data && chart && (
        <div className="overview">
          <section className="overview__table" aria-labelledby="overview-table-heading">
            <h2 id="overview-table-heading" className="visually-hidden">
              Tall per nettverk
            </h2>
            <SortableTable
              caption={`Nettverkene i ${year}`}
              columns={columns(year)}
              rows={rows}
              rowKey={(row) => row.id}
              initialSort={{ key: 'region', direction: 'ascending' }}
              empty="Ingen nettverk i svaret."
            />
          </section>
          <section className="overview__chart" aria-label="Medlemmer per nettverk og år">
            <MembersChart data={chart} />
          </section>
        </div>
      )}
    </>
  );
}

function columns(year: number): Column<OverviewRow>[] {
  return [
    { key: 'region', label: 'Helseregion', sortValue: (row) => row.regionName, render: (row) => row.regionName },
    {
      key: 'network',
      label: 'Nettverk',
      rowHeader: true,
      sortValue: (row) => row.name,
      render: (row) => (
        <a href={formatHash({ page: 'network', id: row.id }, year)}>
          {row.name}
          <span className="cell-note">{row.healthTrust}</span>
        </a>
      ),
    },
    { key: 'members', label: `Medlemmer per 31.12.${year}`, numeric: true, sortValue: (row) => row.members, render: (row) => formatCount(row.members) },
    {
      key: 'change',
      label: `Endring fra ${year - 1}`,
      numeric: true,
      sortValue: (row) => row.membersChange,
      render: (row) =>
        row.membersChange === null && row.membershipNote ? (
          <>
            {UNKNOWN} <span className="cell-note">«{row.membershipNote}»</span>
          </>
        ) : (
          formatChange(row.membersChange)
        ),
    },
    {
      key: 'gatherings',
      label: 'Samlinger (timer)',
      numeric: true,
      sortValue: (row) => row.gatherings,
      render: (row) => withDetail(formatCount(row.gatherings), formatHours(row.gatheringHours)),
    },
    {
      key: 'study-days',
      label: 'Fagdager (deltakere)',
      numeric: true,
      sortValue: (row) => row.studyDays,
      render: (row) => withDetail(formatCount(row.studyDays), formatTotal(row.studyDayParticipants)),
    },
    {
      key: 'introduction',
      label: 'Intro\u00adduksjons\u00adkurs, deltakere',
      numeric: true,
      sortValue: (row) => row.introductionCourseParticipants?.value ?? null,
      render: (row) => formatTotal(row.introductionCourseParticipants),
    },
    {
      key: 'funding',
      label: 'Tilskudds\u00admidler',
      numeric: true,
      sortValue: (row) => row.fundingNok?.value ?? null,
      render: (row) => formatTotal(row.fundingNok, formatNok),
    },
    {
      key: 'coverage',
      label: `Dekning 31.12.${year}`,
      // Fewest municipalities missing first; full coverage is none missing.
      sortValue: (row) => row.coverage.municipalitiesMissing ?? (row.coverage.status === 'complete' ? 0 : null),
      render: (row) => describeCoverage(row.coverage),
    },
  ];
}
