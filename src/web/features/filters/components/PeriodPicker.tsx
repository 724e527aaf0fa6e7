import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  currentVietnamYear,
  type PeriodKind,
  type PeriodSelection,
  periodLabel,
  pickerYears,
  rangeLabel,
  rangeOf,
  selectionOfKind,
  shiftSelection,
  withinYears,
} from '../lib/period-selection.ts';
import { useDashboardFilters } from '../lib/use-dashboard-filters.ts';
import { DateRangePopover } from './DateRangePopover.tsx';
import './filters.css';

const KINDS: readonly PeriodKind[] = ['month', 'quarter', 'year', 'custom'];
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const QUARTERS = [1, 2, 3, 4] as const;
const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/**
 * The dashboards' period: month, quarter, year or a custom range of days, with previous/next.
 * Every change goes to the URL (`?period=`), so a shared link shows the same period.
 */
export function PeriodPicker() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { period, range, setPeriod } = useDashboardFilters();
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const years = pickerYears(period, currentVietnamYear());
  const previous = shiftSelection(period, -1);
  const next = shiftSelection(period, 1);

  return (
    <fieldset className="period-picker">
      <legend className="period-picker__legend">{t('filters.period.legend')}</legend>
      <div className="period-picker__kinds" role="radiogroup" aria-labelledby={`${id}-kind`}>
        <span id={`${id}-kind`} className="period-picker__kinds-label">
          {t('filters.period.kind')}
        </span>
        {KINDS.map((kind) => (
          <label key={kind} className="period-picker__kind">
            <input
              type="radio"
              name={`${id}-kind`}
              value={kind}
              checked={period.kind === kind}
              onChange={() => setPeriod(selectionOfKind(period, kind))}
            />
            <span>{t(`filters.period.kinds.${kind}`)}</span>
          </label>
        ))}
      </div>
      <div className="period-picker__value">
        <button
          type="button"
          className="btn btn--secondary period-picker__step"
          aria-label={t('filters.period.previous')}
          title={t('filters.period.previous')}
          disabled={!withinYears(previous, years)}
          onClick={() => setPeriod(previous)}
        >
          <span aria-hidden="true">‹</span>
        </button>
        <ValueControls period={period} years={years} onChange={setPeriod} />
        <button
          type="button"
          className="btn btn--secondary period-picker__step"
          aria-label={t('filters.period.next')}
          title={t('filters.period.next')}
          disabled={!withinYears(next, years)}
          onClick={() => setPeriod(next)}
        >
          <span aria-hidden="true">›</span>
        </button>
      </div>
      <p className="period-picker__current" aria-live="polite">
        <span className="visually-hidden">{t('filters.period.current')}: </span>
        <strong>{periodLabel(period, language)}</strong>
        {period.kind !== 'custom' && <span className="period-picker__range"> ({rangeLabel(range)})</span>}
      </p>
    </fieldset>
  );
}

interface ValueControlsProps {
  period: PeriodSelection;
  years: readonly number[];
  onChange: (next: PeriodSelection) => void;
}

function ValueControls({ period, years, onChange }: ValueControlsProps) {
  const { t } = useTranslation();
  if (period.kind === 'custom') {
    return (
      <DateRangePopover
        range={rangeOf(period)}
        years={years}
        onApply={(r) => onChange({ kind: 'custom', from: r.from, to: r.to })}
      />
    );
  }
  const yearSelect = (
    <LabelledSelect
      label={t('filters.period.year')}
      value={period.year}
      options={years.map((y) => ({ value: y, label: String(y) }))}
      onChange={(year) => onChange({ ...period, year })}
    />
  );
  return (
    <div className="period-picker__selects">
      {period.kind === 'month' && (
        <LabelledSelect
          label={t('filters.period.month')}
          value={period.month}
          options={MONTHS.map((m) => ({ value: m, label: t('filters.period.monthOption', { month: m }) }))}
          onChange={(month) => onChange({ ...period, month })}
        />
      )}
      {period.kind === 'quarter' && (
        <LabelledSelect
          label={t('filters.period.quarter')}
          value={period.quarter}
          options={QUARTERS.map((q) => ({
            value: q,
            label: t('filters.period.quarterOption', { quarter: ROMAN[q - 1] }),
          }))}
          onChange={(quarter) => onChange({ ...period, quarter: quarter as 1 | 2 | 3 | 4 })}
        />
      )}
      {yearSelect}
    </div>
  );
}

interface LabelledSelectProps {
  label: string;
  value: number;
  options: readonly { value: number; label: string }[];
  onChange: (value: number) => void;
}

function LabelledSelect({ label, value, options, onChange }: LabelledSelectProps) {
  const id = useId();
  return (
    <div className="period-picker__select">
      <label htmlFor={id} className="period-picker__select-label">
        {label}
      </label>
      <select id={id} className="select" value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
