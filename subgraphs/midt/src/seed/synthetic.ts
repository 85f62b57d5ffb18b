import type { EntityManager } from '@mikro-orm/postgresql';
import { EventKind, FocusAreaStatus } from '@pallnet/contract';
import { AgreementRecord, EventRecord, FocusAreaRecord, MembershipFigure, SyntheticSize, UnitMunicipality } from '@pallnet/regional-kit';
import {
  MidtCooperationCommittee,
  MidtHistoricalMunicipality,
  MidtLocalResourceGroup,
  MidtMandateDuty,
  MidtNetwork,
  MidtParticipant,
  MidtPrecedingDocument,
  MidtProfessionalCouncil,
  MidtProfessionalNetwork,
  MidtWebPage,
} from '../entities';
import { HISTORY } from './source';

const HISTORICAL = Object.values(HISTORY);

/**
 * Synthetic Midt networks for efficiency tests and the benchmark: the same shape as the real one
 * (PSU over ASU over the council, professional networks and local resource groups with
 * municipalities and their history, mandate, participants, links, preceding documents), plus
 * the figures, events and focus areas the real document lacks, in any amount. Ids start with
 * `midt-synthetic-`; call again with a higher `from` to add more.
 */
export async function seedSyntheticNetworks(em: EntityManager, size: SyntheticSize, from = 0): Promise<string[]> {
  const ids: string[] = [];
  await em.transactional(async (tx) => {
    for (let n = from; n < from + size.networks; n++) {
      const networkId = `midt-synthetic-${n}`;
      ids.push(networkId);
      const psuId = `${networkId}-psu`;
      const asuId = `${networkId}-asu`;
      const councilId = `${networkId}-fagrad`;
      tx.create(MidtNetwork, {
        id: networkId,
        name: `Syntetisk fagnettverk ${n}`,
        healthTrust: 'Syntetisk HF',
        established: 2010,
        purpose: 'Syntetisk mål',
        anchoring: 'Knyttet til fagrådet',
        reportsToUnitId: councilId,
        goals: ['mål'],
        targetGroup: 'Helsepersonell',
        organisation: ['organisering'],
        rotatingRoles: ['Leder'],
        rotatesBetween: ['kommuner', 'HF'],
        plannedStudyDaysPerYear: 2,
        studyDaysFree: true,
        costSharing: 'partene',
      });
      tx.create(AgreementRecord, { networkId, unitId: councilId, title: `Tjenesteavtale ${n}`, kind: 'Tjenesteavtale' });
      tx.create(MidtParticipant, { networkId, name: 'Kreftforeningen', representedPartner: true });
      tx.create(MidtMandateDuty, { networkId, duty: 'Årlig oppsummering', timesPerYear: 1, counterpartUnitId: councilId });
      tx.create(MidtWebPage, { networkId, url: `https://example.org/${n}`, context: 'Samhandlingssider' });
      tx.create(MidtPrecedingDocument, { networkId, citation: 'Strategi 2012-2015', title: 'Strategi', fromYear: 2012, toYear: 2015 });
      tx.create(MembershipFigure, { networkId, year: 2020, count: 100 + n });
      tx.create(MembershipFigure, { networkId, year: 2021, count: 110 + n });

      tx.create(MidtCooperationCommittee, { id: psuId, networkId, name: 'PSU', abbreviation: 'PSU', position: 0 });
      tx.create(MidtCooperationCommittee, {
        id: asuId,
        networkId,
        parentId: psuId,
        name: 'ASU',
        abbreviation: 'ASU',
        representativesChosenByMunicipalities: 6,
        representativesChosenByHealthTrust: 6,
        alsoRepresented: ['brukerne'],
        position: 1,
      });
      tx.create(MidtProfessionalCouncil, {
        id: councilId,
        networkId,
        parentId: asuId,
        name: 'Fagråd',
        serviceAgreementNumber: 2,
        serviceAgreementTitle: 'Koordinerte tjenester',
        position: 2,
      });
      for (let u = 0; u < size.unitsPerNetwork; u++) {
        const unitId = `${networkId}-enhet-${u}`;
        const municipality = HISTORICAL[u % HISTORICAL.length];
        // Alternate the two local kinds so both are present at every size.
        if (u % 2 === 0) {
          tx.create(MidtProfessionalNetwork, {
            id: unitId,
            networkId,
            parentId: councilId,
            name: `Fagnettverk ${u}`,
            area: 'Nord',
            seat: municipality.name,
            seatMunicipalityNumber: municipality.numberFrom2020,
            ledBy: 'kreftsykepleier',
            position: u + 3,
          });
        } else {
          tx.create(MidtLocalResourceGroup, {
            id: unitId,
            networkId,
            parentId: councilId,
            name: `Ressursgruppe ${u}`,
            area: municipality.name,
            documentWording: municipality.name,
            position: u + 3,
          });
          tx.create(MidtHistoricalMunicipality, { ...municipality, networkId, unitId, position: u });
        }
        tx.create(UnitMunicipality, { networkId, unitId, municipalityNumber: municipality.numberFrom2020, sourceWording: municipality.name });
        tx.create(MembershipFigure, { networkId, unitId, year: 2020, count: 9 + u });
        tx.create(MembershipFigure, { networkId, unitId, year: 2021, count: 10 + u });
        tx.create(FocusAreaRecord, { networkId, unitId, year: 2021, title: 'Satsing', status: FocusAreaStatus.NEW });
        for (let e = 0; e < size.eventsPerUnit; e++) {
          tx.create(EventRecord, {
            networkId,
            unitId,
            kind: e % 3 === 0 ? EventKind.STUDY_DAY : EventKind.NETWORK_MEETING,
            title: `Samling ${e}`,
            date: `2021-${String((e % 12) + 1).padStart(2, '0')}-15`,
            hours: 2,
            attendedInPerson: 10,
            attendedDigitally: 2,
          });
        }
      }
    }
  });
  return ids;
}
