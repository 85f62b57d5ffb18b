import { useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { RecordField, RecordForm, Values } from '../../components/editing/RecordForm';
import { Loading, QueryFailure } from '../../components/QueryFailure';
import { EditingEventsDocument, RegisterDocument, VestRegisterHospitalUnitDocument, VestUpdateHospitalUnitDocument } from '../../generated/graphql';
import { optionalText, toText } from '../../shaping/form-values';
import { forRegion } from '../../shaping/regional-document';
import { EDITED_CONTEXT } from './RegisterSection';
import type { EditingScope } from './scope';

const fields: RecordField[] = [
  { name: 'name', label: 'Navn på enheten', type: 'text', required: true, hint: 'For eksempel «Kirurgisk sengepost 1» eller «Palliativt team».' },
  { name: 'hospital', label: 'Sykehus', type: 'text' },
];

/**
 * The hospital units that treat patients in need of palliative care: coverage counts whether
 * each has a resource person (one in a hospital ward who names the unit).
 */
export function HospitalUnitsSection({ scope }: { scope: EditingScope }) {
  const variables = { networkId: scope.network.id, activeOn: null, withContact: false };
  const [result, refetch] = useQuery({ query: RegisterDocument, variables, context: EDITED_CONTEXT });
  const [units] = useQuery({ query: EditingEventsDocument, variables: { networkId: scope.network.id }, context: EDITED_CONTEXT });
  const client = useClient();
  const [message, setMessage] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [resetKey, setResetKey] = useState(0);
  const [, registerUnit] = useMutation(forRegion(VestRegisterHospitalUnitDocument, scope.network.region));
  const [, updateUnit] = useMutation(forRegion(VestUpdateHospitalUnitDocument, scope.network.region));
  const network = result.data?.network;
  if (!network) return result.error ? <QueryFailure error={result.error} /> : <Loading />;
  const localUnits = units.data?.network?.units ?? [];
  const allFields: RecordField[] = [
    ...fields,
    {
      name: 'unitId',
      label: 'Lokal enhet',
      type: 'select',
      options: [{ value: '', label: 'Ingen' }, ...localUnits.map((u) => ({ value: u.id, label: `${u.name} (${u.localTerm})` }))],
    },
  ];
  const toInput = (values: Values) => ({ name: values.name, hospital: optionalText(values.hospital), unitId: optionalText(values.unitId) });
  const saved = (text: string) => {
    setMessage(text);
    setEditing(null);
    setResetKey((key) => key + 1);
    refetch({ requestPolicy: 'network-only' });
  };
  const staffed = new Set((network.resourcePersons ?? []).filter((p) => !p.appointedTo).map((p) => p.hospitalUnit?.id));
  return (
    <>
      <h1>Sykehusenheter i {network.name}</h1>
      <p className="lead">
        Malen ber om en ressursperson i hver sykehusenhet som behandler pasienter med behov for palliasjon. Dekningen kan bare telles for enheter som er
        registrert her.
      </p>
      {message && (
        <p className="notice notice--success" role="status">
          {message}
        </p>
      )}
      <ul className="plain-list">
        {network.hospitalUnits.length === 0 && <li>Ingen sykehusenheter er registrert.</li>}
        {network.hospitalUnits.map((unit) => (
          <li key={unit.id}>
            <strong>{unit.name}</strong>
            {unit.hospital ? ` (${unit.hospital})` : ''} – {staffed.has(unit.id) ? 'har ressursperson' : 'mangler ressursperson'}{' '}
            {scope.canEdit && editing !== unit.id && (
              <button type="button" className="link-button" onClick={() => setEditing(unit.id)}>
                Endre
              </button>
            )}
            {editing === unit.id && (
              <RecordForm
                draftKey={`hospital-unit:${scope.network.id}:${unit.id}`}
                heading="Endre sykehusenheten"
                fields={allFields}
                initial={{ values: { name: unit.name, hospital: toText(unit.hospital), unitId: '' }, version: unit.version }}
                toInput={(values) => {
                  const input = toInput(values);
                  // The local unit is not shown when read: leave it as it is unless one is chosen.
                  return values.unitId === '' ? { name: input.name, hospital: input.hospital } : input;
                }}
                save={async (input, version) => {
                  const done = await updateUnit({ id: unit.id, expectedVersion: version ?? unit.version, input: input as never });
                  return { error: done.error, ok: !done.error && !!done.data?.hospitalUnit };
                }}
                reload={async () => {
                  const now = (
                    await client.query(RegisterDocument, variables, { requestPolicy: 'network-only' }).toPromise()
                  ).data?.network?.hospitalUnits.find((u) => u.id === unit.id);
                  return now ? { values: { name: now.name, hospital: toText(now.hospital), unitId: '' }, version: now.version } : null;
                }}
                onSaved={saved}
                onCancel={() => setEditing(null)}
                submitLabel="Lagre"
                savedMessage="Sykehusenheten er lagret."
              />
            )}
          </li>
        ))}
      </ul>
      {scope.canEdit && (
        <RecordForm
          key={resetKey}
          draftKey={`hospital-unit:${scope.network.id}:ny`}
          heading="Registrer sykehusenhet"
          fields={allFields}
          initial={{ values: { name: '', hospital: '', unitId: '' }, version: null }}
          toInput={toInput}
          save={async (input) => {
            const done = await registerUnit({ networkId: scope.network.id, input: input as never });
            return { error: done.error, ok: !done.error && !!done.data?.hospitalUnit };
          }}
          reload={async () => null}
          onSaved={saved}
          submitLabel="Registrer"
          savedMessage="Sykehusenheten er registrert."
        />
      )}
    </>
  );
}
