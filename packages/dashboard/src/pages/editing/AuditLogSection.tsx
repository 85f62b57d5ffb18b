import { useState } from 'react';
import { useQuery } from 'urql';
import { SelectField } from '../../components/editing/FormField';
import { Loading, QueryFailure } from '../../components/QueryFailure';
import { VestAuditLogDocument } from '../../generated/graphql';
import { AUDIT_ACTION_LABEL, ENTITY_LABEL, fieldLabel, valueLabel } from '../../labels';
import { changedFields, displayValue } from '../../shaping/diff';
import { forRegion } from '../../shaping/regional-document';
import { unitKindOf } from '../../shaping/unit-kinds';
import { EDITED_CONTEXT } from './RegisterSection';
import type { EditingScope } from './scope';

const entityLabel = (entity: string) => ENTITY_LABEL[entity] ?? unitKindOf(entity)?.label ?? entity;

/** Who changed what in the network, and when, with each change's before → after. Newest first. */
export function AuditLogSection({ scope }: { scope: EditingScope }) {
  const [entity, setEntity] = useState('');
  const [limit, setLimit] = useState(50);
  const [result] = useQuery({
    query: forRegion(VestAuditLogDocument, scope.network.region),
    variables: { networkId: scope.network.id, entity: entity || null, entityId: null, limit },
    context: EDITED_CONTEXT,
    requestPolicy: 'cache-and-network',
  });
  const entries = result.data?.entries;
  return (
    <>
      <h1>Endringslogg for {scope.network.name}</h1>
      <p className="lead">Hver endring lagres med hvem som gjorde den og når, og med posten før og etter. Loggen kan ikke endres.</p>
      <form className="filters" onSubmit={(event) => event.preventDefault()} aria-label="Filtre">
        <SelectField
          label="Type"
          value={entity}
          onChange={setEntity}
          options={[{ value: '', label: 'Alle typer' }, ...Object.entries(ENTITY_LABEL).map(([value, label]) => ({ value, label }))]}
        />
      </form>
      {!entries && (result.error ? <QueryFailure error={result.error} /> : <Loading />)}
      {entries && entries.length === 0 && <p>Ingen endringer er registrert ennå.</p>}
      {entries && entries.length > 0 && (
        <ol className="audit-log">
          {entries.map((entry) => {
            const changes = changedFields(entry.before as Record<string, unknown> | null, entry.after as Record<string, unknown> | null);
            const after = entry.after as Record<string, unknown> | null;
            const title = (after?.name ?? after?.title ?? after?.source ?? entry.entityId) as string;
            return (
              <li key={entry.id} className="audit-entry">
                <p className="audit-entry__head">
                  <strong>
                    {AUDIT_ACTION_LABEL[entry.action]}: {entityLabel(entry.entity)} «{String(title)}»
                  </strong>
                  <span className="cell-note">
                    {new Date(entry.at).toLocaleString('nb-NO', { dateStyle: 'medium', timeStyle: 'short' })} av {entry.subject}
                  </span>
                </p>
                {changes.length > 0 && (
                  <table className="data-table diff-table">
                    <caption className="visually-hidden">Endrede felt</caption>
                    <thead>
                      <tr>
                        <th scope="col">Felt</th>
                        <th scope="col">Før</th>
                        <th scope="col">Etter</th>
                      </tr>
                    </thead>
                    <tbody>
                      {changes.map((change) => (
                        <tr key={change.field}>
                          <th scope="row">{fieldLabel(change.field)}</th>
                          <td>{entry.before === null ? '' : <del>{displayValue(valueLabel(change.field, change.before))}</del>}</td>
                          <td>
                            <ins>{displayValue(valueLabel(change.field, change.after))}</ins>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {entries && entries.length >= limit && (
        <button type="button" className="button button--secondary" onClick={() => setLimit((n) => Math.min(1000, n + 100))}>
          Vis flere
        </button>
      )}
    </>
  );
}
