import { useMemo, useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { SelectField } from '../../components/editing/FormField';
import { Loading, QueryFailure } from '../../components/QueryFailure';
import { RegisterDocument, VestImportPersonsDocument } from '../../generated/graphql';
import { PROFESSION_LABEL, WORKPLACE_KIND_LABEL } from '../../labels';
import {
  Cell,
  ColumnMapping,
  guessMapping,
  IMPORT_FIELD_LABEL,
  IMPORT_FIELDS,
  ImportField,
  importFieldOf,
  ImportRow,
  readRows,
  REQUIRED_IMPORT_FIELDS,
  TEMPLATE_EXAMPLE,
  TEMPLATE_HEADINGS,
} from '../../shaping/import-rows';
import { forRegion } from '../../shaping/regional-document';
import { formatHash } from '../../shaping/routes';
import { norwegianMessage, saveProblemOf } from '../../shaping/save-errors';
import { downloadCsv, downloadXlsx, readSpreadsheet } from '../../spreadsheets';
import { EDITED_CONTEXT } from './RegisterSection';
import type { EditingScope } from './scope';

type RowErrors = Map<number, Partial<Record<ImportField | 'row', string[]>>>;

/**
 * Bulk import of the register from the Excel or CSV lists regions keep today, and export of the
 * register as .xlsx. The file is read in the browser; the preview runs the import's dry run
 * (the API's own rules, every row); the import writes every row or none.
 */
export function ImportSection({ scope }: { scope: EditingScope }) {
  const client = useClient();
  const [register] = useQuery({
    query: RegisterDocument,
    variables: { networkId: scope.network.id, activeOn: null, withContact: true },
    context: EDITED_CONTEXT,
  });
  const [, importPersons] = useMutation(forRegion(VestImportPersonsDocument, scope.network.region));
  const [fileName, setFileName] = useState<string | null>(null);
  const [table, setTable] = useState<Cell[][] | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [apiErrors, setApiErrors] = useState<RowErrors | null>(null);
  const [status, setStatus] = useState<{ kind: 'info' | 'error' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [onlyErrors, setOnlyErrors] = useState(true);
  const units = register.data?.network?.units ?? [];
  const rows: ImportRow[] = useMemo(() => (table && mapping ? readRows(table, mapping, units) : []), [table, mapping, units]);

  if (!scope.canEdit) return <p>Bare regionens redaktører kan importere.</p>;
  if (!register.data) return register.error ? <QueryFailure error={register.error} /> : <Loading />;

  const unreadable = rows.filter((row) => row.input === null).length;
  const errorsOf = (index: number, field: ImportField): string[] => [...(rows[index].errors[field] ?? []), ...(apiErrors?.get(index)?.[field] ?? [])];
  const rowsWithErrors = rows.filter((row, index) => row.input === null || apiErrors?.get(index) !== undefined).length;
  const missingColumns = mapping ? REQUIRED_IMPORT_FIELDS.filter((field) => mapping[field] < 0) : [];

  async function chooseFile(file: File | undefined) {
    setStatus(null);
    setApiErrors(null);
    if (!file) return;
    try {
      const cells = await readSpreadsheet(file);
      if (cells.length < 2) throw new Error('Filen har ingen rader under overskriftsraden.');
      setFileName(file.name);
      setTable(cells);
      setMapping(guessMapping((cells[0] ?? []).map((cell) => String(cell ?? ''))));
    } catch (error) {
      setTable(null);
      setStatus({ kind: 'error', text: `Kunne ikke lese filen: ${(error as Error).message}` });
    }
  }

  /** The API's verdict on every readable row, placed by row and column. */
  async function run(dryRun: boolean) {
    setBusy(true);
    setStatus(null);
    try {
      const readable = rows.map((row, index) => ({ row, index })).filter(({ row }) => row.input !== null);
      if (readable.length === 0) {
        setStatus({ kind: 'error', text: 'Ingen rader kan leses. Rett feilene i filen, eller velg riktige kolonner.' });
        return;
      }
      const result = await importPersons({ networkId: scope.network.id, rows: readable.map(({ row }) => row.input!), dryRun });
      const found: RowErrors = new Map();
      const place = (position: number, field: string, rule: string, message: string) => {
        const index = readable[position]?.index;
        if (index === undefined) return;
        const column = importFieldOf(field) ?? 'row';
        const errors = found.get(index) ?? {};
        (errors[column] ??= []).push(norwegianMessage({ field, rule, message }));
        found.set(index, errors);
      };
      if (result.error) {
        const problem = saveProblemOf(result.error);
        if (problem.kind !== 'invalid') {
          setStatus({ kind: 'error', text: `Ingenting er importert. ${'message' in problem ? problem.message : ''}` });
          return;
        }
        for (const [field, texts] of Object.entries(problem.fieldErrors)) {
          const match = /^rows\[(\d+)\]\.?(.*)$/.exec(field);
          if (match) for (const text of texts) place(Number(match[1]), match[2], 'type', text);
        }
        setApiErrors(found);
        setStatus({ kind: 'error', text: `Ingenting er importert: ${found.size} rader har feil. Rett dem i filen og last den opp igjen.` });
        return;
      }
      const report = result.data!.report;
      for (const violation of report.violations) place(violation.row, violation.field, violation.rule, violation.message);
      setApiErrors(found);
      if (dryRun) {
        const bad = found.size + unreadable;
        setStatus(
          bad === 0
            ? { kind: 'info', text: `Alle ${rows.length} rader er i orden. Ingenting er lagret ennå: trykk «Importer» for å registrere dem.` }
            : { kind: 'error', text: `${bad} av ${rows.length} rader har feil. Ingenting er lagret. Rett feilene i filen og last den opp igjen.` },
        );
      } else {
        setStatus({ kind: 'success', text: `${report.written} ressurspersoner er importert fra ${fileName}.` });
        setTable(null);
        setMapping(null);
        setApiErrors(null);
        await client.query(RegisterDocument, { networkId: scope.network.id, activeOn: null, withContact: true }, { requestPolicy: 'network-only' }).toPromise();
      }
    } finally {
      setBusy(false);
    }
  }

  async function exportRegister() {
    const persons = register.data?.network?.resourcePersons ?? [];
    await downloadXlsx(
      `ressurspersoner-${scope.network.id}.xlsx`,
      'Ressurspersoner',
      TEMPLATE_HEADINGS,
      persons.map((p) => [
        p.name,
        PROFESSION_LABEL[p.profession],
        WORKPLACE_KIND_LABEL[p.workplaceKind],
        p.workplaceName,
        p.municipality.number,
        p.appointedFrom,
        p.appointedTo ?? null,
        p.email ?? null,
        p.phone ?? null,
        p.memberships
          .filter((m) => !m.to)
          .map((m) => m.unit.name)
          .join('; '),
      ]),
    );
  }

  const showOnlyErrors = onlyErrors && rowsWithErrors > 0;
  const canImport = rows.length > 0 && unreadable === 0 && apiErrors !== null && apiErrors.size === 0 && missingColumns.length === 0;
  return (
    <>
      <h1>Import og eksport</h1>
      <p className="lead">
        Last opp medlemslisten som .xlsx eller .csv. Hver rad sjekkes med de samme reglene som når du registrerer én person. Importen lagrer alle radene eller
        ingen.
      </p>
      <section className="section" aria-labelledby="template-heading">
        <h2 id="template-heading">Mal og eksport</h2>
        <p className="button-row">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void downloadXlsx('ressurspersoner-mal.xlsx', 'Ressurspersoner', TEMPLATE_HEADINGS, [TEMPLATE_EXAMPLE])}
          >
            Last ned mal (.xlsx)
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => downloadCsv('ressurspersoner-mal.csv', TEMPLATE_HEADINGS, [TEMPLATE_EXAMPLE])}
          >
            Last ned mal (.csv)
          </button>
          <button type="button" className="button button--secondary" onClick={() => void exportRegister()}>
            Eksporter registeret (.xlsx)
          </button>
        </p>
        <p className="form-field__hint">
          Yrke: sykepleier, fysioterapeut, ergoterapeut eller annet. Type arbeidssted: hjemmetjeneste, sykehjem, sykehusavdeling eller annet. Datoer som
          dd.mm.åååå. Enheter: enhetens navn, flere skilt med semikolon.
        </p>
      </section>
      <section className="section" aria-labelledby="upload-heading">
        <h2 id="upload-heading">Last opp</h2>
        <label className="file-input">
          Velg fil (.xlsx eller .csv)
          <input
            type="file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => void chooseFile(event.target.files?.[0])}
          />
        </label>
        {status && (
          <p
            className={`notice notice--${status.kind === 'success' ? 'success' : status.kind === 'error' ? 'error' : 'info'}`}
            role={status.kind === 'error' ? 'alert' : 'status'}
          >
            {status.text}
          </p>
        )}
      </section>
      {table && mapping && (
        <>
          <section className="section" aria-labelledby="mapping-heading">
            <h2 id="mapping-heading">Kolonner i {fileName}</h2>
            <div className="mapping">
              {IMPORT_FIELDS.map((field) => (
                <SelectField
                  key={field}
                  label={IMPORT_FIELD_LABEL[field]}
                  required={REQUIRED_IMPORT_FIELDS.includes(field)}
                  value={String(mapping[field])}
                  onChange={(value) => {
                    setApiErrors(null);
                    setMapping({ ...mapping, [field]: Number(value) });
                  }}
                  options={[
                    { value: '-1', label: '(ikke i filen)' },
                    ...(table[0] ?? []).map((heading, index) => ({ value: String(index), label: String(heading ?? `Kolonne ${index + 1}`) })),
                  ]}
                  errors={REQUIRED_IMPORT_FIELDS.includes(field) && mapping[field] < 0 ? ['Velg kolonnen.'] : []}
                />
              ))}
            </div>
          </section>
          <section className="section" aria-labelledby="preview-heading">
            <h2 id="preview-heading">Forhåndsvisning</h2>
            <p>
              {rows.length} rader{apiErrors === null ? '. Sjekk dem før du importerer.' : `, ${rowsWithErrors} med feil.`}
            </p>
            <p className="button-row">
              <button type="button" className="button" disabled={busy || missingColumns.length > 0} onClick={() => void run(true)}>
                {busy ? 'Sjekker …' : 'Sjekk radene'}
              </button>
              <button type="button" className="button" disabled={busy || !canImport} onClick={() => void run(false)}>
                Importer {rows.length} ressurspersoner
              </button>
            </p>
            {rowsWithErrors > 0 && (
              <label className="checkbox">
                <input type="checkbox" checked={onlyErrors} onChange={(event) => setOnlyErrors(event.target.checked)} /> Vis bare radene med feil
              </label>
            )}
            <div className="table-scroll" role="region" aria-label="Radene i filen" tabIndex={0}>
              <table className="data-table import-preview">
                <caption>{showOnlyErrors ? `Radene med feil (${rowsWithErrors} av ${rows.length})` : `Radene i filen (${rows.length})`}</caption>
                <thead>
                  <tr>
                    <th scope="col">Rad</th>
                    {IMPORT_FIELDS.map((field) => (
                      <th key={field} scope="col">
                        {IMPORT_FIELD_LABEL[field]}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row, index) => {
                    const rowProblems = apiErrors?.get(index)?.row ?? [];
                    const bad = row.input === null || apiErrors?.get(index) !== undefined;
                    if (showOnlyErrors && !bad) return null;
                    return (
                      <tr key={row.line} className={bad ? 'row--invalid' : undefined}>
                        <th scope="row">
                          {row.line}
                          {rowProblems.length > 0 && <span className="cell-error">{rowProblems.join(' ')}</span>}
                        </th>
                        {IMPORT_FIELDS.map((field) => {
                          const errors = errorsOf(index, field);
                          return (
                            <td key={field} className={errors.length > 0 ? 'cell--invalid' : undefined}>
                              {row.cells[field]}
                              {errors.length > 0 && <span className="cell-error">{errors.join(' ')}</span>}
                            </td>
                          );
                        })}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
      <p>
        <a href={formatHash({ page: 'editing', networkId: scope.network.id, section: 'ressurspersoner', item: null }, scope.year)}>Til registeret</a>
      </p>
    </>
  );
}
