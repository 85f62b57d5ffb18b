/*
 * The analysts' workbench: GraphiQL (bundled; its editor, Monaco, runs in workers served from this
 * app, so nothing is loaded from outside) against the live national schema, signed in as the
 * page's user through the same client as the rest of the dashboard. Loaded on its own when the
 * page is opened, so the other pages do not carry the editor.
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { useGraphiQL, useGraphiQLActions, type GraphiQLPlugin } from '@graphiql/react';
import { GraphiQL, HISTORY_PLUGIN, type GraphiQLProps } from 'graphiql';
import { getIntrospectionQuery } from 'graphql';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useClient } from 'urql';
// The API schema printed from the committed supergraph at build time: the workbench's schema when
// the gateway does not answer introspection (it is off in production).
import builtSchemaSdl from '../generated/api-schema.graphql?raw';
import { useSession, type Session } from '../session';
import { useDocumentTitle } from '../use-document-title';
import { createWorkbenchConnection } from './connection';
import { EXAMPLE_YEAR } from './example-variables';
import { exampleOperations, FEATURED_EXAMPLE_COUNT, type ExampleOperation } from './examples';
import { ResultTables, type LastResult } from './ResultTables';
import { workbenchSchema, type WorkbenchSchema } from './schema';
import { workbenchStorage } from './storage';

type SchemaState = { status: 'loading' } | WorkbenchSchema;

const INTROSPECTION_OPERATION = 'IntrospectionQuery';

export default function WorkbenchPage() {
  useDocumentTitle('Arbeidsbenk for analytikere');
  const session = useSession();
  const client = useClient();
  const connection = useMemo(() => createWorkbenchConnection(client), [client]);
  const [schemaState, setSchemaState] = useState<SchemaState>({ status: 'loading' });
  const [lastResult, setLastResult] = useState<LastResult>();
  const examples = useMemo(exampleOperations, []);
  const sessionKey = session.status === 'signed-in' ? session.user.subject : session.status;

  // Introspection once the session is known, so that it goes as the user's other requests do.
  const sessionKnown = session.status !== 'loading';
  useEffect(() => {
    if (!sessionKnown) return;
    let current = true;
    setSchemaState({ status: 'loading' });
    connection({ query: getIntrospectionQuery({ inputValueDeprecation: true }), operationName: INTROSPECTION_OPERATION }).then((response) => {
      if (current) setSchemaState(workbenchSchema(response, builtSchemaSdl));
    });
    return () => {
      current = false;
    };
  }, [connection, sessionKnown]);

  const fetcher = useMemo<GraphiQLProps['fetcher']>(
    () => async (request) => {
      const response = await connection(request);
      if (request.operationName !== INTROSPECTION_OPERATION) setLastResult({ operationName: request.operationName ?? undefined, data: response.data });
      return response as Awaited<ReturnType<GraphiQLProps['fetcher']>>;
    },
    [connection],
  );
  const storage = useMemo(() => (session.status === 'loading' ? undefined : workbenchStorage(sessionKey)), [session.status, sessionKey]);
  const examplesPlugin = useMemo(() => examplesPluginFor(examples), [examples]);

  return (
    <div className="workbench">
      <h1>Arbeidsbenk for analytikere</h1>
      <p className="workbench__intro">
        Spør den nasjonale GraphQL-føderasjonen direkte. Skjemaet kommer fra gatewayen: dokumentasjon med søk (bokikonet i venstre kant), autofullføring
        (Ctrl+Mellomrom) og kontroll av spørringen mens du skriver. Eksemplene (listeikonet) er de samme spørringene som analyseverktøyene og dashbordet bruker,
        og historikken (klokkeikonet) husker det du har kjørt. Lister i svaret vises som tabell under editoren og kan lastes ned som CSV eller Excel.
      </p>
      <SessionLine session={session} />
      {schemaState.status === 'built' && (
        <p className="notice" role="status">
          Gatewayen ga ikke ut skjemaet sitt ({schemaState.reason}). Arbeidsbenken bruker skjemaet den ble bygget med; spørringene går likevel til gatewayen.
        </p>
      )}
      {schemaState.status === 'loading' || !storage ? (
        <p className="loading" aria-busy="true">
          Henter skjemaet …
        </p>
      ) : (
        <div className="workbench__ide" data-testid="workbench">
          <GraphiQL
            key={sessionKey}
            fetcher={fetcher}
            schema={schemaState.schema}
            storage={storage}
            plugins={[examplesPlugin, HISTORY_PLUGIN]}
            defaultTabs={examples.slice(0, FEATURED_EXAMPLE_COUNT).map(({ query, variables }) => ({ query, variables }))}
            defaultEditorToolsVisibility="variables"
            // The session carries who the user is; no token is pasted into a header by hand.
            isHeadersEditorEnabled={false}
            forcedTheme="light"
          >
            <ActiveTabVariables />
          </GraphiQL>
        </div>
      )}
      <section className="workbench-results" aria-labelledby="workbench-results-title">
        <h2 id="workbench-results-title">Svaret som tabell{lastResult?.operationName ? `: ${lastResult.operationName}` : ''}</h2>
        <ResultTables result={lastResult} />
      </section>
    </div>
  );
}

/**
 * Puts the active tab's variables in the variables editor when it opens empty: GraphiQL 5.4 fills
 * it from the `variables` it stored last, not from the tab, so the preloaded examples' variables
 * would be missing on a first visit.
 */
function ActiveTabVariables() {
  const variableEditor = useGraphiQL((state) => state.variableEditor);
  const tabs = useGraphiQL((state) => state.tabs);
  const activeTabIndex = useGraphiQL((state) => state.activeTabIndex);
  const filled = useRef(false);
  useEffect(() => {
    if (!variableEditor || filled.current) return;
    filled.current = true;
    const variables = tabs[activeTabIndex]?.variables;
    if (variables && variableEditor.getValue() === '') variableEditor.setValue(variables);
  }, [variableEditor, tabs, activeTabIndex]);
  return null;
}

const ROLE_LABEL = { analyst: 'analytiker', editor: 'redaktør' } as const;

function SessionLine({ session }: { session: Session }) {
  switch (session.status) {
    case 'loading':
      return null;
    case 'anonymous':
      return (
        <p className="workbench__session" data-testid="workbench-session">
          Du er ikke logget inn, og ser den åpne delen: nettverkenes oppbygning, tall og årsrapporter. Registeret over ressurspersoner krever at du logger inn
          (øverst til høyre); du kommer da tilbake hit.
        </p>
      );
    case 'signed-in':
      return (
        <p className="workbench__session" data-testid="workbench-session">
          Du spør som <strong>{session.user.name}</strong> ({ROLE_LABEL[session.user.role]}
          {session.user.region ? `, ${session.user.region}` : ''}). Svarene viser det rollen din gir tilgang til.
        </p>
      );
  }
}

/** The examples in GraphiQL's sidebar: one opens in a new tab with its variables. */
function examplesPluginFor(examples: ExampleOperation[]): GraphiQLPlugin {
  return {
    title: 'Eksempler',
    icon: () => (
      <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.5">
        <path d="M4 5h16M4 10h16M4 15h10M4 20h7" />
      </svg>
    ),
    content: function Examples() {
      const queryEditor = useGraphiQL((state) => state.queryEditor);
      const variableEditor = useGraphiQL((state) => state.variableEditor);
      const { addTab } = useGraphiQLActions();
      const open = (example: ExampleOperation) => {
        addTab();
        queryEditor?.setValue(example.query);
        variableEditor?.setValue(example.variables);
      };
      return (
        <div className="workbench-examples">
          <div className="graphiql-doc-explorer-title">Eksempler</div>
          <p>Operasjonene analyseverktøyene og dashbordet sender, med variabler for {EXAMPLE_YEAR}. Velg én for å åpne den i en ny fane.</p>
          <ul>
            {examples.map((example) => (
              <li key={example.source}>
                <button type="button" onClick={() => open(example)} data-source={example.source}>
                  {example.title}
                </button>
                <span className="workbench-examples__source">{example.source}</span>
              </li>
            ))}
          </ul>
        </div>
      );
    },
  };
}
