import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MetricsResponse } from '../../../../api/metrics.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { ErrorState } from '../../../components/ui/ErrorState.tsx';
import { PageHeader } from '../../../components/ui/PageHeader.tsx';
import { Skeleton } from '../../../components/ui/Skeleton.tsx';
import { languageOf } from '../../../i18n/index.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { DataProvenance } from '../../filters/components/DataProvenance.tsx';
import { FilterBar } from '../../filters/components/FilterBar.tsx';
import { periodLabel, periodParam } from '../../filters/lib/period-selection.ts';
import { type FilterKey, useDashboardFilters } from '../../filters/lib/use-dashboard-filters.ts';
import { useMetrics } from '../../metrics/api/metrics.ts';
import { TargetTile } from '../../target/components/TargetTile.tsx';
import { targetMonthOf } from '../../target/lib/target-month.ts';
import { ComparisonTable } from '../components/ComparisonTable.tsx';
import { KpiTiles, type PeriodTotals } from '../components/KpiTiles.tsx';
import { EmptyPeriod, NothingPublished } from '../components/OverviewEmpty.tsx';
import { OverviewTrend } from '../components/OverviewTrend.tsx';
import { WorstUnits } from '../components/WorstUnits.tsx';
import { comparisonsOf } from '../lib/ranges.ts';
import '../overview.css';

const FILTER_FIELDS: readonly FilterKey[] = ['unitGroup', 'sector', 'channel'];

const totalOf = (answer: MetricsResponse) => answer.rows.find((r) => r.key === 'total')?.metrics ?? null;

/** Tổng quan: the province's figures for the chosen period, their trend and the units to call first. */
export function OverviewRoute() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const title = t('overview.title');
  useDocumentTitle(title);
  const { status, period, range, filters, setPeriod, clearFilters } = useDashboardFilters();
  const ready = status === 'ready';
  const comparisons = comparisonsOf(period, language);
  const current = useMetrics({ ...range, groupBy: 'total', ...filters }, { enabled: ready });
  const previous = useMetrics(
    { ...comparisons.previous.range, groupBy: 'total', ...filters },
    { enabled: ready },
  );
  const lastYear = useMetrics(
    { ...comparisons.lastYear.range, groupBy: 'total', ...filters },
    { enabled: ready },
  );
  const label = periodLabel(period, language);

  const frame = (body: ReactNode, options: { toolbar?: boolean } = {}) => (
    <div className="overview">
      <PageHeader title={title}>
        <p>{t('overview.intro', { period: label })}</p>
      </PageHeader>
      {options.toolbar !== false && (
        <div className="overview__toolbar">
          <FilterBar fields={FILTER_FIELDS} />
          <Button className="overview__print" onClick={() => window.print()}>
            {t('overview.print')}
          </Button>
        </div>
      )}
      {body}
    </div>
  );

  const queries = [current, previous, lastYear];
  const failed = queries.filter((q) => q.isError);
  if (failed.length > 0) {
    return frame(
      <ErrorState
        message={errorMessage(failed[0]!.error, t, i18n.language)}
        onRetry={() => {
          for (const q of failed) void q.refetch();
        }}
        retrying={failed.some((q) => q.isFetching)}
      />,
    );
  }
  if (!ready || !current.data || !previous.data || !lastYear.data) return frame(<OverviewSkeleton />);

  const answer = current.data;
  if (answer.asOf === null) return frame(<NothingPublished />, { toolbar: false });

  const now = totalOf(answer);
  const provenance = <DataProvenance asOf={answer.asOf} sources={answer.sources} />;
  if (now === null || now.received === 0) {
    return frame(
      <>
        <EmptyPeriod
          period={period}
          asOf={answer.asOf}
          filtered={Object.keys(filters).length > 0}
          onPeriod={setPeriod}
          onClearFilters={clearFilters}
        />
        {provenance}
      </>,
    );
  }

  const totals: PeriodTotals = { now, previous: totalOf(previous.data), lastYear: totalOf(lastYear.data) };
  return frame(
    <>
      {provenance}
      <Section id="overview-kpi" title={t('overview.kpi.heading')}>
        <KpiTiles
          totals={totals}
          comparisons={comparisons}
          after={<TargetTile month={targetMonthOf(period)} />}
        />
      </Section>
      <Section id="overview-trend" title={t('overview.trend.heading')} className="overview__trend">
        <OverviewTrend to={range.to} filters={filters} />
      </Section>
      <Section id="overview-worst" title={t('overview.worst.heading')} className="overview__worst">
        <WorstUnits range={range} filters={filters} period={periodParam(period)} />
      </Section>
      <Section id="overview-table" title={t('overview.table.heading')} className="overview__details">
        <ComparisonTable totals={totals} comparisons={comparisons} />
      </Section>
    </>,
  );
}

function Section({
  id,
  title,
  className,
  children,
}: {
  id: string;
  title: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section className={`overview__section ${className ?? ''}`} aria-labelledby={id}>
      <h2 id={id} className="overview__heading">
        {title}
      </h2>
      {children}
    </section>
  );
}

function OverviewSkeleton() {
  return (
    <div className="overview__skeleton">
      <Skeleton lines={2} />
      <div className="kpi-grid" aria-hidden>
        {Array.from({ length: 6 }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: identical placeholders
          <span key={i} className="kpi kpi--placeholder" />
        ))}
      </div>
    </div>
  );
}
