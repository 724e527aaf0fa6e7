import { useTranslation } from 'react-i18next';
import { UNIT_GROUPS } from '../../../../api/registry.ts';
import { CHANNELS } from '../../../../domain/dossier.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { FILTER_KEYS, type FilterKey, useDashboardFilters } from '../lib/use-dashboard-filters.ts';
import { ActiveFilters } from './ActiveFilters.tsx';
import { ChoiceFilter } from './ChoiceFilter.tsx';
import { PeriodPicker } from './PeriodPicker.tsx';
import { SearchFilter } from './SearchFilter.tsx';
import './filters.css';

export interface FilterBarProps {
  /** Which row filters this page offers beside the period (all read and write the URL). */
  fields?: readonly FilterKey[];
}

/** The period picker, the page's row filters and the filters in force, all kept in the URL. */
export function FilterBar({ fields = [] }: FilterBarProps) {
  const { t } = useTranslation();
  const { range, filters, setFilter, clearFilters } = useDashboardFilters();
  const active = FILTER_KEYS.filter((k) => filters[k] !== undefined);
  const offered = FILTER_KEYS.filter((k) => fields.includes(k));

  return (
    <section className="filter-bar" aria-label={t('filters.title')}>
      <PeriodPicker />
      {offered.length > 0 && (
        <div className="filter-bar__fields">
          {offered.map((field) => {
            switch (field) {
              case 'unitGroup':
                return (
                  <ChoiceFilter
                    key={field}
                    label={t('filters.field.unitGroup')}
                    value={filters.unitGroup}
                    options={UNIT_GROUPS.map((g) => ({ key: g, label: t(`filters.unitGroup.${g}`) }))}
                    onChange={(v) => setFilter('unitGroup', v)}
                  />
                );
              case 'channel':
                return (
                  <ChoiceFilter
                    key={field}
                    label={t('filters.field.channel')}
                    value={filters.channel}
                    options={CHANNELS.map((c) => ({ key: c, label: t(`filters.channel.${c}`) }))}
                    onChange={(v) => setFilter('channel', v)}
                  />
                );
              default:
                return (
                  <SearchFilter
                    key={field}
                    field={field}
                    range={range}
                    value={filters[field]}
                    onChange={(v) => setFilter(field, v)}
                  />
                );
            }
          })}
        </div>
      )}
      {(offered.length > 0 || active.length > 0) && (
        <div className="filter-bar__active">
          <ActiveFilters
            active={active}
            filters={filters}
            range={range}
            onRemove={(k) => setFilter(k, undefined)}
          />
          {active.length > 0 && (
            <Button size="small" onClick={clearFilters}>
              {t('filters.active.clear')}
            </Button>
          )}
        </div>
      )}
    </section>
  );
}
