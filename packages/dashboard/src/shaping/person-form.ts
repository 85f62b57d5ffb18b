import type { Profession, ResourcePersonInput, WorkplaceKind } from '../generated/graphql';
import { missingRequired, optionalText, toText } from './form-values';

export interface MembershipValues {
  unitId: string;
  from: string;
  to: string;
}

/** The person form as typed. */
export interface PersonFormValues {
  name: string;
  profession: string;
  workplaceKind: string;
  workplaceName: string;
  municipalityNumber: string;
  hospitalUnitId: string;
  appointedFrom: string;
  appointedTo: string;
  email: string;
  phone: string;
  memberships: MembershipValues[];
}

export const PERSON_FIELDS = [
  'name',
  'profession',
  'workplaceKind',
  'workplaceName',
  'municipalityNumber',
  'hospitalUnitId',
  'appointedFrom',
  'appointedTo',
  'email',
  'phone',
  'memberships',
] as const;

export const emptyPerson = (today: string): PersonFormValues => ({
  name: '',
  profession: 'NURSE',
  workplaceKind: 'HOME_CARE',
  workplaceName: '',
  municipalityNumber: '',
  hospitalUnitId: '',
  appointedFrom: today,
  appointedTo: '',
  email: '',
  phone: '',
  memberships: [],
});

export interface PersonRead {
  name: string;
  profession: string;
  workplaceKind: string;
  workplaceName: string;
  municipality: { number: string };
  hospitalUnit?: { id: string } | null;
  appointedFrom: string;
  appointedTo?: string | null;
  email?: string | null;
  phone?: string | null;
  memberships: ReadonlyArray<{ unit: { id: string }; from: string; to?: string | null }>;
}

export function personValues(person: PersonRead): PersonFormValues {
  return {
    name: person.name,
    profession: person.profession,
    workplaceKind: person.workplaceKind,
    workplaceName: person.workplaceName,
    municipalityNumber: person.municipality.number,
    hospitalUnitId: person.hospitalUnit?.id ?? '',
    appointedFrom: person.appointedFrom,
    appointedTo: toText(person.appointedTo),
    email: toText(person.email),
    phone: toText(person.phone),
    memberships: person.memberships.map((m) => ({ unitId: m.unit.id, from: m.from, to: toText(m.to) })),
  };
}

/**
 * What must be there before the form can be sent at all: the first day (a date cannot be blank)
 * and a unit for each membership. The API checks everything else.
 */
export function personMissing(values: PersonFormValues): Record<string, string[]> {
  const missing = missingRequired(values as unknown as Record<string, unknown>, ['profession', 'workplaceKind', 'appointedFrom']);
  values.memberships.forEach((membership, index) => {
    if (membership.unitId === '') missing[`memberships[${index}].unitId`] = ['Velg en enhet, eller fjern medlemskapet.'];
  });
  return missing;
}

/**
 * The API's input. Contact details are sent only when the editor may see them (the region's own
 * editors), so that a form never clears what it could not show.
 */
export function personInput(values: PersonFormValues, withContact = true): ResourcePersonInput {
  const input: ResourcePersonInput = {
    name: values.name,
    profession: values.profession as Profession,
    workplaceKind: values.workplaceKind as WorkplaceKind,
    workplaceName: values.workplaceName,
    municipalityNumber: values.municipalityNumber.trim(),
    hospitalUnitId: values.workplaceKind === 'HOSPITAL_WARD' ? optionalText(values.hospitalUnitId) : null,
    appointedFrom: values.appointedFrom,
    appointedTo: optionalText(values.appointedTo),
    memberships: values.memberships.map((m) => ({ unitId: m.unitId, from: optionalText(m.from), to: optionalText(m.to) })),
  };
  if (withContact) {
    input.email = optionalText(values.email);
    input.phone = optionalText(values.phone);
  }
  return input;
}
