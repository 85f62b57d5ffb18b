import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { OutageNotice } from '../components/OutageNotice';
import { Loading } from '../components/QueryFailure';
import type { RegionName } from '../shaping/regions';
import { outagesOf } from '../shaping/unavailable';
import { InnlandetVariant } from './InnlandetVariant';
import { MidtVariant } from './MidtVariant';
import { SorOstVariant } from './SorOstVariant';
import { VestVariant } from './VestVariant';

/** The region's own part of a network's page, by the network's concrete type. */
export function RegionVariant({ typename, id, year, region }: { typename: string; id: string; year: number; region: RegionName }) {
  switch (typename) {
    case 'VestNetwork':
      return <VestVariant id={id} region={region} />;
    case 'InnlandetNetwork':
      return <InnlandetVariant id={id} year={year} region={region} />;
    case 'MidtNetwork':
      return <MidtVariant id={id} region={region} />;
    case 'SorOstNetwork':
      return <SorOstVariant id={id} year={year} region={region} />;
    default:
      return null;
  }
}

/** A variant's section: its heading, and what its own query brought (or why nothing came). */
export function VariantSection({
  title,
  region,
  fetching,
  error,
  children,
}: {
  /** What the region's own part is, after the region's name. */
  title: string;
  region: RegionName;
  fetching: boolean;
  error: CombinedError | undefined;
  children: ReactNode;
}) {
  return (
    <section className="section" aria-labelledby="variant-heading">
      <h2 id="variant-heading">
        {region.name}: {title}
      </h2>
      <OutageNotice outages={outagesOf(error, [region])} />
      {fetching ? <Loading /> : children}
    </section>
  );
}
