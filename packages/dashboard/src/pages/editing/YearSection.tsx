import { useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { RecordField, RecordForm, Values } from '../../components/editing/RecordForm';
import { Loading, QueryFailure } from '../../components/QueryFailure';
import {
  EditingYearDocument,
  EditingYearQuery,
  FocusAreaStatus,
  VestRecordFocusAreaDocument,
  VestRecordFundingDocument,
  VestRecordYearFiguresDocument,
  VestUpdateFocusAreaDocument,
  VestUpdateFundingDocument,
} from '../../generated/graphql';
import { FOCUS_AREA_STATUS_LABEL, UNKNOWN } from '../../labels';
import { formatCount, formatNok } from '../../shaping/format';
import { lines, optionalNumber, optionalText, toText } from '../../shaping/form-values';
import { forRegion } from '../../shaping/regional-document';
import { EDITED_CONTEXT } from './RegisterSection';
import type { EditingScope } from './scope';

type Report = NonNullable<NonNullable<EditingYearQuery['network']>['annualReport']>;

const yearFigureValues = (report: Report | null): Values => ({
  membersAtYearEnd: report?.membersSource === 'REPORTED' ? toText(report.membersAtYearEnd) : '',
  joined: toText(report?.joined),
  left: toText(report?.left),
  membershipNote: toText(report?.membershipNote),
  goalsReached: toText(report?.goalsReached),
  themes: (report?.themes ?? []).join('\n'),
});

/** The year's reported figures, focus areas and funding of the network (the national template's sections). */
export function YearSection({ scope }: { scope: EditingScope }) {
  const { network: scoped, year } = scope;
  const variables = { networkId: scoped.id, year };
  const [result, refetch] = useQuery({ query: EditingYearDocument, variables, context: EDITED_CONTEXT });
  const client = useClient();
  const [message, setMessage] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  // The version this editor's last save of the year's figures made, until the refetched report has it too.
  const [savedFigures, setSavedFigures] = useState<{ year: number; version: number } | null>(null);
  // A new record's form starts empty again once saved.
  const [resetKey, setResetKey] = useState(0);
  const [, recordYearFigures] = useMutation(forRegion(VestRecordYearFiguresDocument, scoped.region));
  const [, recordFocusArea] = useMutation(forRegion(VestRecordFocusAreaDocument, scoped.region));
  const [, updateFocusArea] = useMutation(forRegion(VestUpdateFocusAreaDocument, scoped.region));
  const [, recordFunding] = useMutation(forRegion(VestRecordFundingDocument, scoped.region));
  const [, updateFunding] = useMutation(forRegion(VestUpdateFundingDocument, scoped.region));
  const network = result.data?.network;
  if (!network) return result.error ? <QueryFailure error={result.error} /> : <Loading />;
  const report = network.annualReport ?? null;
  // What the next save of the figures must name: the recorded figures' version (null: none recorded yet).
  const figuresVersion = Math.max(report?.figuresVersion ?? 0, savedFigures?.year === year ? savedFigures.version : 0) || null;
  const fresh = async () =>
    (await client.query(EditingYearDocument, variables, { requestPolicy: 'network-only' }).toPromise()).data?.network?.annualReport ?? null;
  const saved = (text: string) => {
    setMessage(text);
    setEditing(null);
    setResetKey((key) => key + 1);
    refetch({ requestPolicy: 'network-only' });
  };

  const focusFields: RecordField[] = [
    { name: 'title', label: 'Satsningsområde', type: 'longText', required: true },
    {
      name: 'status',
      label: 'Status',
      type: 'select',
      options: [{ value: '', label: 'Ikke oppgitt' }, ...Object.entries(FOCUS_AREA_STATUS_LABEL).map(([value, label]) => ({ value, label }))],
    },
  ];
  const fundingFields: RecordField[] = [
    { name: 'source', label: 'Kilde (hvem ga midlene)', type: 'text', required: true },
    { name: 'amountNok', label: 'Beløp (kr)', type: 'int' },
    { name: 'purpose', label: 'Formål', type: 'longText' },
  ];
  const focusInput = (values: Values) => ({ year, title: values.title, status: (values.status || null) as FocusAreaStatus | null });
  const fundingInput = (values: Values) => ({
    year,
    source: values.source,
    amountNok: optionalNumber(values.amountNok),
    purpose: optionalText(values.purpose),
  });

  return (
    <>
      <h1>
        Årstall og satsninger {year} for {network.name}
      </h1>
      <p className="lead">Velg år øverst på siden. Medlemstallet fra registeret går foran et rapportert tall der registeret har noen oppnevnt per 31.12.</p>
      {message && (
        <p className="notice notice--success" role="status">
          {message}
        </p>
      )}
      <section className="section">
        <h2>Tall for {year}</h2>
        <dl className="facts">
          <div>
            <dt>Medlemmer per 31.12.</dt>
            <dd>
              {formatCount(report?.membersAtYearEnd)}
              {report?.membersSource && <span className="cell-note">{report.membersSource === 'REGISTER' ? 'fra registeret' : 'rapportert'}</span>}
            </dd>
          </div>
          <div>
            <dt>Nye / sluttet</dt>
            <dd>
              {formatCount(report?.joined)} / {formatCount(report?.left)}
            </dd>
          </div>
        </dl>
        {scope.canEdit && (
          <RecordForm
            draftKey={`year:${scoped.id}:${year}`}
            heading={`Registrer tall for ${year}`}
            fields={[
              { name: 'membersAtYearEnd', label: 'Medlemmer per 31.12. (rapportert)', type: 'int' },
              { name: 'joined', label: 'Nye i året', type: 'int' },
              { name: 'left', label: 'Sluttet i året', type: 'int' },
              { name: 'membershipNote', label: 'Merknad om medlemstallet', type: 'text', hint: 'Når dere ikke har et eksakt tall, for eksempel «rundt 15».' },
              { name: 'goalsReached', label: 'Måloppnåelse', type: 'longText' },
              { name: 'themes', label: 'Temaer i året', type: 'lines' },
            ]}
            initial={{ values: yearFigureValues(report), version: figuresVersion }}
            toInput={(values) => ({
              year,
              membersAtYearEnd: optionalNumber(values.membersAtYearEnd),
              joined: optionalNumber(values.joined),
              left: optionalNumber(values.left),
              membershipNote: optionalText(values.membershipNote),
              goalsReached: optionalText(values.goalsReached),
              themes: lines(values.themes),
            })}
            save={async (input, version) => {
              const done = await recordYearFigures({ networkId: scoped.id, input: input as never, expectedVersion: version });
              if (done.data?.figures) setSavedFigures({ year, version: done.data.figures.version });
              return { error: done.error, ok: !done.error && !!done.data?.figures };
            }}
            reload={async (currentVersion) => (currentVersion === null ? null : { values: yearFigureValues(await fresh()), version: currentVersion })}
            onSaved={saved}
            submitLabel="Lagre tallene"
            savedMessage={`Tallene for ${year} er lagret.`}
          />
        )}
      </section>

      <section className="section">
        <h2>Satsningsområder {year}</h2>
        <ul className="plain-list">
          {(report?.focusAreas ?? []).length === 0 && <li>Ingen satsningsområder er registrert for {year}.</li>}
          {(report?.focusAreas ?? []).map((area) => (
            <li key={area.id}>
              {area.title} {area.status && <span className="badge">{FOCUS_AREA_STATUS_LABEL[area.status]}</span>}{' '}
              {scope.canEdit && editing !== `focus:${area.id}` && (
                <button type="button" className="link-button" onClick={() => setEditing(`focus:${area.id}`)}>
                  Endre
                </button>
              )}
              {editing === `focus:${area.id}` && (
                <RecordForm
                  draftKey={`focus:${scoped.id}:${area.id}`}
                  heading="Endre satsningsområdet"
                  fields={focusFields}
                  initial={{ values: { title: area.title, status: area.status ?? '' }, version: area.version }}
                  toInput={focusInput}
                  save={async (input, version) => {
                    const done = await updateFocusArea({ id: area.id, expectedVersion: version ?? area.version, input: input as never });
                    return { error: done.error, ok: !done.error && !!done.data?.focusArea };
                  }}
                  reload={async () => {
                    const now = (await fresh())?.focusAreas.find((candidate) => candidate.id === area.id);
                    return now ? { values: { title: now.title, status: now.status ?? '' }, version: now.version } : null;
                  }}
                  onSaved={saved}
                  onCancel={() => setEditing(null)}
                  submitLabel="Lagre"
                  savedMessage="Satsningsområdet er lagret."
                />
              )}
            </li>
          ))}
        </ul>
        {scope.canEdit && (
          <RecordForm
            key={`focus-${resetKey}`}
            draftKey={`focus:${scoped.id}:ny:${year}`}
            heading="Nytt satsningsområde"
            fields={focusFields}
            initial={{ values: { title: '', status: 'NEW' }, version: null }}
            toInput={focusInput}
            save={async (input) => {
              const done = await recordFocusArea({ networkId: scoped.id, input: input as never });
              return { error: done.error, ok: !done.error && !!done.data?.focusArea };
            }}
            reload={async () => null}
            onSaved={saved}
            submitLabel="Legg til"
            savedMessage="Satsningsområdet er registrert."
          />
        )}
      </section>

      <section className="section">
        <h2>Finansiering {year}</h2>
        <ul className="plain-list">
          {(report?.funding ?? []).length === 0 && <li>Ingen finansiering er registrert for {year}.</li>}
          {(report?.funding ?? []).map((funding) => (
            <li key={funding.id}>
              {funding.source}: {formatNok(funding.amountNok)}
              {funding.purpose ? ` – ${funding.purpose}` : ''}{' '}
              {scope.canEdit && editing !== `funding:${funding.id}` && (
                <button type="button" className="link-button" onClick={() => setEditing(`funding:${funding.id}`)}>
                  Endre
                </button>
              )}
              {editing === `funding:${funding.id}` && (
                <RecordForm
                  draftKey={`funding:${scoped.id}:${funding.id}`}
                  heading="Endre finansieringen"
                  fields={fundingFields}
                  initial={{
                    values: { source: funding.source, amountNok: toText(funding.amountNok), purpose: toText(funding.purpose) },
                    version: funding.version,
                  }}
                  toInput={fundingInput}
                  save={async (input, version) => {
                    const done = await updateFunding({ id: funding.id, expectedVersion: version ?? funding.version, input: input as never });
                    return { error: done.error, ok: !done.error && !!done.data?.funding };
                  }}
                  reload={async () => {
                    const now = (await fresh())?.funding.find((candidate) => candidate.id === funding.id);
                    return now
                      ? { values: { source: now.source, amountNok: toText(now.amountNok), purpose: toText(now.purpose) }, version: now.version }
                      : null;
                  }}
                  onSaved={saved}
                  onCancel={() => setEditing(null)}
                  submitLabel="Lagre"
                  savedMessage="Finansieringen er lagret."
                />
              )}
            </li>
          ))}
        </ul>
        {scope.canEdit && (
          <RecordForm
            key={`funding-${resetKey}`}
            draftKey={`funding:${scoped.id}:ny:${year}`}
            heading="Ny finansiering"
            fields={fundingFields}
            initial={{ values: { source: '', amountNok: '', purpose: '' }, version: null }}
            toInput={fundingInput}
            save={async (input) => {
              const done = await recordFunding({ networkId: scoped.id, input: input as never });
              return { error: done.error, ok: !done.error && !!done.data?.funding };
            }}
            reload={async () => null}
            onSaved={saved}
            submitLabel="Legg til"
            savedMessage="Finansieringen er registrert."
          />
        )}
      </section>
      {!scope.canEdit && report === null && (
        <p>
          {UNKNOWN} Ingenting er registrert for {year}.
        </p>
      )}
    </>
  );
}
