import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { FormField, optionsOf, SelectField } from '../../components/editing/FormField';
import { Loading, QueryFailure } from '../../components/QueryFailure';
import { Column, SortableTable } from '../../components/SortableTable';
import { RegisterDocument, RegisterQuery } from '../../generated/graphql';
import { PROFESSION_LABEL, UNKNOWN, WORKPLACE_KIND_LABEL } from '../../labels';
import { formatDate } from '../../shaping/format';
import { filterPersons, NO_FILTER, RegisterFilter, todayInNorway } from '../../shaping/register-filters';
import { formatHash } from '../../shaping/routes';
import { EDITED_TYPENAMES } from '../../shaping/unit-kinds';
import { takeFlash } from './flash';
import { PersonForm } from './PersonForm';
import type { EditingScope } from './scope';

type Person = NonNullable<NonNullable<RegisterQuery['network']>['resourcePersons']>[number];

export const EDITED_CONTEXT = { additionalTypenames: EDITED_TYPENAMES };

/** The register of resource persons: a filterable list, and the form for one person. */
export function RegisterSection({ scope }: { scope: EditingScope }) {
  if (scope.item !== null) return <PersonForm scope={scope} personId={scope.item === 'ny' ? null : scope.item} />;
  return <RegisterList scope={scope} />;
}

function RegisterList({ scope }: { scope: EditingScope }) {
  const [flash] = useState(takeFlash);
  const [activeOn, setActiveOn] = useState(todayInNorway());
  const [filter, setFilter] = useState<RegisterFilter>(NO_FILTER);
  const [result] = useQuery({
    query: RegisterDocument,
    variables: { networkId: scope.network.id, activeOn: activeOn || null, withContact: scope.canEdit },
    context: EDITED_CONTEXT,
  });
  const network = result.data?.network;
  const persons = useMemo(() => filterPersons(network?.resourcePersons ?? [], filter, activeOn || todayInNorway()), [network, filter, activeOn]);
  const set = (field: keyof RegisterFilter) => (value: string) => setFilter((current) => ({ ...current, [field]: value }));
  const personHash = (id: string) => formatHash({ page: 'editing', networkId: scope.network.id, section: 'ressurspersoner', item: id }, scope.year);

  const columns: Column<Person>[] = [
    {
      key: 'name',
      label: 'Navn',
      rowHeader: true,
      sortValue: (p) => p.name,
      render: (p) => (scope.canEdit ? <a href={personHash(p.id)}>{p.name}</a> : p.name),
    },
    { key: 'profession', label: 'Yrke', sortValue: (p) => PROFESSION_LABEL[p.profession], render: (p) => PROFESSION_LABEL[p.profession] },
    {
      key: 'workplace',
      label: 'Arbeidssted',
      sortValue: (p) => p.workplaceName,
      render: (p) => (
        <>
          {p.workplaceName}
          <span className="cell-note">
            {WORKPLACE_KIND_LABEL[p.workplaceKind]}
            {p.hospitalUnit ? ` · ${p.hospitalUnit.name}` : ''}
          </span>
        </>
      ),
    },
    { key: 'municipality', label: 'Kommune', sortValue: (p) => p.municipality.name, render: (p) => `${p.municipality.name} (${p.municipality.number})` },
    {
      key: 'units',
      label: 'Enheter',
      sortValue: (p) => p.memberships.map((m) => m.unit.name).join(', '),
      render: (p) =>
        p.memberships.length === 0
          ? UNKNOWN
          : p.memberships.map((m) => (
              <span key={`${m.unit.id}-${m.from}`} className="cell-line">
                {m.unit.name}
                {m.to ? ` (til ${formatDate(m.to)})` : ''}
              </span>
            )),
    },
    {
      key: 'from',
      label: 'Oppnevnt',
      sortValue: (p) => p.appointedFrom,
      render: (p) => `${formatDate(p.appointedFrom)} – ${p.appointedTo ? formatDate(p.appointedTo) : ''}`,
    },
  ];
  if (scope.canEdit) {
    columns.push(
      { key: 'email', label: 'E-post', sortValue: (p) => p.email ?? null, render: (p) => p.email ?? UNKNOWN },
      { key: 'phone', label: 'Telefon', sortValue: (p) => p.phone ?? null, render: (p) => p.phone ?? UNKNOWN },
    );
  }

  return (
    <>
      <h1>Ressurspersoner i {scope.network.name}</h1>
      {flash && (
        <p className="notice notice--success" role="status">
          {flash}
        </p>
      )}
      {scope.canEdit ? (
        <p className="button-row">
          <a className="button" href={formatHash({ page: 'editing', networkId: scope.network.id, section: 'ressurspersoner', item: 'ny' }, scope.year)}>
            Registrer ressursperson
          </a>
          <a
            className="button button--secondary"
            href={formatHash({ page: 'editing', networkId: scope.network.id, section: 'import', item: null }, scope.year)}
          >
            Importer fra Excel eller CSV
          </a>
        </p>
      ) : (
        <p>Du ser registeret uten kontaktopplysninger: e-post og telefon vises bare for regionens egne redaktører.</p>
      )}
      <form className="filters" onSubmit={(event) => event.preventDefault()} aria-label="Filtre">
        <FormField label="Aktiv på dato" hint="Tomt: alle, også de som har sluttet.">
          {(props) => <input {...props} type="date" value={activeOn} onChange={(event) => setActiveOn(event.target.value)} />}
        </FormField>
        <SelectField
          label="Enhet"
          value={filter.unitId}
          onChange={set('unitId')}
          options={[{ value: '', label: 'Alle enheter' }, ...(network?.units ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.localTerm})` }))]}
        />
        <SelectField
          label="Kommune"
          value={filter.municipalityNumber}
          onChange={set('municipalityNumber')}
          options={[{ value: '', label: 'Alle kommuner' }, ...municipalityOptions(network?.municipalities ?? [], network?.resourcePersons ?? [])]}
        />
        <SelectField
          label="Type arbeidssted"
          value={filter.workplaceKind}
          onChange={set('workplaceKind')}
          options={optionsOf(WORKPLACE_KIND_LABEL, 'Alle typer')}
        />
        <FormField label="Søk i navn og arbeidssted">
          {(props) => <input {...props} type="search" value={filter.search} onChange={(event) => set('search')(event.target.value)} />}
        </FormField>
      </form>
      {!result.data && result.fetching && <Loading />}
      {result.error && !network?.resourcePersons && <QueryFailure error={result.error} />}
      {network?.resourcePersons && (
        <SortableTable
          caption={`${persons.length} av ${network.resourcePersons.length} ressurspersoner${activeOn ? ` aktive ${formatDate(activeOn)}` : ''}`}
          columns={columns}
          rows={persons}
          rowKey={(p) => p.id}
          initialSort={{ key: 'name', direction: 'ascending' }}
          empty={
            network.resourcePersons.length === 0
              ? 'Registeret er tomt. Registrer den første ressurspersonen, eller importer en liste.'
              : 'Ingen ressurspersoner passer filtrene.'
          }
        />
      )}
    </>
  );
}

/** The network's municipalities, and any others the register's persons work in. */
function municipalityOptions(municipalities: ReadonlyArray<{ number: string; name: string }>, persons: readonly Person[]) {
  const all = new Map(municipalities.map((m) => [m.number, m.name]));
  for (const person of persons) all.set(person.municipality.number, person.municipality.name);
  return [...all].sort((a, b) => a[1].localeCompare(b[1], 'nb')).map(([number, name]) => ({ value: number, label: `${name} (${number})` }));
}
