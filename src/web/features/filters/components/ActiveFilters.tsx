import { useTranslation } from 'react-i18next';
import type { DayRange, RowFilterQuery } from '../../../../api/query.ts';
import { SEARCH_FIELDS, type SearchField, useFilterOptions } from '../lib/filter-options.ts';
import type { FilterKey } from '../lib/use-dashboard-filters.ts';

export interface ActiveFiltersProps {
  active: readonly FilterKey[];
  filters: RowFilterQuery;
  range: DayRange;
  onRemove: (key: FilterKey) => void;
}

/** The filters in force, in words, each removable: so a reader always knows what the numbers cover. */
export function ActiveFilters({ active, filters, range, onRemove }: ActiveFiltersProps) {
  const { t } = useTranslation();
  if (active.length === 0) return <p className="filter-bar__summary muted">{t('filters.active.none')}</p>;
  return (
    <div className="filter-bar__summary">
      <p className="filter-bar__count">{t('filters.active.count', { n: active.length })}</p>
      <ul className="filter-chips" aria-label={t('filters.active.label')}>
        {active.map((key) => (
          <li key={key} className="filter-chip">
            <span>
              {t(`filters.field.${key}`)}: <ValueLabel field={key} filters={filters} range={range} />
            </span>
            <button
              type="button"
              className="filter-chip__remove"
              aria-label={t('filters.active.remove', { field: t(`filters.field.${key}`) })}
              onClick={() => onRemove(key)}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

const isSearchField = (key: FilterKey): key is SearchField =>
  (SEARCH_FIELDS as readonly string[]).includes(key);

function ValueLabel({
  field,
  filters,
  range,
}: {
  field: FilterKey;
  filters: RowFilterQuery;
  range: DayRange;
}) {
  const { t } = useTranslation();
  if (field === 'unitGroup' && filters.unitGroup)
    return <strong>{t(`filters.unitGroup.${filters.unitGroup}`)}</strong>;
  if (field === 'channel' && filters.channel)
    return <strong>{t(`filters.channel.${filters.channel}`)}</strong>;
  const value = filters[field] ?? '';
  if (isSearchField(field)) return <SearchValueLabel field={field} value={value} range={range} />;
  return <strong>{value}</strong>;
}

function SearchValueLabel({ field, value, range }: { field: SearchField; value: string; range: DayRange }) {
  const { t } = useTranslation();
  const { options } = useFilterOptions(field, range);
  if (options === undefined) return <strong>{value || '—'}</strong>;
  const found = options.find((o) => o.key === value);
  return <strong>{found ? found.label : t('filters.notInPeriod', { value: value || '—' })}</strong>;
}
