import { formatNorwegianDate } from '../format';
import type { GroupMember, NetworkInReport, SorOstActivity, UnitInReport } from './annual-report.response';

/*
 * The one place that reads what each region adds beyond the national contract, turned into the
 * template's terms. The report builder sees only these shapes, so a new region's additions are
 * mapped here and nowhere else. Empty arrays and nulls mean the region does not say.
 */

export interface NetworkDetails {
  /** Etter initiativ fra … */
  initiative: string[];
  /** Formål, as paragraphs. */
  purpose: string[];
  /** Standing goals of the network (not tied to a year). */
  standingGoals: string[];
  /** Nettverket arbeider etter føringer fra … */
  governingDocuments: string[];
  /** More on the anchoring than the agreements say. */
  anchoring: string[];
  /** How the network is organised, in the region's words. */
  organisation: string[];
  /** Reorganisations and steps in the anchoring agreement's life. */
  developments: string[];
  /** Goals of the report year and whether they were carried over. */
  yearGoals: string[];
  /** The year's activity in the region's words. */
  activity: string[];
  /** Remarks on the money: how it was paid, what happens to the rest. */
  fundingNotes: string[];
}

export interface UnitDetails {
  /** The group's members for the report year; null when the region lists none. */
  members: GroupMember[] | null;
  /** When the region gives members only for another date: that date. */
  membersGivenFor: string | null;
  /** How the group is composed, when the members themselves are not listed. */
  composition: string[];
  /** The region's own description of the unit. */
  description: string[];
  /** Mandate and duties. */
  mandate: string[];
  /** The leader, with the role as the region words it ('Leder', 'Konstituert leder'). */
  leader: { role: string; description: string } | null;
  /** Meetings held in the year by the region's own count. */
  meetingsHeld: number | null;
  meetingsCancelled: number | null;
  /** Activity, gatherings, participation, job shadowing and plans in the region's words. */
  activity: string[];
  gatherings: string[];
  participation: string[];
  jointStudyDayParticipants: number | null;
  jobShadowing: string[];
  plans: string[];
  mainMatters: string[];
  postponedMatters: string[];
}

function yearOf(isoDate: string | null): number | null {
  return isoDate ? Number(isoDate.slice(0, 4)) : null;
}

function present(values: Array<string | null | undefined>): string[] {
  return values.filter((value): value is string => typeof value === 'string' && value.trim() !== '');
}

export function networkDetails(network: NetworkInReport): NetworkDetails {
  const sorOstGoals = network.sorOstGoals ?? [];
  return {
    initiative: network.establishedBy ?? network.history?.[0]?.actors ?? [],
    purpose: present([network.mandate, network.purpose, network.mainGoal]),
    standingGoals: network.goals ?? [],
    governingDocuments: [
      ...(network.governingDocuments ?? []).map(
        (document) => document.citation ?? (document.issuer ? `${document.issuer}: ${document.title ?? ''}` : (document.title ?? '')),
      ),
      ...(network.precedingDocuments ?? []).map((document) => document.citation),
      ...(network.basedOn ?? []),
    ].filter((document) => document !== ''),
    anchoring: present([
      network.anchoring,
      network.establishedIn ? `Slike nettverk er etablert ${network.establishedIn}.` : null,
      network.anchoredVia,
      network.sharedPlans?.length
        ? `Felles ${network.sharedPlans.join(' og ')}${network.sharedPlansPreparedBy ? `, utarbeidet av ${network.sharedPlansPreparedBy}` : ''}.`
        : null,
      network.organisationChain?.length ? `Organisasjonskart: ${network.organisationChain.join(' → ')}` : null,
    ]),
    organisation: present([network.governance]),
    developments: [
      ...(network.history ?? []).map((entry) => `${entry.period}: ${entry.description}`),
      ...(network.agreementMilestones ?? []).map((milestone) => {
        const when = milestone.date ? formatNorwegianDate(milestone.date) : (milestone.period ?? 'Tidspunkt ikke oppgitt');
        const by = milestone.decidedBy ? ` (${milestone.decidedBy})` : '';
        const change = milestone.change ? ` ${milestone.change}` : '';
        return `${when}: ${milestone.agreementTitle} ${milestone.step}${by}.${change}`;
      }),
    ],
    yearGoals: sorOstGoals.map((goal) => {
      const label = goal.kind === 'MAIN' ? 'Hovedmål' : `Delmål${goal.number !== null ? ` ${goal.number}` : ''}`;
      const carried = goal.carriedOverTo !== null ? ` (videreføres til ${goal.carriedOverTo})` : '';
      return `${label}: ${goal.title}${carried}`;
    }),
    activity: present((network.activityReports ?? []).map((report) => report.activity)),
    fundingNotes: present((network.fundingDetails ?? []).map((funding) => (funding.note ? `${funding.source}: ${funding.note}` : null))),
  };
}

export function unitDetails(unit: UnitInReport, year: number): UnitDetails {
  const reports: SorOstActivity[] = unit.activityReports ?? [];
  const allMembers = unit.members;
  const membersOfYear = allMembers?.filter((member) => member.asOf === null || yearOf(member.asOf) === year) ?? null;
  const latestGiven =
    allMembers
      ?.map((member) => member.asOf)
      .filter((asOf): asOf is string => asOf !== null)
      .sort()
      .at(-1) ?? null;
  const composition: string[] = [];
  if (unit.healthTrustRepresentatives !== undefined && unit.municipalityRepresentatives !== undefined) {
    composition.push(`${unit.healthTrustRepresentatives} representanter fra helseforetaket og ${unit.municipalityRepresentatives} fra kommunene`);
  }
  if (unit.representativesFrom?.length) composition.push(`Én representant fra hver av: ${unit.representativesFrom.join(', ')}`);
  if (unit.compositionRule) composition.push(unit.compositionRule);
  if (unit.memberSources?.length) composition.push(`Medlemmer fra: ${unit.memberSources.join(', ')}`);
  const leader = unit.sectorLeader
    ? {
        role: unit.sectorLeader.role,
        description: `${unit.sectorLeader.name}${unit.sectorLeader.affiliation ? `, ${unit.sectorLeader.affiliation}` : ''}`,
      }
    : null;
  const first = <T>(pick: (report: SorOstActivity) => T | null): T | null => reports.map(pick).find((value) => value !== null && value !== undefined) ?? null;
  return {
    members: membersOfYear && membersOfYear.length ? membersOfYear : null,
    membersGivenFor: membersOfYear && membersOfYear.length ? null : latestGiven,
    composition,
    description: present([unit.description]),
    mandate: unit.responsibilities ?? [],
    leader,
    meetingsHeld: first((report) => report.meetingsHeld),
    meetingsCancelled: first((report) => report.meetingsCancelled),
    activity: present(reports.map((report) => report.activity)),
    gatherings: present(reports.map((report) => report.gatherings)),
    participation: present(reports.map((report) => report.participation)),
    jointStudyDayParticipants: first((report) => report.jointStudyDayParticipants),
    jobShadowing: present(reports.map((report) => report.jobShadowing)),
    plans: present(
      reports.map((report) => (report.plans ? `${report.plansForYear !== null ? `Satsningsområde ${report.plansForYear}: ` : ''}${report.plans}` : null)),
    ),
    mainMatters: reports.flatMap((report) => report.mainMatters),
    postponedMatters: reports.flatMap((report) => report.postponedMatters),
  };
}
