import { parse, type DocumentNode } from 'graphql';
import { useState } from 'react';
import { useClient, useQuery } from 'urql';
import { RecordField, RecordForm } from '../../components/editing/RecordForm';
import { Loading, QueryFailure } from '../../components/QueryFailure';
import { EditingUnitsDocument, EditingUnitsQuery } from '../../generated/graphql';
import { LEVEL_LABEL, UNKNOWN } from '../../labels';
import { displayValue } from '../../shaping/diff';
import { REGION_PREFIX } from '../../shaping/regional-document';
import { formatHash } from '../../shaping/routes';
import { COMMON_UNIT_FIELDS, UnitKindSpec, unitFormValues, unitInput, unitKindOf, unitKindsOf } from '../../shaping/unit-kinds';
import { setFlash, takeFlash } from './flash';
import { EDITED_CONTEXT } from './RegisterSection';
import type { EditingScope } from './scope';

type Unit = NonNullable<EditingUnitsQuery['network']>['units'][number];

const documents = new Map<string, DocumentNode>();

/**
 * `<region>Create<Kind>` / `<region>Update<Kind>` for one of the region's own kinds. Built from
 * the kind table (whose fields a unit test checks against the schema's inputs), one per kind.
 */
function unitMutation(kind: UnitKindSpec, action: 'Create' | 'Update'): DocumentNode {
  const key = `${kind.typename}:${action}`;
  let document = documents.get(key);
  if (!document) {
    const field = `${REGION_PREFIX[kind.region]}${action}${kind.mutationName}`;
    document =
      action === 'Create'
        ? parse(
            `mutation Create${kind.typename}($networkId: ID!, $input: ${kind.typename}Input!) { unit: ${field}(networkId: $networkId, input: $input) { __typename id version } }`,
          )
        : parse(
            `mutation Update${kind.typename}($id: ID!, $expectedVersion: Int!, $input: ${kind.typename}Input!) { unit: ${field}(id: $id, expectedVersion: $expectedVersion, input: $input) { __typename id version } }`,
          );
    documents.set(key, document);
  }
  return document;
}

/** The unit as the form reads it: the shared fields under their input names, and the kind's own. */
function unitRecord(unit: Unit): Record<string, unknown> {
  const record = { ...(unit as Record<string, unknown>) };
  record.parentId = unit.parent?.id ?? '';
  record.municipalityNumbers = unit.municipalities.map((m) => m.number);
  if ('seatMunicipality' in unit) record.seatMunicipalityNumber = (unit.seatMunicipality as { number: string } | null)?.number ?? '';
  return record;
}

/** The region's own kinds of unit, each with its own fields: the list, and the form to create or change one. */
export function UnitsSection({ scope }: { scope: EditingScope }) {
  const [flash] = useState(takeFlash);
  const [result] = useQuery({ query: EditingUnitsDocument, variables: { networkId: scope.network.id }, context: EDITED_CONTEXT });
  const client = useClient();
  const network = result.data?.network;
  if (!network) return result.error ? <QueryFailure error={result.error} /> : <Loading />;
  const kinds = unitKindsOf(network.region);
  const hashOf = (item: string | null) => formatHash({ page: 'editing', networkId: scope.network.id, section: 'enheter', item }, scope.year);

  if (scope.item !== null && scope.canEdit) {
    const creating = scope.item.startsWith('ny-') ? kinds.find((kind) => `ny-${kind.typename}` === scope.item) : undefined;
    const unit = creating ? null : network.units.find((candidate) => candidate.id === scope.item);
    const kind = creating ?? (unit ? unitKindOf(unit.__typename) : undefined);
    if (!kind || (!creating && !unit))
      return (
        <p>
          Fant ikke enheten. <a href={hashOf(null)}>Til enhetene</a>
        </p>
      );
    const parents = network.units.filter((candidate) => candidate.id !== unit?.id);
    const fields: RecordField[] = [...COMMON_UNIT_FIELDS, ...kind.fields].map((field) => ({
      name: field.name,
      label: field.label,
      required: field.required,
      type:
        field.name === 'parentId'
          ? 'select'
          : field.type === 'bool'
            ? 'bool'
            : field.type === 'lines'
              ? 'lines'
              : field.type === 'longText'
                ? 'longText'
                : field.type === 'int'
                  ? 'int'
                  : field.type === 'float'
                    ? 'float'
                    : 'text',
      options:
        field.name === 'parentId'
          ? [{ value: '', label: 'Øverst (ingen)' }, ...parents.map((p) => ({ value: p.id, label: `${p.name} (${p.localTerm})` }))]
          : undefined,
    }));
    return (
      <>
        <p className="breadcrumb">
          <a href={hashOf(null)}>Enheter</a> / {unit ? unit.name : `ny ${kind.label.toLowerCase()}`}
        </p>
        <h1>{unit ? `Endre ${unit.name}` : `Ny ${kind.label.toLowerCase()}`}</h1>
        <RecordForm
          draftKey={`unit:${scope.network.id}:${unit?.id ?? kind.typename}`}
          heading={kind.label}
          fields={fields}
          initial={{ values: unitFormValues(kind, unit ? unitRecord(unit) : null), version: unit?.version ?? null }}
          toInput={(values) => unitInput(kind, values)}
          save={async (input, version) => {
            const done = unit
              ? await client.mutation(unitMutation(kind, 'Update'), { id: unit.id, expectedVersion: version ?? unit.version, input }).toPromise()
              : await client.mutation(unitMutation(kind, 'Create'), { networkId: scope.network.id, input }).toPromise();
            return { error: done.error, ok: !done.error && !!done.data?.unit };
          }}
          reload={async () => {
            const fresh = await client.query(EditingUnitsDocument, { networkId: scope.network.id }, { requestPolicy: 'network-only' }).toPromise();
            const now = fresh.data?.network?.units.find((candidate) => candidate.id === unit?.id);
            return now ? { values: unitFormValues(kind, unitRecord(now)), version: now.version } : null;
          }}
          onSaved={(message) => {
            setFlash(message);
            window.location.hash = hashOf(null);
          }}
          onCancel={() => (window.location.hash = hashOf(null))}
          submitLabel={unit ? 'Lagre endringene' : 'Opprett'}
          savedMessage={unit ? `${kind.label} er lagret.` : `${kind.label} er opprettet.`}
        />
      </>
    );
  }

  return (
    <>
      <h1>Enheter i {network.name}</h1>
      {flash && (
        <p className="notice notice--success" role="status">
          {flash}
        </p>
      )}
      {scope.canEdit && (
        <p className="button-row">
          {kinds.map((kind) => (
            <a key={kind.typename} className="button button--secondary" href={hashOf(`ny-${kind.typename}`)}>
              Ny {kind.label.toLowerCase()}
            </a>
          ))}
        </p>
      )}
      {kinds.map((kind) => {
        const units = network.units.filter((unit) => unit.__typename === kind.typename);
        return (
          <section key={kind.typename} className="section" aria-label={kind.label}>
            <h2>
              {kind.label} ({units.length})
            </h2>
            {units.length === 0 ? (
              <p>Ingen.</p>
            ) : (
              <ul className="cards cards--single">
                {units.map((unit) => {
                  const record = unitRecord(unit);
                  return (
                    <li key={unit.id} className="card">
                      <p className="card__title">{scope.canEdit ? <a href={hashOf(unit.id)}>{unit.name}</a> : unit.name}</p>
                      <p className="cell-note">
                        {LEVEL_LABEL[unit.level]}
                        {unit.parent ? ` · under ${network.units.find((p) => p.id === unit.parent?.id)?.name ?? unit.parent.id}` : ''}
                      </p>
                      <dl className="unit-fields">
                        <div>
                          <dt>Kommuner</dt>
                          <dd>{unit.municipalities.length === 0 ? UNKNOWN : unit.municipalities.map((m) => m.name).join(', ')}</dd>
                        </div>
                        {kind.fields.map((field) => (
                          <div key={field.name}>
                            <dt>{field.label.replace(/ \(.*\)$/, '')}</dt>
                            <dd>{displayValue(record[field.name])}</dd>
                          </div>
                        ))}
                      </dl>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
    </>
  );
}
