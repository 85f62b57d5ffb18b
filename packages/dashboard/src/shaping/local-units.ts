import type { HealthRegion, LocalUnitsQuery } from '../generated/graphql';
import { presentNetworks } from './overview';
import { regionName } from './regions';

/** A local unit with its figures for the year, next to those of every other network. */
export interface LocalUnitRow {
  id: string;
  name: string;
  /** The region's own word: Sektornettverk, Nettverksgruppe, Fagnettverk, … */
  localTerm: string;
  networkId: string;
  networkName: string;
  /** The health trust the network belongs to: a short name for the network. */
  healthTrust: string;
  region: HealthRegion;
  regionName: string;
  members: number | null;
  /** True when `members` is the latest known count, not the chosen year's. */
  membersFromLatest: boolean;
  membersChange: number | null;
  gatherings: number | null;
  gatheringHours: number | null;
  plannedMeetingsPerYear: number | null;
  /** Municipalities the unit covers; null when none are recorded. */
  municipalities: number | null;
}

/**
 * Every network's units at the LOCAL level, with the year's figures from the network's annual
 * report (its localUnits) where it has them, else the unit's own member count.
 */
export function localUnitRows(data: LocalUnitsQuery): LocalUnitRow[] {
  return presentNetworks(data.networks).flatMap((network) => {
    const reports = new Map((network.annualReport?.localUnits ?? []).flatMap((report) => (report.unit ? [[report.unit.id, report] as const] : [])));
    return network.units
      .filter((unit) => unit.level === 'LOCAL')
      .map((unit) => {
        const report = reports.get(unit.id);
        const yearMembers = report?.membersAtYearEnd ?? unit.members;
        return {
          id: unit.id,
          name: unit.name,
          localTerm: unit.localTerm,
          networkId: network.id,
          networkName: network.name,
          healthTrust: network.healthTrust,
          region: network.region,
          regionName: regionName(network.region, data.regions),
          members: yearMembers ?? unit.latestMembers,
          membersFromLatest: yearMembers == null && unit.latestMembers != null,
          membersChange: report?.membersChange ?? null,
          gatherings: report?.gatherings ?? null,
          gatheringHours: report?.gatheringHours ?? null,
          plannedMeetingsPerYear: unit.plannedMeetingsPerYear,
          municipalities: unit.municipalities.length ? unit.municipalities.length : null,
        };
      });
  });
}
