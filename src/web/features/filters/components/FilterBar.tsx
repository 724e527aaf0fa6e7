import type { FilterKey } from '../lib/use-dashboard-filters.ts';
import { PeriodPicker } from './PeriodPicker.tsx';

export interface FilterBarProps {
  /** Which row filters this page offers beside the period (all read and write the URL). */
  fields?: readonly FilterKey[];
}

/** The period picker and the page's row filters. STUB: the row filters are still to build. */
export function FilterBar(_props: FilterBarProps) {
  return (
    <div className="filter-bar">
      <PeriodPicker />
    </div>
  );
}
