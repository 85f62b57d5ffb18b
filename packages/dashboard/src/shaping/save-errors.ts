/*
 * What went wrong with a save, in the editor's words: every BAD_USER_INPUT violation next to its
 * field, in Norwegian; a CONFLICT with the version someone else saved; a save that never reached
 * the region (network down, region unavailable, signed out). The form keeps what was typed in
 * every case; this only decides what to say.
 */

/** One broken rule, as the API reports it in `extensions.violations`. */
export interface Violation {
  field: string;
  rule: string;
  message: string;
}

/** The parts of urql's CombinedError this module reads (so it can be tested without urql). */
export interface ErrorLike {
  networkError?: Error | undefined;
  graphQLErrors: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> | undefined }>;
}

export type SaveProblem =
  | { kind: 'invalid'; fieldErrors: Record<string, string[]>; unplaced: string[] }
  | { kind: 'conflict'; currentVersion: number | null; alreadyRecorded: boolean }
  | { kind: 'unauthenticated'; message: string }
  | { kind: 'forbidden'; message: string }
  | { kind: 'unavailable'; message: string }
  | { kind: 'other'; message: string };

/** The region could not be reached, timed out, or its database is down (the gateway's and the regional kit's codes). */
const UNAVAILABLE_CODES = new Set(['DATABASE_UNAVAILABLE', 'SUBGRAPH_UNAVAILABLE', 'SUBGRAPH_TIMEOUT', 'SUBGRAPH_BAD_RESPONSE']);

const LENGTH = /(?:shorter than or equal to|longer than or equal to) (\d+)/;

/** The Norwegian words for a broken rule of a field. */
export function norwegianMessage(violation: Violation): string {
  const { field, rule, message } = violation;
  const leaf = field.replace(/^.*\./, '').replace(/\[\d+\]$/, '');
  switch (rule) {
    case 'knownMunicipality':
      return 'Kommunenummeret finnes ikke i det nasjonale kommuneregisteret (fire sifre, gyldig fra 1. januar 2024).';
    case 'dateOrder':
      if (/memberships\[\d+\]\.from$/.test(field))
        return /after/.test(message) ? 'Medlemskapet kan ikke begynne etter at oppnevnelsen slutter.' : 'Medlemskapet kan ikke begynne før oppnevnelsen.';
      if (/memberships\[\d+\]\.to$/.test(field))
        return /appointedTo/.test(message) ? 'Medlemskapet kan ikke vare lenger enn oppnevnelsen.' : 'Medlemskapet kan ikke slutte før det begynner.';
      return 'Sluttdatoen kan ikke være før startdatoen.';
    case 'notBlank':
      return 'Må fylles ut.';
    case 'maxLength': {
      const limit = LENGTH.exec(message)?.[1];
      return limit ? `For lang: høyst ${limit} tegn.` : 'For lang.';
    }
    case 'min':
      return 'Kan ikke være mindre enn null.';
    case 'max':
      return leaf === 'year' ? 'Året er utenfor det gyldige (1990–2100).' : 'Tallet er for stort.';
    case 'isEmail':
      return 'Ikke en gyldig e-postadresse.';
    case 'matches':
      return 'Ikke et telefonnummer: bruk sifre, mellomrom, parenteser og bindestrek, gjerne med + først.';
    case 'attendanceWithinRegistered':
      return 'Flere deltok enn det var påmeldte.';
    case 'yearOfDate':
      return 'Året må være året i datoen.';
    case 'dateOrYear':
      return 'Oppgi datoen, eller i det minste året.';
    case 'exists':
      return leaf === 'expectedVersion' ? 'Ingenting er registrert for dette året ennå.' : 'Finnes ikke i nettverket (den kan være fjernet).';
    case 'noCycle':
      return 'En enhet kan ikke ligge under seg selv eller under en enhet som ligger under den.';
    case 'hospitalWardOnly':
      return 'Bare ressurspersoner på en sykehusavdeling hører til en sykehusenhet.';
    case 'recordId':
      return 'Ugyldig id.';
    case 'arrayMaxSize':
      return 'For mange.';
    case 'arrayMinSize':
      return 'Gi minst én.';
    case 'duplicateInImport': {
      const row = /row (\d+)/.exec(message)?.[1];
      return row === undefined
        ? 'Samme person står to ganger i listen.'
        : `Samme person som rad ${Number(row) + 2} i filen (navn, arbeidssted, kommune og startdato).`;
    }
    case 'alreadyRegistered':
      return 'Står allerede i registeret med samme navn, arbeidssted og kommune.';
    case 'type':
      return message;
    default:
      return `Ugyldig verdi (${rule}).`;
  }
}

/**
 * GraphQL's own check of a variable (a date that is not a date, a number that is not whole)
 * names the place in the variable: `… at "input.appointedFrom"; …`.
 */
function coercionViolation(message: string): Violation | null {
  const match =
    /^Variable "\$(\w+)" got invalid value .*? at "\w+(?:\[\d+\])?\.?([^"]*)"/.exec(message) ?? /^Variable "\$(\w+)" got invalid value/.exec(message);
  if (!match) return null;
  const field = match[2] ?? match[1];
  const what = /Date|date/.test(message) ? 'Ikke en dato: skriv den som dd.mm.åååå.' : /Int|Float|number/.test(message) ? 'Må være et tall.' : 'Ugyldig verdi.';
  return { field: field || match[1], rule: 'type', message: what };
}

function codeOf(error: { extensions?: Record<string, unknown> | undefined }): string | undefined {
  return typeof error.extensions?.code === 'string' ? error.extensions.code : undefined;
}

/** The violations of a BAD_USER_INPUT, placed by field (`memberships[0].unitId`), in Norwegian. */
export function fieldErrorsOf(violations: readonly Violation[]): Record<string, string[]> {
  const byField: Record<string, string[]> = {};
  for (const violation of violations) {
    const text = norwegianMessage(violation);
    const list = (byField[violation.field] ??= []);
    if (!list.includes(text)) list.push(text);
  }
  return byField;
}

/** What to tell the editor about a failed save. `knownFields` are the fields the form shows. */
export function saveProblemOf(error: ErrorLike, knownFields: readonly string[] = []): SaveProblem {
  if (error.networkError)
    return { kind: 'unavailable', message: 'Fikk ikke kontakt med tjenesten. Ingenting er lagret, og det du skrev er beholdt: prøv igjen om litt.' };
  const errors = error.graphQLErrors;
  const violations: Violation[] = [];
  for (const graphQLError of errors) {
    const code = codeOf(graphQLError);
    if (code === 'CONFLICT') {
      const current = graphQLError.extensions?.currentVersion;
      return {
        kind: 'conflict',
        currentVersion: typeof current === 'number' ? current : null,
        alreadyRecorded: graphQLError.extensions?.expectedVersion === null,
      };
    }
    if (code === 'UNAUTHENTICATED')
      return { kind: 'unauthenticated', message: 'Du er ikke lenger logget inn. Det du skrev er beholdt i denne fanen: logg inn igjen og lagre.' };
    if (code === 'FORBIDDEN') return { kind: 'forbidden', message: `Du har ikke lov til å endre dette: ${graphQLError.message}` };
    if (code !== undefined && UNAVAILABLE_CODES.has(code)) {
      return { kind: 'unavailable', message: 'Regionen svarer ikke akkurat nå. Ingenting er lagret, og det du skrev er beholdt: prøv igjen om litt.' };
    }
    if (code === 'BAD_USER_INPUT' || code === 'GRAPHQL_VALIDATION_FAILED') {
      const listed = graphQLError.extensions?.violations;
      if (Array.isArray(listed)) violations.push(...(listed as Violation[]));
      else {
        const coerced = coercionViolation(graphQLError.message);
        if (coerced) violations.push(coerced);
        else return { kind: 'other', message: graphQLError.message };
      }
    }
  }
  if (violations.length > 0) {
    const fieldErrors = fieldErrorsOf(violations);
    const unplaced = Object.entries(fieldErrors)
      .filter(
        ([field]) => knownFields.length > 0 && !knownFields.some((known) => field === known || field.startsWith(`${known}[`) || field.startsWith(`${known}.`)),
      )
      .flatMap(([field, texts]) => texts.map((text) => `${field}: ${text}`));
    return { kind: 'invalid', fieldErrors, unplaced };
  }
  return {
    kind: 'other',
    message: `Ingenting er lagret, og det du skrev er beholdt. Tjenesten svarte: ${errors.map((e) => e.message).join('; ') || 'ukjent feil'}`,
  };
}
