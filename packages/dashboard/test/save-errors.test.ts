import { describe, expect, it } from 'vitest';
import { fieldErrorsOf, norwegianMessage, saveProblemOf } from '../src/shaping/save-errors';

const badUserInput = (violations: Array<{ field: string; rule: string; message: string }>) => ({
  graphQLErrors: [
    { message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', field: violations[0].field, rule: violations[0].rule, violations, serviceName: 'vest' } },
  ],
});

describe('a failed save, in the editor’s words', () => {
  it('places every violation of a BAD_USER_INPUT next to its field, in Norwegian', () => {
    const problem = saveProblemOf(
      badUserInput([
        { field: 'municipalityNumber', rule: 'knownMunicipality', message: 'must be a kommunenummer … got 9999' },
        { field: 'email', rule: 'isEmail', message: 'email must be an email' },
        { field: 'memberships[1].from', rule: 'dateOrder', message: 'must not be before appointedFrom' },
        { field: 'name', rule: 'maxLength', message: 'must be shorter than or equal to 200 characters' },
      ]),
      ['name', 'municipalityNumber', 'email', 'memberships'],
    );
    expect(problem).toEqual({
      kind: 'invalid',
      fieldErrors: {
        municipalityNumber: ['Kommunenummeret finnes ikke i det nasjonale kommuneregisteret (fire sifre, gyldig fra 1. januar 2024).'],
        email: ['Ikke en gyldig e-postadresse.'],
        'memberships[1].from': ['Medlemskapet kan ikke begynne før oppnevnelsen.'],
        name: ['For lang: høyst 200 tegn.'],
      },
      unplaced: [],
    });
  });

  it('lists the violations of fields the form does not show, so none is hidden', () => {
    const problem = saveProblemOf(badUserInput([{ field: 'hospitalUnitId', rule: 'exists', message: 'there is no hospital unit 7' }]), ['name']);
    expect(problem).toMatchObject({ kind: 'invalid', unplaced: ['hospitalUnitId: Finnes ikke i nettverket (den kan være fjernet).'] });
  });

  it("reads GraphQL's own check of a variable (a date that is not a date) as the field's error", () => {
    const problem = saveProblemOf({
      graphQLErrors: [
        {
          message: 'Variable "$input" got invalid value "31.02.2025" at "input.appointedFrom"; Expected type "Date". Not a date',
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
    expect(problem).toEqual({ kind: 'invalid', fieldErrors: { appointedFrom: ['Ikke en dato: skriv den som dd.mm.åååå.'] }, unplaced: [] });
  });

  it('tells a conflict with the version now stored, and whether it was a first recording', () => {
    expect(
      saveProblemOf({ graphQLErrors: [{ message: 'at version 3, not 2', extensions: { code: 'CONFLICT', expectedVersion: 2, currentVersion: 3 } }] }),
    ).toEqual({
      kind: 'conflict',
      currentVersion: 3,
      alreadyRecorded: false,
    });
    expect(
      saveProblemOf({ graphQLErrors: [{ message: 'recorded already', extensions: { code: 'CONFLICT', expectedVersion: null, currentVersion: 1 } }] }),
    ).toMatchObject({ alreadyRecorded: true });
  });

  it('keeps the input when the network or the region fails, or the session ran out', () => {
    expect(saveProblemOf({ networkError: new Error('Failed to fetch'), graphQLErrors: [] })).toMatchObject({
      kind: 'unavailable',
      message: expect.stringContaining('det du skrev er beholdt'),
    });
    expect(
      saveProblemOf({ graphQLErrors: [{ message: 'The vest database is unavailable', extensions: { code: 'DATABASE_UNAVAILABLE', serviceName: 'vest' } }] }),
    ).toMatchObject({ kind: 'unavailable' });
    expect(
      saveProblemOf({ graphQLErrors: [{ message: 'connect ECONNREFUSED', extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'vest' } }] }),
    ).toMatchObject({ kind: 'unavailable' });
    expect(saveProblemOf({ graphQLErrors: [{ message: 'Unexpected error', extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'vest' } }] })).toEqual({
      kind: 'other',
      message: 'Ingenting er lagret, og det du skrev er beholdt. Tjenesten svarte: Unexpected error',
    });
    expect(saveProblemOf({ graphQLErrors: [{ message: 'Sign in', extensions: { code: 'UNAUTHENTICATED' } }] })).toMatchObject({ kind: 'unauthenticated' });
    expect(saveProblemOf({ graphQLErrors: [{ message: "SOR_OST's data is not yours", extensions: { code: 'FORBIDDEN' } }] })).toMatchObject({
      kind: 'forbidden',
    });
  });

  it('has Norwegian words for every rule the API names, and says which rule when it meets a new one', () => {
    const rules = [
      'knownMunicipality',
      'dateOrder',
      'notBlank',
      'maxLength',
      'min',
      'max',
      'isEmail',
      'matches',
      'attendanceWithinRegistered',
      'yearOfDate',
      'dateOrYear',
      'exists',
      'noCycle',
      'hospitalWardOnly',
      'recordId',
      'arrayMaxSize',
      'arrayMinSize',
      'duplicateInImport',
      'alreadyRegistered',
    ];
    for (const rule of rules) expect(norwegianMessage({ field: 'x', rule, message: 'm' })).not.toMatch(/^Ugyldig verdi \(/);
    expect(norwegianMessage({ field: 'x', rule: 'somethingNew', message: 'm' })).toBe('Ugyldig verdi (somethingNew).');
    expect(norwegianMessage({ field: 'name', rule: 'duplicateInImport', message: 'the same person as row 4' })).toBe(
      'Samme person som rad 6 i filen (navn, arbeidssted, kommune og startdato).',
    );
  });

  it('says a message once per field even when two rules say the same', () => {
    expect(
      fieldErrorsOf([
        { field: 'year', rule: 'yearOfDate', message: 'a' },
        { field: 'year', rule: 'yearOfDate', message: 'b' },
      ]),
    ).toEqual({ year: ['Året må være året i datoen.'] });
  });
});
