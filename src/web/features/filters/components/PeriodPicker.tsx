import { useTranslation } from 'react-i18next';
import { periodLabel, shiftSelection } from '../lib/period-selection.ts';
import { useDashboardFilters } from '../lib/use-dashboard-filters.ts';

/** STUB: previous / next of the current period; month, quarter, year and custom range still to build. */
export function PeriodPicker() {
  const { i18n } = useTranslation();
  const { period, setPeriod } = useDashboardFilters();
  return (
    <div className="period-picker">
      <button type="button" onClick={() => setPeriod(shiftSelection(period, -1))}>
        ‹
      </button>
      <span>{periodLabel(period, i18n.language === 'en' ? 'en' : 'vi')}</span>
      <button type="button" onClick={() => setPeriod(shiftSelection(period, 1))}>
        ›
      </button>
    </div>
  );
}
