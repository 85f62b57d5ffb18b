import type { EntityManager } from '@mikro-orm/postgresql';
import { EventKind, FocusAreaStatus } from '@pallnet/contract';
import {
  AgreementRecord,
  EventRecord,
  FocusAreaRecord,
  FundingRecord,
  JobShadowingRecord,
  MembershipFigure,
  SyntheticSize,
  UnitMunicipality,
  YearReport,
} from '@pallnet/regional-kit';
import {
  SorOstActivityReport,
  SorOstAgreementMilestone,
  SorOstExternalActivity,
  SorOstGoal,
  SorOstGoalKind,
  SorOstGoverningDocument,
  SorOstGroupMember,
  SorOstHistoryEntry,
  SorOstLeadershipTerm,
  SorOstNetwork,
  SorOstOperationsGroup,
  SorOstSectorNetwork,
  SorOstSteeringGroup,
  SorOstTalk,
} from '../entities';

/** Oslo and its neighbours in Akershus, for varied municipality links. */
const MUNICIPALITIES = ['0301', '3201', '3203', '3205', '3207', '3209', '3212', '3214', '3216', '3222'];

/**
 * Synthetic Sør-Øst networks for efficiency tests and the benchmark: the same shape as the real
 * one (steering group with members, operations group, sector networks with leaders, figures,
 * events, focus areas, and every one of the region's own records), in any amount. Ids start
 * with `sor-ost-synthetic-`; call again with a higher `from` to add more.
 */
export async function seedSyntheticNetworks(em: EntityManager, size: SyntheticSize, from = 0): Promise<string[]> {
  const ids: string[] = [];
  await em.transactional(async (tx) => {
    for (let n = from; n < from + size.networks; n++) {
      const networkId = `sor-ost-synthetic-${n}`;
      ids.push(networkId);
      tx.create(SorOstNetwork, {
        id: networkId,
        name: `Syntetisk palliativt nettverk ${n}`,
        healthTrust: 'Syntetisk HF',
        established: 2001,
        mandate: 'Syntetisk mandat',
        guidelineBasis: 'Syntetisk føring',
        governance: 'Styringsgruppe og driftsgruppe',
        resourcePersonRole: 'Funksjonsbeskrivelse',
        resourcePersonTasks: ['oppgave'],
        figureCaptions: ['Figur 1'],
      });
      tx.create(SorOstHistoryEntry, { networkId, period: '2001', fromYear: 2001, description: 'Opprettet', actors: ['KSLB'], resultingNetworks: ['nettverk'] });
      tx.create(AgreementRecord, { networkId, title: `Avtale ${n}`, adopted: '2013-03-28', revised: ['2017-09-15'] });
      tx.create(SorOstAgreementMilestone, { networkId, agreementTitle: `Avtale ${n}`, step: 'vedtatt', date: '2013-03-28' });
      tx.create(SorOstGoverningDocument, { networkId, issuer: 'Helsedirektoratet', title: 'Handlingsprogram' });
      tx.create(SorOstGoal, { networkId, kind: SorOstGoalKind.SUB, number: 1, title: 'Delmål', year: 2021, carriedOverTo: 2022, heading: 'Delmål' });
      tx.create(SorOstExternalActivity, { networkId, year: 2021, title: 'Kurs', kind: 'kursserie', participants: ['Navn'] });
      tx.create(SorOstTalk, { networkId, eventDate: '2021-11-30', eventTitle: 'Felles fagdag', theme: 'Tema', speakers: [{ name: 'Navn', role: null }] });
      tx.create(EventRecord, {
        networkId,
        kind: EventKind.STUDY_DAY,
        title: 'Felles fagdag',
        date: '2021-11-30',
        registered: 110,
        attendedInPerson: 87,
        attendedDigitally: 5,
      });
      tx.create(FundingRecord, { networkId, year: 2021, source: 'Stiftelse', amountNok: 50000, note: 'Synthetic' });
      tx.create(FocusAreaRecord, { networkId, year: 2022, title: 'Delmål', status: FocusAreaStatus.CONTINUED });
      tx.create(MembershipFigure, { networkId, year: 2020, count: 250 + n });
      tx.create(MembershipFigure, { networkId, year: 2021, count: 270 + n });
      tx.create(YearReport, { networkId, year: 2021 });
      tx.create(SorOstActivityReport, { networkId, year: 2021, meetingsSummary: '1 felles fagdag' });
      tx.create(UnitMunicipality, { networkId, municipalityNumber: '0301', sourceWording: 'Oslo' });

      const steeringId = `${networkId}-styringsgruppen`;
      const operationsId = `${networkId}-driftsgruppen`;
      tx.create(SorOstSteeringGroup, { id: steeringId, networkId, name: 'Styringsgruppen', rotationYears: 3, position: 0 });
      tx.create(SorOstOperationsGroup, { id: operationsId, networkId, parentId: steeringId, name: 'Driftsgruppen', position: 1 });
      for (const unitId of [steeringId, operationsId]) {
        tx.create(SorOstGroupMember, { networkId, unitId, name: 'Leder Navn', function: 'Leder', sourceWording: 'Leder: Navn' });
        tx.create(SorOstGroupMember, { networkId, unitId, name: 'Nestleder Navn', function: 'Nestleder', sourceWording: 'Nestleder: Navn' });
        tx.create(SorOstActivityReport, { networkId, unitId, year: 2021, meetingsHeld: 4 });
        tx.create(EventRecord, { networkId, unitId, kind: EventKind.GOVERNANCE_MEETING, title: 'Møte', year: 2021, period: 'mars 2021' });
      }

      for (let u = 0; u < size.unitsPerNetwork; u++) {
        const unitId = `${networkId}-sektor-${u}`;
        tx.create(SorOstSectorNetwork, {
          id: unitId,
          networkId,
          parentId: operationsId,
          name: `Sektor ${u}`,
          hospital: `Sykehus ${u}`,
          hospitalAbbreviation: `S${u}`,
          plannedGatheringHoursPerYear: 12,
          plannedMeetingsPerYear: 6,
          position: u + 2,
        });
        tx.create(UnitMunicipality, { networkId, unitId, municipalityNumber: MUNICIPALITIES[u % MUNICIPALITIES.length], sourceWording: 'Syntetisk' });
        tx.create(MembershipFigure, { networkId, unitId, year: 2020, count: 40 + u });
        tx.create(MembershipFigure, { networkId, unitId, year: 2021, count: 50 + u });
        tx.create(SorOstLeadershipTerm, { networkId, unitId, name: 'Leder Navn', role: 'Leder', current: true });
        tx.create(YearReport, { networkId, unitId, year: 2021, themes: ['Tema'], membershipNote: 'rundt 15' });
        tx.create(SorOstActivityReport, { networkId, unitId, year: 2021, meetingsHeld: size.eventsPerUnit, plansForYear: 2022 });
        tx.create(FocusAreaRecord, { networkId, unitId, year: 2021, title: 'Satsing', status: FocusAreaStatus.NEW });
        tx.create(JobShadowingRecord, { networkId, unitId, year: 2021, who: 'Palliativt team', host: 'Hospice', days: 2 });
        for (let e = 0; e < size.eventsPerUnit; e++) {
          tx.create(EventRecord, {
            networkId,
            unitId,
            kind: EventKind.NETWORK_MEETING,
            title: `Nettverksmøte ${e}`,
            date: `2021-${String((e % 12) + 1).padStart(2, '0')}-15`,
            hours: 1.5,
          });
        }
      }
    }
  });
  return ids;
}
