import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { paths, unitPath } from '../../../app/paths.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { EmptyState } from '../../../components/ui/EmptyState.tsx';
import { PageHeader } from '../../../components/ui/PageHeader.tsx';
import { QueryState } from '../../../components/ui/QueryState.tsx';
import { PageSkeleton } from '../../../components/ui/Skeleton.tsx';
import { TextField } from '../../../components/ui/TextField.tsx';
import { formatInteger, formatPercent } from '../../../lib/format.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { DataProvenance } from '../../filters/components/DataProvenance.tsx';
import { FilterBar } from '../../filters/components/FilterBar.tsx';
import { useDashboardFilters } from '../../filters/lib/use-dashboard-filters.ts';
import { useMetrics } from '../../metrics/api/metrics.ts';
import { groupUnits, searchUnits } from '../lib/unit-list.ts';
import '../units.css';

const SEARCH_PARAM = 'q';

/** /don-vi: every unit with data in the period, by ranking group, searchable; each opens its page. */
export function UnitsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('units.title'));
  const dashboard = useDashboardFilters();
  const [params, setParams] = useSearchParams();
  const [query, setQuery] = useState(params.get(SEARCH_PARAM) ?? '');
  const units = useMetrics(
    { ...dashboard.range, groupBy: 'unit' },
    { enabled: dashboard.status === 'ready' },
  );
  const headingId = useId();

  const search = (text: string) => {
    setQuery(text);
    setParams(
      (prev) => {
        const out = new URLSearchParams(prev);
        if (text) out.set(SEARCH_PARAM, text);
        else out.delete(SEARCH_PARAM);
        return out;
      },
      { replace: true },
    );
  };

  if (dashboard.status === 'pending') return <PageSkeleton />;
  // Links keep the period, so a unit's page opens on the same months.
  const period = params.get('period');
  const linkTo = (id: string) => unitPath(id, period);

  return (
    <>
      <PageHeader title={t('units.title')}>
        <p>{t('units.intro')}</p>
      </PageHeader>
      <FilterBar fields={[]} />
      <QueryState query={units} lines={8}>
        {(answer) => {
          if (answer.rows.length === 0)
            return (
              <EmptyState
                title={t('units.list.emptyTitle')}
                actions={
                  <Link className="btn btn--secondary" to={paths.upload}>
                    {t('common.goUpload')}
                  </Link>
                }
              >
                <p>{t('units.list.emptyBody')}</p>
              </EmptyState>
            );
          const found = searchUnits(answer.rows, query);
          const groups = groupUnits(found);
          return (
            <section className="panel units-list" aria-labelledby={headingId}>
              <h2 id={headingId} className="visually-hidden">
                {t('units.title')}
              </h2>
              <div className="units-list__search">
                <TextField
                  label={t('units.list.search')}
                  hint={t('units.list.searchHint')}
                  type="search"
                  value={query}
                  onChange={(e) => search(e.target.value)}
                  autoComplete="off"
                />
                <p className="muted" role="status">
                  {t('units.list.count', {
                    shown: formatInteger(found.length),
                    total: formatInteger(answer.rows.length),
                  })}
                </p>
              </div>
              {groups.length === 0 ? (
                <EmptyState
                  title={t('units.list.noMatchTitle', { query })}
                  actions={<Button onClick={() => search('')}>{t('units.list.clearSearch')}</Button>}
                >
                  <p>{t('units.list.noMatchBody')}</p>
                </EmptyState>
              ) : (
                groups.map(({ group, rows }) => (
                  <section
                    key={group}
                    className="units-list__group"
                    aria-labelledby={`${headingId}-${group}`}
                  >
                    <h3 id={`${headingId}-${group}`}>
                      {t('units.list.groupHeading', {
                        group: t(`units.group.${group}`),
                        total: formatInteger(rows.length),
                      })}
                    </h3>
                    <ul className="units-list__items">
                      {rows.map((row) => (
                        <li key={row.key} className="units-list__item">
                          <Link to={linkTo(row.key)} className="units-list__link">
                            {row.name}
                          </Link>
                          <span className="units-list__facts">
                            <span>
                              {row.rank != null
                                ? t('units.list.rank', { rank: formatInteger(row.rank) })
                                : t('units.list.noRank')}
                            </span>
                            <span>
                              {t('units.list.onTime', {
                                rate: formatPercent(row.metrics.onTimeRate) ?? '—',
                              })}
                            </span>
                          </span>
                        </li>
                      ))}
                    </ul>
                  </section>
                ))
              )}
              <DataProvenance asOf={answer.asOf} sources={answer.sources} />
            </section>
          );
        }}
      </QueryState>
    </>
  );
}
