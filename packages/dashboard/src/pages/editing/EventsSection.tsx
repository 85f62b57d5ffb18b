import { useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { RecordField, RecordForm, Values } from '../../components/editing/RecordForm';
import { Loading, QueryFailure } from '../../components/QueryFailure';
import { EditingEventsDocument, EditingEventsQuery, EventKind, VestRecordEventDocument, VestUpdateEventDocument } from '../../generated/graphql';
import { EVENT_KIND_LABEL, UNKNOWN } from '../../labels';
import { formatCount, formatDate } from '../../shaping/format';
import { lines, optionalNumber, optionalText, toText } from '../../shaping/form-values';
import { forRegion } from '../../shaping/regional-document';
import { formatHash } from '../../shaping/routes';
import { setFlash, takeFlash } from './flash';
import { EDITED_CONTEXT } from './RegisterSection';
import type { EditingScope } from './scope';

type Event = NonNullable<EditingEventsQuery['network']>['events'][number];

export function eventValues(event: Event | null): Values {
  return {
    kind: event?.kind ?? 'STUDY_DAY',
    title: event?.title ?? '',
    unitId: event?.unit?.id ?? '',
    date: toText(event?.date),
    year: toText(event?.year),
    period: toText(event?.period),
    hours: toText(event?.hours),
    registered: toText(event?.registered),
    attendedInPerson: toText(event?.attendedInPerson),
    attendedDigitally: toText(event?.attendedDigitally),
    participants: toText(event?.participants),
    form: toText(event?.form),
    location: toText(event?.location),
    themes: (event?.themes ?? []).join('\n'),
    note: toText(event?.note),
  };
}

function eventInput(values: Values): Record<string, unknown> {
  return {
    kind: values.kind as EventKind,
    title: values.title,
    unitId: optionalText(values.unitId),
    date: optionalText(values.date),
    year: optionalNumber(values.year),
    period: optionalText(values.period),
    hours: optionalNumber(values.hours),
    registered: optionalNumber(values.registered),
    attendedInPerson: optionalNumber(values.attendedInPerson),
    attendedDigitally: optionalNumber(values.attendedDigitally),
    participants: optionalNumber(values.participants),
    form: optionalText(values.form),
    location: optionalText(values.location),
    themes: lines(values.themes),
    note: optionalText(values.note),
  };
}

/** Events with attendance: gatherings, study days, introduction courses, governance meetings. */
export function EventsSection({ scope }: { scope: EditingScope }) {
  const [flash] = useState(takeFlash);
  const [result] = useQuery({ query: EditingEventsDocument, variables: { networkId: scope.network.id }, context: EDITED_CONTEXT });
  const client = useClient();
  const [, recordEvent] = useMutation(forRegion(VestRecordEventDocument, scope.network.region));
  const [, updateEvent] = useMutation(forRegion(VestUpdateEventDocument, scope.network.region));
  const network = result.data?.network;
  if (!network) return result.error ? <QueryFailure error={result.error} /> : <Loading />;
  const hashOf = (item: string | null) => formatHash({ page: 'editing', networkId: scope.network.id, section: 'aktiviteter', item }, scope.year);
  const events = [...network.events].sort((a, b) => (b.date ?? `${b.year ?? 0}`).localeCompare(a.date ?? `${a.year ?? 0}`));

  if (scope.item !== null && scope.canEdit) {
    const event = scope.item === 'ny' ? null : (events.find((candidate) => candidate.id === scope.item) ?? null);
    if (scope.item !== 'ny' && !event)
      return (
        <p>
          Fant ikke aktiviteten. <a href={hashOf(null)}>Til aktivitetene</a>
        </p>
      );
    const fields: RecordField[] = [
      { name: 'kind', label: 'Type', type: 'select', required: true, options: Object.entries(EVENT_KIND_LABEL).map(([value, label]) => ({ value, label })) },
      { name: 'title', label: 'Tittel', type: 'text', required: true },
      {
        name: 'unitId',
        label: 'Holdt av',
        type: 'select',
        options: [{ value: '', label: 'Hele nettverket' }, ...network.units.map((u) => ({ value: u.id, label: `${u.name} (${u.localTerm})` }))],
      },
      { name: 'date', label: 'Dato', type: 'date', hint: 'Oppgi datoen, eller i det minste året.' },
      { name: 'year', label: 'År', type: 'int' },
      { name: 'period', label: 'Tidspunkt i ord', type: 'text', hint: 'Når datoen ikke er kjent, for eksempel «mars 2025».' },
      { name: 'hours', label: 'Timer', type: 'float' },
      { name: 'registered', label: 'Påmeldte', type: 'int' },
      { name: 'attendedInPerson', label: 'Deltok fysisk', type: 'int' },
      { name: 'attendedDigitally', label: 'Deltok digitalt', type: 'int' },
      { name: 'participants', label: 'Deltakere i alt', type: 'int', hint: 'Bare når tallet ikke er fysisk pluss digitalt.' },
      { name: 'form', label: 'Form', type: 'text', hint: 'fysisk, digital eller hybrid' },
      { name: 'location', label: 'Sted', type: 'text' },
      { name: 'themes', label: 'Temaer', type: 'lines' },
      { name: 'note', label: 'Merknad', type: 'longText' },
    ];
    return (
      <>
        <p className="breadcrumb">
          <a href={hashOf(null)}>Aktiviteter</a> / {event ? event.title : 'ny'}
        </p>
        <h1>{event ? `Endre «${event.title}»` : 'Registrer aktivitet'}</h1>
        <RecordForm
          draftKey={`event:${scope.network.id}:${event?.id ?? 'ny'}`}
          heading={event ? 'Aktiviteten' : 'Ny aktivitet'}
          fields={fields}
          initial={{ values: eventValues(event), version: event?.version ?? null }}
          toInput={eventInput}
          save={async (input, version) => {
            const saved =
              event === null
                ? await recordEvent({ networkId: scope.network.id, input: input as never })
                : await updateEvent({ id: event.id, expectedVersion: version ?? event.version, input: input as never });
            return { error: saved.error, ok: !saved.error && !!saved.data?.event };
          }}
          reload={async () => {
            const fresh = await client.query(EditingEventsDocument, { networkId: scope.network.id }, { requestPolicy: 'network-only' }).toPromise();
            const now = fresh.data?.network?.events.find((candidate) => candidate.id === event?.id);
            return now ? { values: eventValues(now), version: now.version } : null;
          }}
          onSaved={(message) => {
            setFlash(message);
            window.location.hash = hashOf(null);
          }}
          onCancel={() => (window.location.hash = hashOf(null))}
          submitLabel={event ? 'Lagre endringene' : 'Registrer aktiviteten'}
          savedMessage={event ? 'Aktiviteten er lagret.' : 'Aktiviteten er registrert.'}
        />
      </>
    );
  }

  return (
    <>
      <h1>Aktiviteter i {network.name}</h1>
      {flash && (
        <p className="notice notice--success" role="status">
          {flash}
        </p>
      )}
      {scope.canEdit && (
        <p className="button-row">
          <a className="button" href={hashOf('ny')}>
            Registrer aktivitet
          </a>
        </p>
      )}
      <div className="table-scroll" role="region" aria-label="Aktivitetene" tabIndex={0}>
        <table className="data-table">
          <caption>{events.length} aktiviteter, nyeste først</caption>
          <thead>
            <tr>
              <th scope="col">Når</th>
              <th scope="col">Type</th>
              <th scope="col">Tittel</th>
              <th scope="col">Holdt av</th>
              <th scope="col" className="numeric">
                Påmeldte
              </th>
              <th scope="col" className="numeric">
                Fysisk
              </th>
              <th scope="col" className="numeric">
                Digitalt
              </th>
              <th scope="col" className="numeric">
                Deltakere
              </th>
            </tr>
          </thead>
          <tbody>
            {events.length === 0 && (
              <tr>
                <td colSpan={8}>Ingen aktiviteter er registrert.</td>
              </tr>
            )}
            {events.map((event) => (
              <tr key={event.id}>
                <td>{event.date ? formatDate(event.date) : (event.period ?? event.year ?? UNKNOWN)}</td>
                <td>{EVENT_KIND_LABEL[event.kind]}</td>
                <th scope="row">{scope.canEdit ? <a href={hashOf(event.id)}>{event.title}</a> : event.title}</th>
                <td>{event.unit?.name ?? 'Hele nettverket'}</td>
                <td className="numeric">{formatCount(event.registered)}</td>
                <td className="numeric">{formatCount(event.attendedInPerson)}</td>
                <td className="numeric">{formatCount(event.attendedDigitally)}</td>
                <td className="numeric">{formatCount(event.participants)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
