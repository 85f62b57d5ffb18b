import { formatCount } from '../shaping/format';

/** A member count that is the latest known, not the chosen year's: said in words, not by a mark alone. */
export function LatestCount({ value }: { value: number | null }) {
  return (
    <>
      {formatCount(value)} <span className="cell-note">siste kjente tall</span>
    </>
  );
}

/** A unit's or network's member count, saying when it is the latest known rather than the year's. */
export function MemberCount({ value, fromLatest }: { value: number | null; fromLatest: boolean }) {
  return fromLatest ? <LatestCount value={value} /> : <>{formatCount(value)}</>;
}
