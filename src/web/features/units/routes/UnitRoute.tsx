import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { MetricsRow } from '../../../../api/metrics.ts';
import { paths } from '../../../app/paths.ts';
import { EmptyState } from '../../../components/ui/EmptyState.tsx';
import { PageHeader } from '../../../components/ui/PageHeader.tsx';
import { QueryState } from '../../../components/ui/QueryState.tsx';
import { PageSkeleton } from '../../../components/ui/Skeleton.tsx';
import { languageOf } from '../../../i18n/index.ts';
import { formatInteger } from '../../../lib/format.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { TrendChart } from '../../charts/components/TrendChart.tsx';
import { DossierPreview } from '../../dossiers/components/DossierPreview.tsx';
import { dossierListHref } from '../../dossiers/lib/list-url.ts';
import '../../dossiers/dossiers.css';
import { DataProvenance } from '../../filters/components/DataProvenance.tsx';
import { FilterBar } from '../../filters/components/FilterBar.tsx';
import { periodLabel, periodParam } from '../../filters/lib/period-selection.ts';
import { useDashboardFilters } from '../../filters/lib/use-dashboard-filters.ts';
import { useMetrics } from '../../metrics/api/metrics.ts';
import { useSeries } from '../../metrics/api/series.ts';
import { targetsFor, useSettings } from '../../metrics/api/settings.ts';
import { BreakdownTable } from '../components/BreakdownTable.tsx';
import { RankHistoryChart } from '../components/RankHistoryChart.tsx';
import { UnitIndex766 } from '../components/UnitIndex766.tsx';
import { UnitKpis } from '../components/UnitKpis.tsx';
import { monthsEnding, rankHistory } from '../lib/months.ts';
import { rankedInGroup } from '../lib/unit-list.ts';
import '../units.css';

/** Rows of each dossier list shown on the unit's page; the link opens the whole list. */
const PREVIEW_ROWS = 10;

/** /don-vi/:unitId — one unit: rank, numbers against targets, trend, rank history, breakdowns, dossiers. */
export function UnitRoute() {
  const { t, i18n } = useTranslation();
  const unitId = useParams().unitId ?? '';
  const dashboard = useDashboardFilters();
  const [params] = useSearchParams();
  const ready = dashboard.status === 'ready';
  const units = useMetrics({ ...dashboard.range, groupBy: 'unit' }, { enabled: ready });
  const row = units.data?.rows.find((r) => r.key === unitId);
  useDocumentTitle(row?.name ?? t('units.title'));

  if (!ready) return <PageSkeleton />;
  const period = periodLabel(dashboard.period, languageOf(i18n));
  const backHref = params.get('period') ? `${paths.units}?period=${params.get('period')}` : paths.units;

  return (
    <>
      <p className="unit-page__back">
        <Link to={backHref}>← {t('units.unit.back')}</Link>
      </p>
      <QueryState query={units} lines={3}>
        {(answer) =>
          row ? (
            <UnitHeader row={row} rows={answer.rows} />
          ) : (
            <>
              <PageHeader title={t('units.unit.notFoundTitle')} />
              <FilterBar fields={[]} />
              <EmptyState
                title={t('units.unit.notFoundTitle')}
                actions={
                  <Link className="btn btn--primary" to={backHref}>
                    {t('units.unit.notFoundAction')}
                  </Link>
                }
              >
                <p>{t('units.unit.notFoundBody', { id: unitId, period })}</p>
              </EmptyState>
            </>
          )
        }
      </QueryState>
      {row && <UnitBody row={row} />}
    </>
  );
}

function UnitHeader({ row, rows }: { row: MetricsRow; rows: readonly MetricsRow[] }) {
  const { t } = useTranslation();
  const group = row.group ?? 'other';
  const change = row.rankChange;
  const changeText =
    change == null
      ? t('units.unit.rankChangeUnknown')
      : change > 0
        ? t('units.unit.rankUp', { places: formatInteger(change) })
        : change < 0
          ? t('units.unit.rankDown', { places: formatInteger(-change) })
          : t('units.unit.rankSame');
  const arrow = change == null || change === 0 ? '' : change > 0 ? '▲ ' : '▼ ';
  return (
    <>
      <PageHeader title={row.name} />
      <dl className="facts unit-facts">
        <div>
          <dt>{t('units.unit.groupLabel')}</dt>
          <dd>{t(`units.group.${group}`)}</dd>
        </div>
        <div>
          <dt>
            {t('units.unit.rankLabel')} <span className="muted">({t('units.unit.rankBy')})</span>
          </dt>
          <dd>
            {row.rank != null
              ? t('units.unit.rank', {
                  rank: formatInteger(row.rank),
                  total: formatInteger(rankedInGroup(rows, group)),
                })
              : t('units.unit.noRank')}
          </dd>
          <dd
            className={`unit-facts__change unit-facts__change--${change == null ? 'none' : change > 0 ? 'up' : change < 0 ? 'down' : 'same'}`}
          >
            <span aria-hidden>{arrow}</span>
            {changeText}
          </dd>
        </div>
      </dl>
      <FilterBar fields={[]} />
    </>
  );
}

function UnitBody({ row }: { row: MetricsRow }) {
  const { t } = useTranslation();
  const unitId = row.key;
  const group = row.group ?? 'other';
  const dashboard = useDashboardFilters();
  const { range } = dashboard;
  const year = Number(range.to.slice(0, 4));
  const settings = useSettings();
  const targets = targetsFor(settings.data, year);
  const months = monthsEnding(range.to, 12);
  const total = useMetrics({ ...range, groupBy: 'total', unit: unitId });
  const trend = useSeries({ ...months, groupBy: 'total', unit: unitId });
  const ranks = useSeries({ ...months, groupBy: 'unit', unitGroup: group });
  const sectors = useMetrics({ ...range, groupBy: 'sector', unit: unitId });
  const procedures = useMetrics({ ...range, groupBy: 'procedure', unit: unitId });
  const kpiHeading = useId();
  const dossiersHeading = useId();
  const periodText = periodParam(dashboard.period);
  const base = { ...range, unit: unitId };
  const listHref = (kind: 'overdue' | 'dueSoon') =>
    dossierListHref(kind, { period: periodText, filters: { unit: unitId } });

  return (
    <>
      <section className="panel" aria-labelledby={kpiHeading}>
        <h2 id={kpiHeading} className="panel__title">
          {t('units.kpi.title')}
        </h2>
        <QueryState query={total} lines={4}>
          {(answer) => {
            const metrics = answer.rows[0]?.metrics ?? row.metrics;
            return (
              <>
                <UnitKpis metrics={metrics} targets={targets} />
                {Object.keys(targets).length === 0 && !settings.isPending && (
                  <p className="muted">{t('units.targets.none', { year })}</p>
                )}
                <DataProvenance asOf={answer.asOf} sources={answer.sources} />
              </>
            );
          }}
        </QueryState>
      </section>

      <UnitIndex766 unitId={unitId} unitName={row.name} period={dashboard.period} />

      <div className="unit-charts">
        <section className="panel">
          <QueryState query={trend} lines={6}>
            {(series) => (
              <TrendChart
                series={series}
                metrics={['onTimeRate', 'progressRate766']}
                targets={targets}
                title={t('units.trend.title')}
                description={t('units.trend.description')}
              />
            )}
          </QueryState>
        </section>
        <section className="panel">
          <QueryState query={ranks} lines={6}>
            {(series) => (
              <RankHistoryChart points={rankHistory(series, unitId)} groupLabel={t(`units.group.${group}`)} />
            )}
          </QueryState>
        </section>
      </div>

      <div className="unit-breakdowns">
        <QueryState query={sectors} lines={5}>
          {(answer) => (
            <BreakdownTable
              title={t('units.breakdown.sector')}
              kind="sector"
              rows={answer.rows}
              onTimeTarget={targets.onTimeRate}
            />
          )}
        </QueryState>
        <QueryState query={procedures} lines={5}>
          {(answer) => (
            <BreakdownTable
              title={t('units.breakdown.procedure')}
              kind="procedure"
              rows={answer.rows}
              onTimeTarget={targets.onTimeRate}
            />
          )}
        </QueryState>
      </div>

      <section className="panel" aria-labelledby={dossiersHeading}>
        <h2 id={dossiersHeading} className="panel__title">
          {t('units.dossiers.overdue')}
        </h2>
        <DossierPreview
          base={{ ...base, kind: 'overdue' }}
          limit={PREVIEW_ROWS}
          kindLabel={t('units.dossiers.overdue')}
          fullListHref={listHref('overdue')}
          empty={<p className="unit-good-news">✓ {t('units.dossiers.overdueEmpty')}</p>}
        />
      </section>
      <section className="panel" aria-labelledby={`${dossiersHeading}-soon`}>
        <h2 id={`${dossiersHeading}-soon`} className="panel__title">
          {t('units.dossiers.dueSoon')}
        </h2>
        <DossierPreview
          base={{ ...base, kind: 'dueSoon' }}
          limit={PREVIEW_ROWS}
          kindLabel={t('units.dossiers.dueSoon')}
          fullListHref={listHref('dueSoon')}
          empty={<p className="unit-good-news">✓ {t('units.dossiers.dueSoonEmpty')}</p>}
        />
      </section>
    </>
  );
}
