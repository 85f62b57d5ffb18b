/**
 * The demo accounts of the local provider: one editor per region and one analyst. They exist
 * only on a developer's machine (`npm start`); the names are invented.
 */
export interface DemoAccount {
  /** What the user types on the login page; also the token's `sub`. */
  username: string;
  name: string;
  givenName: string;
  familyName: string;
  role: 'editor' | 'analyst';
  region: 'VEST' | 'INNLANDET' | 'MIDT' | 'SOR_OST' | null;
  /** How the login page and `npm start` describe the account. */
  description: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    username: 'vest.redaktor',
    name: 'Kari Vestbø',
    givenName: 'Kari',
    familyName: 'Vestbø',
    role: 'editor',
    region: 'VEST',
    description: 'redaktør for Helse Vest',
  },
  {
    username: 'innlandet.redaktor',
    name: 'Ingrid Mjøsdal',
    givenName: 'Ingrid',
    familyName: 'Mjøsdal',
    role: 'editor',
    region: 'INNLANDET',
    description: 'redaktør for Innlandet',
  },
  {
    username: 'midt.redaktor',
    name: 'Magnus Nidaros',
    givenName: 'Magnus',
    familyName: 'Nidaros',
    role: 'editor',
    region: 'MIDT',
    description: 'redaktør for Helse Midt-Norge',
  },
  {
    username: 'sorost.redaktor',
    name: 'Sara Østby',
    givenName: 'Sara',
    familyName: 'Østby',
    role: 'editor',
    region: 'SOR_OST',
    description: 'redaktør for Helse Sør-Øst (Oslo)',
  },
  {
    username: 'analytiker',
    name: 'Anders Tallberg',
    givenName: 'Anders',
    familyName: 'Tallberg',
    role: 'analyst',
    region: null,
    description: 'nasjonal analytiker (leser alt, ikke kontaktopplysninger)',
  },
];

export function findDemoAccount(username: string): DemoAccount | undefined {
  return DEMO_ACCOUNTS.find((account) => account.username === username.trim().toLowerCase());
}
