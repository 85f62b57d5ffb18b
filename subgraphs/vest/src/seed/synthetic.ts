import type { EntityManager } from '@mikro-orm/postgresql';
import { EventKind, FocusAreaStatus, GovernanceLevel } from '@pallnet/contract';
import { AgreementRecord, EventRecord, FocusAreaRecord, MembershipFigure, SyntheticSize, UnitMunicipality } from '@pallnet/regional-kit';
import { VestNetwork, VestNetworkGroup, VestObligation, VestOperationsGroup, VestSteeringGroup } from '../entities';

const ROGALAND = ['1101', '1103', '1108', '1111', '1112', '1114', '1119', '1120', '1121', '1122'];

/**
 * Synthetic Vest networks for efficiency tests and the benchmark: the same shape as the real
 * one (steering group, operations group, network groups with municipalities, figures, events),
 * in any amount. Ids start with `vest-synthetic-`; call again with a higher `from` to add more.
 */
export async function seedSyntheticNetworks(em: EntityManager, size: SyntheticSize, from = 0): Promise<string[]> {
  const ids: string[] = [];
  await em.transactional(async (tx) => {
    for (let n = from; n < from + size.networks; n++) {
      const networkId = `vest-synthetic-${n}`;
      ids.push(networkId);
      tx.create(VestNetwork, {
        id: networkId,
        name: `Syntetisk nettverk ${n}`,
        healthTrust: 'Syntetisk HF',
        purpose: 'Syntetisk formål',
        scope: 'Syntetisk omfang',
        resourcePersonTasks: ['oppgave'],
        resourcePersonDefinition: 'definisjon',
        establishedBy: ['KLB'],
        operatedBy: ['KLB'],
        secretariat: 'KLB',
        basedOn: ['IS-2800'],
        partyCommitments: ['forpliktelse'],
        costSharing: 'Hver part dekker egne utgifter.',
      });
      tx.create(AgreementRecord, { networkId, title: `Avtale ${n}`, adopted: '2023-10-25' });
      tx.create(VestObligation, { networkId, appliesTo: 'Nettverksgruppene', level: GovernanceLevel.LOCAL, duty: 'Møter', minimumPerYear: 2 });
      tx.create(MembershipFigure, { networkId, year: 2020, count: 100 + n });
      tx.create(MembershipFigure, { networkId, year: 2021, count: 110 + n });
      const steeringId = `${networkId}-fagrad`;
      const operationsId = `${networkId}-driftsgruppe`;
      tx.create(VestSteeringGroup, {
        id: steeringId,
        networkId,
        name: 'Fagråd',
        healthTrustRepresentatives: 5,
        municipalityRepresentatives: 5,
        attendanceRights: 'møterett',
      });
      tx.create(VestOperationsGroup, {
        id: operationsId,
        networkId,
        parentId: steeringId,
        name: 'Driftsgruppe',
        professionalNetwork: 'Nettverk av ressurssykepleiere',
        representativesFrom: ['KLB'],
        appointmentTermYears: 2,
        leaderTermYears: 2,
      });
      for (let u = 0; u < size.unitsPerNetwork; u++) {
        const unitId = `${networkId}-gruppe-${u}`;
        tx.create(VestNetworkGroup, {
          id: unitId,
          networkId,
          parentId: operationsId,
          name: `Nettverksgruppe ${u}`,
          groupNumber: u + 1,
          memberSources: ['Alle sykehjem'],
          plannedMeetingsPerYear: 2,
          position: u + 2,
        });
        tx.create(UnitMunicipality, { networkId, unitId, municipalityNumber: ROGALAND[u % ROGALAND.length], sourceWording: 'Syntetisk' });
        tx.create(MembershipFigure, { networkId, unitId, year: 2021, count: 10 + u });
        tx.create(FocusAreaRecord, { networkId, unitId, year: 2021, title: 'Satsing', status: FocusAreaStatus.NEW });
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
