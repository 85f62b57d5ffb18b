import type { EntityManager } from '@mikro-orm/postgresql';
import { EventKind, FocusAreaStatus } from '@pallnet/contract';
import { AgreementRecord, EventRecord, FocusAreaRecord, MembershipFigure, SyntheticSize, UnitMunicipality } from '@pallnet/regional-kit';
import {
  InnlandetActionPlan,
  InnlandetAnnualCycle,
  InnlandetClinicalCommittee,
  InnlandetCooperationCommittee,
  InnlandetCycleActivity,
  InnlandetCyclePeriod,
  InnlandetDocumentCategory,
  InnlandetFocusArea,
  InnlandetGoverningDocument,
  InnlandetMeetingRule,
  InnlandetNetwork,
  InnlandetPlannedEvent,
  InnlandetResourceNurseNetwork,
  InnlandetWorkingGroup,
} from '../entities';

/** Municipalities of Innlandet county, for synthetic coverage. */
const INNLANDET = ['3403', '3405', '3407', '3411', '3412', '3413', '3414', '3415', '3416', '3417'];

/**
 * Synthetic Innlandet networks for efficiency tests and the benchmark: the same shape as the
 * real one (OSU over a clinical committee over a working group over resource-nurse networks with
 * municipalities, figures and events, meeting rules, an annual cycle, an action plan with
 * planned events, governing documents), in any amount. Ids start with `innlandet-synthetic-`;
 * call again with a higher `from` to add more.
 */
export async function seedSyntheticNetworks(em: EntityManager, size: SyntheticSize, from = 0): Promise<string[]> {
  const ids: string[] = [];
  await em.transactional(async (tx) => {
    const parents: Array<{ networkId: string; cycle: InnlandetAnnualCycle; plan: InnlandetActionPlan; unitIds: string[] }> = [];
    for (let n = from; n < from + size.networks; n++) {
      const networkId = `innlandet-synthetic-${n}`;
      ids.push(networkId);
      tx.create(InnlandetNetwork, {
        id: networkId,
        name: `Syntetisk ressurssykepleienettverk ${n}`,
        healthTrust: 'Syntetisk sykehus',
        healthTrustAbbreviation: 'SS',
        organisationChain: ['Syntetisk sykehus', 'OSU', 'Klinisk utvalg', 'Arbeidsgruppe', 'nettverket'],
        organisationModel: 'fagnettverk 3 nivåer',
        organisationLevels: 3,
        organisationChartLabels: ['OSU'],
        mainGoal: 'Et velfungerende nettverk',
        goals: ['Lett å finne frem'],
      });
      tx.create(AgreementRecord, { networkId, title: `Underavtale ${n}`, kind: 'Underavtale', partOf: 'Tjenesteavtale 1' });
      tx.create(MembershipFigure, { networkId, year: 2020, count: 100 + n });
      tx.create(MembershipFigure, { networkId, year: 2021, count: 110 + n });
      tx.create(FocusAreaRecord, { networkId, year: 2021, title: 'Basisopplæring for alle.', status: FocusAreaStatus.CONTINUED });
      tx.create(InnlandetGoverningDocument, {
        networkId,
        category: InnlandetDocumentCategory.NATIONAL,
        citation: 'Nasjonalt handlingsprogram -IS-2800',
        title: 'Nasjonalt handlingsprogram',
        reference: 'IS-2800',
      });

      const osuId = `${networkId}-osu`;
      const committeeId = `${networkId}-klinisk-utvalg`;
      const groupId = `${networkId}-arbeidsgruppe`;
      tx.create(InnlandetCooperationCommittee, { id: osuId, networkId, name: 'OSU', abbreviation: 'OSU', anchoredIn: 'Syntetisk sykehus' });
      tx.create(InnlandetClinicalCommittee, {
        id: committeeId,
        networkId,
        parentId: osuId,
        name: 'Klinisk utvalg',
        plannedMeetingsPerYear: 3,
        aim: 'Gode tjenester',
        serviceQualities: ['Trygge og sikre'],
        roles: ['Leder'],
        position: 1,
      });
      tx.create(InnlandetWorkingGroup, { id: groupId, networkId, parentId: committeeId, name: 'Arbeidsgruppe', plannedMeetingsPerYear: 4, position: 2 });
      tx.create(InnlandetMeetingRule, { networkId, unitId: committeeId, wording: '3 årlige møter', meetingsPerYear: 3, videoConferenceMeetings: 1 });
      tx.create(InnlandetMeetingRule, {
        networkId,
        unitId: groupId,
        wording: '4 årlige møter',
        meetingsPerYear: 4,
        videoConferencePreferred: true,
        jointWithUnitId: committeeId,
        minimumJointMeetings: 1,
      });

      const localIds: string[] = [];
      for (let u = 0; u < size.unitsPerNetwork; u++) {
        const unitId = `${networkId}-nettverk-${u}`;
        localIds.push(unitId);
        tx.create(InnlandetResourceNurseNetwork, {
          id: unitId,
          networkId,
          parentId: groupId,
          name: `Ressurssykepleiere ${u}`,
          coverage: 'ved alle relevante enheter',
          chartLabel: `${10 + u} ressurssykepleiere`,
          position: u + 3,
        });
        tx.create(UnitMunicipality, { networkId, unitId, municipalityNumber: INNLANDET[u % INNLANDET.length], sourceWording: 'Syntetisk' });
        tx.create(MembershipFigure, { networkId, unitId, year: 2020, count: 9 + u });
        tx.create(MembershipFigure, { networkId, unitId, year: 2021, count: 10 + u });
        tx.create(FocusAreaRecord, { networkId, unitId, year: 2021, title: 'Satsing', status: FocusAreaStatus.NEW });
        for (let e = 0; e < size.eventsPerUnit; e++) {
          tx.create(EventRecord, {
            networkId,
            unitId,
            kind: e % 2 === 0 ? EventKind.NETWORK_MEETING : EventKind.STUDY_DAY,
            title: `Samling ${e}`,
            date: `2021-${String((e % 12) + 1).padStart(2, '0')}-15`,
            hours: 2,
            attendedInPerson: 10,
            attendedDigitally: 5,
          });
        }
      }
      parents.push({
        networkId,
        cycle: tx.create(InnlandetAnnualCycle, { networkId, title: 'Årshjul', principle: 'Rulleres' }),
        plan: tx.create(InnlandetActionPlan, { networkId, title: 'Handlingsplan', fromYear: 2020, toYear: 2021 }),
        unitIds: [committeeId, groupId, ...localIds],
      });
    }
    // Children point at their parents' generated ids.
    await tx.flush();

    const periods: Array<{ networkId: string; period: InnlandetCyclePeriod; unitIds: string[] }> = [];
    const focusAreas: Array<{ networkId: string; focusArea: InnlandetFocusArea }> = [];
    for (const { networkId, cycle, plan, unitIds } of parents) {
      // Four periods like the real cycle; focus areas grow with the units.
      for (let p = 0; p < 4; p++) {
        const period = tx.create(InnlandetCyclePeriod, {
          networkId,
          cycleId: cycle.id,
          label: `Periode ${p}`,
          fromMonth: 3 * p + 1,
          toMonth: 3 * p + 3,
          position: p,
        });
        periods.push({ networkId, period, unitIds });
      }
      for (let u = 0; u < Math.max(1, size.unitsPerNetwork); u++) {
        const focusArea = tx.create(InnlandetFocusArea, {
          networkId,
          actionPlanId: plan.id,
          title: `Satsingsområde ${u}`,
          measures: ['Tiltak'],
          responsible: 'Kl.utvalg',
          responsibleUnitIds: [unitIds[0]],
          responsiblePersons: ['Synøve'],
          partners: ['KLB'],
          position: u,
        });
        focusAreas.push({ networkId, focusArea });
      }
    }
    await tx.flush();

    for (const { networkId, period, unitIds } of periods) {
      for (let e = 0; e < Math.max(1, size.eventsPerUnit); e++) {
        tx.create(InnlandetCycleActivity, {
          networkId,
          periodId: period.id,
          text: `Aktivitet ${e}`,
          eventKind: EventKind.GOVERNANCE_MEETING,
          unitIds: unitIds.slice(0, 2),
          position: e,
        });
      }
    }
    for (const { networkId, focusArea } of focusAreas) {
      const focusAreaId = focusArea.id;
      tx.create(InnlandetPlannedEvent, { networkId, focusAreaId, kind: EventKind.STUDY_DAY, title: 'Temadag', schedule: 'Hver høst' });
      tx.create(InnlandetPlannedEvent, {
        networkId,
        focusAreaId,
        kind: EventKind.INTRODUCTION_COURSE,
        title: 'Basiskurs',
        schedule: 'Høst 2021',
        year: 2021,
        position: 1,
      });
    }
  });
  return ids;
}
