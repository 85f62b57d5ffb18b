import type { SessionUser } from '../../session';
import type { EditingSection } from '../../shaping/routes';

/** What every editing section knows: the network, who is looking, and whether they may change it. */
export interface EditingScope {
  network: { id: string; name: string; region: string };
  regionName: string;
  user: SessionUser;
  /** The region's own editor: may change its data and read its contact details and audit log. */
  canEdit: boolean;
  year: number;
  item: string | null;
}

export const SECTION_LABEL: Record<EditingSection, string> = {
  ressurspersoner: 'Ressurspersoner',
  enheter: 'Enheter',
  aktiviteter: 'Aktiviteter',
  arstall: 'Årstall og satsninger',
  sykehusenheter: 'Sykehusenheter',
  dekning: 'Dekning',
  logg: 'Endringslogg',
  import: 'Import og eksport',
  arsrapport: 'Årsrapport',
};

/** The sections an analyst sees (read-only): not the audit log, not the import. */
export const READ_ONLY_SECTIONS: readonly EditingSection[] = [
  'ressurspersoner',
  'enheter',
  'aktiviteter',
  'arstall',
  'sykehusenheter',
  'dekning',
  'arsrapport',
];
