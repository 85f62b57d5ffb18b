/*
 * The shape of queries/annual-report.graphql's answer. Region-specific fields are optional: each
 * is present only on its own region's types.
 */

export type GovernanceLevel = 'STEERING' | 'OPERATIONS' | 'LOCAL';
export type FocusAreaStatus = 'NEW' | 'CONTINUED' | 'COMPLETED';

export interface ReportEvent {
  kind: 'NETWORK_MEETING' | 'STUDY_DAY' | 'INTRODUCTION_COURSE' | 'GOVERNANCE_MEETING';
  title: string;
  date: string | null;
  period: string | null;
  hours: number | null;
  registered: number | null;
  attendedInPerson: number | null;
  attendedDigitally: number | null;
  participants: number | null;
  form: string | null;
  location: string | null;
  themes: string[];
  note: string | null;
  othersThanResourcePersonsInvited: boolean | null;
}

export interface FocusArea {
  title: string;
  /** Null where the source gives no status. */
  status: FocusAreaStatus | null;
}

export interface YearInReport {
  membersAtYearEnd: number | null;
  membersPreviousYearEnd: number | null;
  membersChange: number | null;
  membershipNote: string | null;
  joined: number | null;
  left: number | null;
  gatherings: number | null;
  gatheringHours: number | null;
  studyDays: ReportEvent[];
  introductionCourses: ReportEvent[];
  jobShadowingDays: number | null;
  jobShadowing: Array<{ who: string; host: string | null; days: number | null; note: string | null; homeMunicipality: { name: string } | null }>;
  themes: string[];
  goalsReached: string | null;
  focusAreas: FocusArea[];
  funding: Array<{ source: string; amountNok: number | null; purpose: string | null }>;
  courseFee: string | null;
  reorganisation: string | null;
  cooperationWithOtherNetworks: string | null;
}

export interface LocalYearInReport extends YearInReport {
  unit: { id: string } | null;
}

export interface GroupMember {
  name: string;
  title: string | null;
  workplace: string | null;
  organisation: string | null;
  function: string | null;
  note: string | null;
  /** The date the composition is given for (ISO). */
  asOf: string | null;
}

export interface SorOstActivity {
  meetingsSummary: string | null;
  meetingsHeld: number | null;
  meetingsCancelled: number | null;
  activity: string | null;
  gatherings: string | null;
  participation: string | null;
  jointStudyDayParticipants: number | null;
  jobShadowing: string | null;
  mainMatters: string[];
  postponedMatters: string[];
  plansForYear: number | null;
  plans: string | null;
}

export interface UnitInReport {
  __typename: string;
  id: string;
  name: string;
  localTerm: string;
  level: GovernanceLevel;
  parent: { id: string; name: string } | null;
  plannedMeetingsPerYear: number | null;
  /** The latest figure the region has, of whatever year (or none). */
  latestMemberCount: number | null;
  municipalities: Array<{ number: string; name: string }>;
  responsibilities?: string[];
  healthTrustRepresentatives?: number;
  municipalityRepresentatives?: number;
  representativesFrom?: string[];
  compositionRule?: string | null;
  memberSources?: string[];
  description?: string | null;
  members?: GroupMember[];
  sectorLeader?: { name: string; role: string; affiliation: string | null } | null;
  activityReports?: SorOstActivity[];
}

export interface NetworkInReport {
  __typename: string;
  id: string;
  name: string;
  region: string;
  healthTrust: string;
  established: number | null;
  /** The latest figure the region has, of whatever year (or none). */
  latestMemberCount: number | null;
  municipalities: Array<{ number: string; name: string }>;
  agreements: Array<{
    title: string;
    kind: string | null;
    partOf: string | null;
    parties: string[];
    adopted: string | null;
    revised: string[];
    inForceFrom: string | null;
    note: string | null;
  }>;
  units: UnitInReport[];
  events: Array<ReportEvent & { unit: { id: string } | null }>;
  report: (YearInReport & { localUnits: LocalYearInReport[] }) | null;
  nextYear: { focusAreas: FocusArea[]; localUnits: Array<{ unit: { id: string } | null; focusAreas: FocusArea[] }> } | null;
  // Vest
  purpose?: string;
  establishedBy?: string[];
  establishedIn?: string | null;
  anchoredVia?: string | null;
  sharedPlans?: string[];
  sharedPlansPreparedBy?: string | null;
  basedOn?: string[];
  // Innlandet
  mainGoal?: string;
  goals?: string[];
  organisationChain?: string[];
  governingDocuments?: Array<{ citation?: string; issuer?: string | null; title?: string }>;
  // Midt
  anchoring?: string;
  precedingDocuments?: Array<{ citation: string }>;
  // Sør-Øst
  mandate?: string;
  governance?: string;
  history?: Array<{ period: string; description: string; actors: string[] }>;
  agreementMilestones?: Array<{
    agreementTitle: string;
    step: string;
    date: string | null;
    period: string | null;
    decidedBy: string | null;
    change: string | null;
  }>;
  sorOstGoals?: Array<{ kind: 'MAIN' | 'SUB'; number: number | null; title: string; carriedOverTo: number | null }>;
  activityReports?: SorOstActivity[];
  fundingDetails?: Array<{ source: string; note: string | null }>;
}

export interface AnnualReportResponse {
  regions: Array<{ code: string; name: string }>;
  network: NetworkInReport | null;
}
