import type { RegionalContext, UnitBase } from '@pallnet/regional-kit';

/*
 * Units named by Innlandet's own rows are looked up among their network's units. That loader is
 * keyed by network, so every level of a query asks it for the same keys and hits its cache once
 * the network's units are loaded; a loader by unit id would be asked for different ids at
 * different moments and split into more statements as the data grows.
 */

/** The units with these ids, in this order. */
export async function loadUnits(networkId: string, ids: readonly string[], ctx: RegionalContext): Promise<UnitBase[]> {
  const units = new Map((await ctx.loaders.unitsByNetwork.load(networkId)).map((unit) => [unit.id, unit]));
  return ids.map((id) => {
    const unit = units.get(id);
    // A json list of ids has no foreign key, so a dangling id is reported rather than dropped.
    if (!unit) throw new Error(`Network ${networkId} has no unit ${id}`);
    return unit;
  });
}

/** The unit with this id, or null when there is no id. */
export async function loadUnit(networkId: string, id: string | null, ctx: RegionalContext): Promise<UnitBase | null> {
  if (id === null) return null;
  const [unit] = await loadUnits(networkId, [id], ctx);
  return unit;
}
