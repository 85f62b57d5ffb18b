import { ReactNode, useState } from 'react';
import type { CombinedError } from 'urql';
import { bothChanged, changedFields, FieldChange, reapply } from '../../shaping/diff';
import { missingRequired, notNumbers } from '../../shaping/form-values';
import { SaveProblem, saveProblemOf } from '../../shaping/save-errors';
import { useDraft } from '../../use-draft';
import { ConflictNotice } from './ConflictNotice';
import { SaveFeedback } from './SaveFeedback';
import { SelectField, TextField } from './FormField';

export interface RecordField {
  name: string;
  label: string;
  type: 'text' | 'longText' | 'int' | 'float' | 'date' | 'select' | 'lines' | 'bool';
  options?: ReadonlyArray<{ value: string; label: string }>;
  required?: boolean;
  hint?: ReactNode;
}

export type Values = Record<string, string>;

interface Props {
  /** Where the draft is kept (per record): `event:<network>:<id|ny>`. */
  draftKey: string;
  heading: string;
  fields: RecordField[];
  /** The record as read (strings, as the form shows them) and its version; null version for a new record. */
  initial: { values: Values; version: number | null };
  toInput: (values: Values) => Record<string, unknown>;
  /** Sends the change; version null creates. */
  save: (input: Record<string, unknown>, version: number | null) => Promise<{ error?: CombinedError; ok: boolean; message?: string }>;
  /** The record as it is now, after a CONFLICT (currentVersion from the error, when it says). */
  reload: (currentVersion: number | null) => Promise<{ values: Values; version: number } | null>;
  onSaved: (message: string) => void;
  onCancel?: () => void;
  submitLabel: string;
  savedMessage: string;
}

/**
 * A form for one record of the template (an event, a focus area, funding, a hospital unit, the
 * year's figures, a unit): what is typed is kept in a draft until it is saved; the API's
 * violations stand next to their fields in Norwegian; a CONFLICT shows what someone else
 * changed and lets the editor save their own version over it.
 */
export function RecordForm({ draftKey, heading, fields, initial, toInput, save, reload, onSaved, onCancel, submitLabel, savedMessage }: Props) {
  const [draft, setDraft, clearDraft] = useDraft(draftKey, () => ({ values: initial.values, baseline: initial.values, version: initial.version }));
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [conflict, setConflict] = useState<{ theirs: FieldChange[]; values: Values; version: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const names = fields.map((field) => field.name);

  const errorsOf = (field: string) => (problem?.kind === 'invalid' ? (problem.fieldErrors[field] ?? []) : []);
  const set = (field: string) => (value: string) => setDraft((current) => ({ ...current, values: { ...current.values, [field]: value } }));

  async function submit(version: number | null, values = draft.values) {
    const local = {
      ...missingRequired(
        values,
        fields.filter((f) => f.required && f.type !== 'text' && f.type !== 'longText').map((f) => f.name),
      ),
      ...notNumbers(
        values,
        fields.filter((f) => f.type === 'int' || f.type === 'float').map((f) => f.name),
      ),
    };
    if (Object.keys(local).length > 0) {
      setProblem({ kind: 'invalid', fieldErrors: local, unplaced: [] });
      return;
    }
    setBusy(true);
    try {
      const result = await save(toInput(values), version);
      if (!result.ok) {
        const found = result.error ? saveProblemOf(result.error, names) : ({ kind: 'other', message: result.message ?? 'Tomt svar.' } as SaveProblem);
        setProblem(found);
        if (found.kind === 'conflict') {
          const current = await reload(found.currentVersion);
          if (current) setConflict({ theirs: changedFields(draft.baseline, current.values), values: current.values, version: current.version });
        }
        return;
      }
      setProblem(null);
      setConflict(null);
      clearDraft();
      onSaved(savedMessage);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="edit-form"
      noValidate
      aria-label={heading}
      onSubmit={(event) => {
        event.preventDefault();
        void submit(draft.version);
      }}
    >
      <h2>{heading}</h2>
      {conflict && (
        <ConflictNotice
          theirs={conflict.theirs}
          clashes={bothChanged(draft.baseline, draft.values, conflict.values)}
          busy={busy}
          onReapply={() => {
            const { version, values: theirs } = conflict;
            const merged = reapply(draft.baseline, draft.values, theirs);
            setDraft({ values: merged, baseline: theirs, version });
            setConflict(null);
            void submit(version, merged);
          }}
          onDiscard={() => {
            setDraft({ values: conflict.values, baseline: conflict.values, version: conflict.version });
            setConflict(null);
            setProblem(null);
          }}
        />
      )}
      {fields.map((field) =>
        field.type === 'select' || field.type === 'bool' ? (
          <SelectField
            key={field.name}
            label={field.label}
            required={field.required}
            value={draft.values[field.name] ?? ''}
            onChange={set(field.name)}
            options={
              field.type === 'bool'
                ? [
                    { value: '', label: 'Ikke oppgitt' },
                    { value: 'true', label: 'Ja' },
                    { value: 'false', label: 'Nei' },
                  ]
                : (field.options ?? [])
            }
            errors={errorsOf(field.name)}
            hint={field.hint}
          />
        ) : (
          <TextField
            key={field.name}
            label={field.label}
            required={field.required}
            type={field.type === 'date' ? 'date' : 'text'}
            inputMode={field.type === 'int' ? 'numeric' : field.type === 'float' ? 'decimal' : undefined}
            multiline={field.type === 'longText' || field.type === 'lines'}
            value={draft.values[field.name] ?? ''}
            onChange={set(field.name)}
            errors={errorsOf(field.name)}
            hint={field.hint ?? (field.type === 'lines' ? 'Én per linje.' : undefined)}
          />
        ),
      )}
      <SaveFeedback problem={problem} />
      <div className="button-row">
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Lagrer …' : submitLabel}
        </button>
        {onCancel && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              clearDraft();
              onCancel();
            }}
          >
            Avbryt
          </button>
        )}
      </div>
    </form>
  );
}
