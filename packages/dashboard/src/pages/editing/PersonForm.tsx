import { FormEvent, useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { ConflictNotice } from '../../components/editing/ConflictNotice';
import { FormField, optionsOf, SelectField, TextField } from '../../components/editing/FormField';
import { SaveFeedback } from '../../components/editing/SaveFeedback';
import { Loading, QueryFailure } from '../../components/QueryFailure';
import {
  RegisterDocument,
  VestAuditLogDocument,
  VestEndAppointmentDocument,
  VestPersonDocument,
  VestPersonQuery,
  VestRegisterPersonDocument,
  VestUpdatePersonDocument,
} from '../../generated/graphql';
import { PROFESSION_LABEL, WORKPLACE_KIND_LABEL } from '../../labels';
import { bothChanged, changedFields, FieldChange, reapply } from '../../shaping/diff';
import { emptyPerson, PERSON_FIELDS, PersonFormValues, personInput, personMissing, personValues } from '../../shaping/person-form';
import { forRegion } from '../../shaping/regional-document';
import { todayInNorway } from '../../shaping/register-filters';
import { formatHash } from '../../shaping/routes';
import { SaveProblem, saveProblemOf } from '../../shaping/save-errors';
import { useDraft } from '../../use-draft';
import { setFlash } from './flash';
import { EDITED_CONTEXT } from './RegisterSection';
import type { EditingScope } from './scope';

type Person = NonNullable<VestPersonQuery['person']>;

/** Register a new resource person (personId null) or change one: memberships, end of the appointment. */
export function PersonForm({ scope, personId }: { scope: EditingScope; personId: string | null }) {
  const region = scope.network.region;
  const [person] = useQuery({
    query: forRegion(VestPersonDocument, region),
    variables: { id: personId ?? '', withContact: scope.canEdit },
    pause: personId === null,
    requestPolicy: 'network-only',
  });
  const [register] = useQuery({
    query: RegisterDocument,
    variables: { networkId: scope.network.id, activeOn: null, withContact: false },
    context: EDITED_CONTEXT,
  });
  const listHash = formatHash({ page: 'editing', networkId: scope.network.id, section: 'ressurspersoner', item: null }, scope.year);

  if (!scope.canEdit) return <p>Bare regionens redaktører kan endre registeret.</p>;
  if (personId !== null && !person.data) return person.error ? <QueryFailure error={person.error} /> : <Loading />;
  if (personId !== null && !person.data?.person) {
    return (
      <p>
        Fant ikke ressurspersonen. <a href={listHash}>Til registeret</a>
      </p>
    );
  }
  const network = register.data?.network;
  return (
    <EditPerson
      key={personId ?? 'ny'}
      scope={scope}
      person={person.data?.person ?? null}
      units={network?.units ?? []}
      hospitalUnits={network?.hospitalUnits ?? []}
      listHash={listHash}
    />
  );
}

interface EditProps {
  scope: EditingScope;
  person: Person | null;
  units: ReadonlyArray<{ id: string; name: string; localTerm: string }>;
  hospitalUnits: ReadonlyArray<{ id: string; name: string; hospital?: string | null }>;
  listHash: string;
}

interface Draft {
  values: PersonFormValues;
  /** The record as the editor read it (for an update), to show what someone else changed. */
  baseline: PersonFormValues | null;
  version: number | null;
}

function EditPerson({ scope, person, units, hospitalUnits, listHash }: EditProps) {
  const region = scope.network.region;
  const client = useClient();
  const [draft, setDraft, clearDraft] = useDraft<Draft>(`person:${scope.network.id}:${person?.id ?? 'ny'}`, () => ({
    values: person ? personValues(person) : emptyPerson(todayInNorway()),
    baseline: person ? personValues(person) : null,
    version: person?.version ?? null,
  }));
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [conflict, setConflict] = useState<{ theirs: FieldChange[]; current: Person; changedBy: { subject: string; at: string } | null } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [endDay, setEndDay] = useState(todayInNorway());
  const [registerState, registerPerson] = useMutation(forRegion(VestRegisterPersonDocument, region));
  const [updateState, updatePerson] = useMutation(forRegion(VestUpdatePersonDocument, region));
  const [endState, endAppointment] = useMutation(forRegion(VestEndAppointmentDocument, region));
  const busy = registerState.fetching || updateState.fetching || endState.fetching;
  const { values } = draft;

  const errorsOf = (field: string) => (problem?.kind === 'invalid' ? (problem.fieldErrors[field] ?? []) : []);
  const set = (field: keyof PersonFormValues) => (value: string) => setDraft((current) => ({ ...current, values: { ...current.values, [field]: value } }));
  const setMemberships = (change: (list: PersonFormValues['memberships']) => PersonFormValues['memberships']) =>
    setDraft((current) => ({ ...current, values: { ...current.values, memberships: change(current.values.memberships) } }));

  async function save(version: number | null, values = draft.values) {
    setSaved(null);
    const missing = personMissing(values);
    if (Object.keys(missing).length > 0) {
      setProblem({ kind: 'invalid', fieldErrors: missing, unplaced: [] });
      return;
    }
    const input = personInput(values);
    const result =
      person === null
        ? await registerPerson({ networkId: scope.network.id, input })
        : await updatePerson({ id: person.id, expectedVersion: version ?? 0, input });
    if (result.error || !result.data?.person) {
      const found = result.error ? saveProblemOf(result.error, PERSON_FIELDS) : ({ kind: 'other', message: 'Tomt svar.' } as SaveProblem);
      setProblem(found);
      if (found.kind === 'conflict' && person) await showConflict(person.id);
      return;
    }
    setProblem(null);
    setConflict(null);
    clearDraft();
    const name = result.data.person.name;
    setFlash(person === null ? `${name} er registrert.` : `Endringene for ${name} er lagret.`);
    window.location.hash = listHash;
  }

  async function showConflict(id: string) {
    const [current, log] = await Promise.all([
      client.query(forRegion(VestPersonDocument, region), { id, withContact: true }, { requestPolicy: 'network-only' }).toPromise(),
      client
        .query(
          forRegion(VestAuditLogDocument, region),
          { entity: 'ResourcePerson', entityId: id, networkId: null, limit: 1 },
          { requestPolicy: 'network-only' },
        )
        .toPromise(),
    ]);
    const now = current.data?.person;
    if (!now) return;
    const entry = log.data?.entries[0];
    setConflict({
      theirs: changedFields({ ...(draft.baseline ?? {}) }, { ...personValues(now) }),
      current: now,
      changedBy: entry ? { subject: entry.subject, at: entry.at } : null,
    });
  }

  function discardMine() {
    if (!conflict) return;
    const theirs = personValues(conflict.current);
    setDraft({ values: theirs, baseline: theirs, version: conflict.current.version });
    setConflict(null);
    setProblem(null);
  }

  async function reapplyMine() {
    if (!conflict) return;
    const theirs = personValues(conflict.current);
    const merged = draft.baseline ? reapply(draft.baseline, draft.values, theirs) : draft.values;
    setDraft({ values: merged, baseline: theirs, version: conflict.current.version });
    setConflict(null);
    await save(conflict.current.version, merged);
  }

  async function end(event: FormEvent) {
    event.preventDefault();
    if (!person) return;
    setSaved(null);
    const result = await endAppointment({ id: person.id, expectedVersion: draft.version ?? person.version, appointedTo: endDay });
    if (result.error || !result.data?.person) {
      const found = result.error ? saveProblemOf(result.error, ['appointedTo']) : ({ kind: 'other', message: 'Tomt svar.' } as SaveProblem);
      setProblem(found);
      if (found.kind === 'conflict') await showConflict(person.id);
      return;
    }
    clearDraft();
    setFlash(`Oppnevnelsen til ${result.data.person.name} er avsluttet ${endDay}.`);
    window.location.hash = listHash;
  }

  const unitOptions = [{ value: '', label: 'Velg enhet' }, ...units.map((unit) => ({ value: unit.id, label: `${unit.name} (${unit.localTerm})` }))];

  return (
    <>
      <p className="breadcrumb">
        <a href={listHash}>Ressurspersoner</a> / {person ? person.name : 'ny'}
      </p>
      <h1>{person ? `Endre ${person.name}` : 'Registrer ressursperson'}</h1>
      {conflict && (
        <ConflictNotice
          theirs={conflict.theirs}
          changedBy={conflict.changedBy}
          clashes={draft.baseline ? bothChanged(draft.baseline, draft.values, personValues(conflict.current)) : []}
          onReapply={reapplyMine}
          onDiscard={discardMine}
          busy={busy}
        />
      )}
      <form
        className="edit-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save(draft.version);
        }}
      >
        <fieldset>
          <legend>Person og arbeidssted</legend>
          <TextField label="Navn" required value={values.name} onChange={set('name')} errors={errorsOf('name')} />
          <SelectField
            label="Yrke"
            required
            value={values.profession}
            onChange={set('profession')}
            options={optionsOf(PROFESSION_LABEL)}
            errors={errorsOf('profession')}
          />
          <SelectField
            label="Type arbeidssted"
            required
            value={values.workplaceKind}
            onChange={set('workplaceKind')}
            options={optionsOf(WORKPLACE_KIND_LABEL)}
            errors={errorsOf('workplaceKind')}
            hint="Dekningen telles for hjemmetjeneste, sykehjem og sykehusavdelinger."
          />
          <TextField
            label="Arbeidssted"
            required
            value={values.workplaceName}
            onChange={set('workplaceName')}
            errors={errorsOf('workplaceName')}
            hint="For eksempel «Hjemmesykepleien Sandnes øst» eller «Lura sykehjem»."
          />
          <TextField
            label="Kommunenummer"
            required
            inputMode="numeric"
            value={values.municipalityNumber}
            onChange={set('municipalityNumber')}
            errors={errorsOf('municipalityNumber')}
            hint="Fire sifre, for eksempel 1108 for Sandnes."
          />
          {values.workplaceKind === 'HOSPITAL_WARD' && (
            <SelectField
              label="Sykehusenhet"
              value={values.hospitalUnitId}
              onChange={set('hospitalUnitId')}
              options={[
                { value: '', label: 'Ingen' },
                ...hospitalUnits.map((unit) => ({ value: unit.id, label: unit.hospital ? `${unit.name} (${unit.hospital})` : unit.name })),
              ]}
              errors={errorsOf('hospitalUnitId')}
              hint="Registrer sykehusenheter under «Sykehusenheter»."
            />
          )}
        </fieldset>
        <fieldset>
          <legend>Oppnevnelse</legend>
          <TextField
            label="Oppnevnt fra"
            required
            type="date"
            value={values.appointedFrom}
            onChange={set('appointedFrom')}
            errors={errorsOf('appointedFrom')}
          />
          <TextField
            label="Oppnevnt til"
            type="date"
            value={values.appointedTo}
            onChange={set('appointedTo')}
            errors={errorsOf('appointedTo')}
            hint="Tomt så lenge oppnevnelsen varer."
          />
        </fieldset>
        <fieldset>
          <legend>Kontaktopplysninger</legend>
          <p className="form-field__hint">Vises bare for regionens redaktører.</p>
          <TextField label="E-post" type="email" value={values.email} onChange={set('email')} errors={errorsOf('email')} />
          <TextField label="Telefon" type="tel" value={values.phone} onChange={set('phone')} errors={errorsOf('phone')} />
        </fieldset>
        <fieldset>
          <legend>Medlemskap i enheter</legend>
          {errorsOf('memberships').length > 0 && <p className="form-field__error">{errorsOf('memberships').join(' ')}</p>}
          {values.memberships.length === 0 && <p>Ikke medlem av noen enhet.</p>}
          {values.memberships.map((membership, index) => (
            <div className="membership-row" key={index} role="group" aria-label={`Medlemskap ${index + 1}`}>
              <SelectField
                label="Enhet"
                value={membership.unitId}
                onChange={(unitId) => setMemberships((list) => list.map((m, i) => (i === index ? { ...m, unitId } : m)))}
                options={unitOptions}
                errors={errorsOf(`memberships[${index}].unitId`)}
              />
              <TextField
                label="Fra"
                type="date"
                value={membership.from}
                onChange={(from) => setMemberships((list) => list.map((m, i) => (i === index ? { ...m, from } : m)))}
                errors={errorsOf(`memberships[${index}].from`)}
                hint="Tomt: fra oppnevnelsen."
              />
              <TextField
                label="Til"
                type="date"
                value={membership.to}
                onChange={(to) => setMemberships((list) => list.map((m, i) => (i === index ? { ...m, to } : m)))}
                errors={errorsOf(`memberships[${index}].to`)}
              />
              <button type="button" className="button button--secondary" onClick={() => setMemberships((list) => list.filter((_, i) => i !== index))}>
                Fjern
              </button>
            </div>
          ))}
          <button type="button" className="button button--secondary" onClick={() => setMemberships((list) => [...list, { unitId: '', from: '', to: '' }])}>
            Legg til medlemskap
          </button>
        </fieldset>
        <SaveFeedback problem={problem} saved={saved} />
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            {busy ? 'Lagrer …' : person ? 'Lagre endringene' : 'Registrer'}
          </button>
          <a className="button button--secondary" href={listHash} onClick={() => clearDraft()}>
            Avbryt
          </a>
        </div>
      </form>
      {person && !person.appointedTo && (
        <form className="edit-form edit-form--aside" onSubmit={end}>
          <h2>Avslutt oppnevnelsen</h2>
          <p>Siste dag som ressursperson. Medlemskapene avsluttes samme dag.</p>
          <FormField label="Siste dag" errors={problem?.kind === 'invalid' ? problem.fieldErrors.appointedTo : undefined}>
            {(props) => <input {...props} type="date" value={endDay} onChange={(event) => setEndDay(event.target.value)} />}
          </FormField>
          <button type="submit" className="button button--danger" disabled={busy}>
            Avslutt oppnevnelsen
          </button>
        </form>
      )}
    </>
  );
}
