import { fieldLabel, valueLabel } from '../../labels';
import { displayValue, FieldChange } from '../../shaping/diff';

interface Props {
  /** What someone else changed since the editor read the record. */
  theirs: FieldChange[];
  /** Who and when, from the audit log, when known. */
  changedBy?: { subject: string; at: string } | null;
  /** Fields both changed: the editor's value wins if they re-apply. */
  clashes?: string[];
  onReapply: () => void;
  onDiscard: () => void;
  busy?: boolean;
}

/**
 * Someone saved the record after the editor read it. Shows what they changed (before → after)
 * and lets the editor save their own version over it, or take theirs and drop their own.
 */
export function ConflictNotice({ theirs, changedBy, clashes = [], onReapply, onDiscard, busy }: Props) {
  return (
    <div className="notice notice--conflict" role="alert">
      <p className="notice__title">Noen andre har endret dette mens du redigerte</p>
      <p>
        {changedBy ? `Endret av ${changedBy.subject} ${new Date(changedBy.at).toLocaleString('nb-NO')}. ` : ''}
        Ingenting av ditt er lagret ennå, og det du skrev står fortsatt i skjemaet.
      </p>
      {theirs.length === 0 ? (
        <p>Endringen gjelder ingen av feltene i skjemaet.</p>
      ) : (
        <table className="data-table diff-table">
          <caption>Det de endret</caption>
          <thead>
            <tr>
              <th scope="col">Felt</th>
              <th scope="col">Før</th>
              <th scope="col">Nå</th>
            </tr>
          </thead>
          <tbody>
            {theirs.map((change) => (
              <tr key={change.field}>
                <th scope="row">{fieldLabel(change.field)}</th>
                <td>
                  <del>{displayValue(valueLabel(change.field, change.before))}</del>
                </td>
                <td>
                  <ins>{displayValue(valueLabel(change.field, change.after))}</ins>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        Du kan legge dine endringer oppå deres og lagre: det de endret og du ikke rørte, beholdes.
        {clashes.length > 0 && ` Dere har begge endret ${clashes.map((field) => fieldLabel(field).toLowerCase()).join(', ')}: der gjelder ditt.`}
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={onReapply} disabled={busy}>
          Legg mine endringer oppå deres og lagre
        </button>
        <button type="button" className="button button--secondary" onClick={onDiscard} disabled={busy}>
          Forkast mine endringer og vis deres
        </button>
      </div>
    </div>
  );
}
