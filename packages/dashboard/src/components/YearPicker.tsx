import { useId } from 'react';
import { yearOptions } from '../shaping/years';

/** The report year every page shows (31 December of it for member counts). */
export function YearPicker({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const id = useId();
  const options = yearOptions(new Date());
  if (!options.includes(year)) options.unshift(year);
  return (
    <div className="year-picker">
      <label htmlFor={id}>Rapportår</label>
      <select id={id} value={year} onChange={(event) => onChange(Number(event.target.value))}>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </div>
  );
}
