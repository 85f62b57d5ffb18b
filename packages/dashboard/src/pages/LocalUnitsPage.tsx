import { useMemo } from 'react';
import { useQuery } from 'urql';
import { MemberCount } from '../components/MemberCount';
import { OutageNotice } from '../components/OutageNotice';
import { Loading, QueryFailure } from '../components/QueryFailure';
import { Column, SortableTable } from '../components/SortableTable';
import { LocalUnitsDocument } from '../generated/graphql';
import { formatChange, formatCount, formatHours, withDetail } from '../shaping/format';
import { LocalUnitRow, localUnitRows } from '../shaping/local-units';
import { formatHash } from '../shaping/routes';
import { outagesOf } from '../shaping/unavailable';
import { useDocumentTitle } from '../use-document-title';

/** The local units of every network in one table: Oslo's sector networks next to Vest's network groups. */
export function LocalUnitsPage({ year }: { year: number }) {
  const [result] = useQuery({ query: LocalUnitsDocument, variables: { year } });
  const { data, error } = result;
  useDocumentTitle(`Lokale enheter ${year}`);
  const rows = useMemo(() => (data ? localUnitRows(data) : []), [data]);
  const terms = [...new Set(rows.map((row) => row.localTerm))];

  return (
    <>
      <h1>Lokale enheter side om side, {year}</h1>
      <p className="lead">
        Der ressurspersonene møtes, med hvert nettverks eget ord for enheten
        {terms.length > 0 && <> ({terms.join(', ')})</>}. Tallene er fra nettverkenes årsrapport for {year} der den har dem.
      </p>
      <OutageNotice outages={outagesOf(error, data?.regions)} />
      {!data && result.fetching && <Loading />}
      {!data && error && <QueryFailure error={error} />}
      {data && (
        <SortableTable
          caption={`Lokale enheter i alle nettverk, ${year}`}
          columns={columns(year)}
          rows={rows}
          rowKey={(row) => row.id}
          initialSort={{ key: 'network', direction: 'ascending' }}
          empty="Ingen lokale enheter i svaret."
        />
      )}
    </>
  );
}

function columns(year: number): Column<LocalUnitRow>[] {
  return [
    {
      key: 'network',
      label: 'Nettverk',
      sortValue: (row) => `${row.regionName} ${row.healthTrust}`,
      render: (row) => (
        <a href={formatHash({ page: 'network', id: row.networkId }, year)} title={row.networkName}>
          {row.healthTrust}
          <span className="cell-note">{row.regionName}</span>
        </a>
      ),
    },
    { key: 'term', label: 'Enhet (eget ord)', sortValue: (row) => row.localTerm, render: (row) => row.localTerm },
    { key: 'unit', label: 'Navn', rowHeader: true, sortValue: (row) => row.name, render: (row) => row.name },
    {
      key: 'members',
      label: `Medlemmer per 31.12.${year}`,
      numeric: true,
      sortValue: (row) => row.members,
      render: (row) => <MemberCount value={row.members} fromLatest={row.membersFromLatest} />,
    },
    { key: 'change', label: `Endring fra ${year - 1}`, numeric: true, sortValue: (row) => row.membersChange, render: (row) => formatChange(row.membersChange) },
    {
      key: 'gatherings',
      label: 'Samlinger (timer)',
      numeric: true,
      sortValue: (row) => row.gatherings,
      render: (row) => withDetail(formatCount(row.gatherings), formatHours(row.gatheringHours)),
    },
    {
      key: 'planned',
      label: 'Planlagte møter per år',
      numeric: true,
      sortValue: (row) => row.plannedMeetingsPerYear,
      render: (row) => formatCount(row.plannedMeetingsPerYear),
    },
    { key: 'municipalities', label: 'Kommuner', numeric: true, sortValue: (row) => row.municipalities, render: (row) => formatCount(row.municipalities) },
  ];
}
