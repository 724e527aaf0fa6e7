import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { RowFilterQuery } from '../../../../api/query.ts';
import { QueryState } from '../../../components/ui/QueryState.tsx';
import { Skeleton } from '../../../components/ui/Skeleton.tsx';
import { monthLabel, type TrendMetric } from '../../charts/lib/trend.ts';
import { useSeries } from '../../metrics/api/series.ts';
import { targetsFor, useSettings } from '../../metrics/api/settings.ts';
import { trendRange } from '../lib/ranges.ts';

// recharts is most of a chart's weight: it loads on its own, so the figures above never wait for it.
let chartModule: Promise<typeof import('../../charts/components/TrendChart.tsx')> | null = null;
const loadTrendChart = () => {
  chartModule ??= import('../../charts/components/TrendChart.tsx');
  return chartModule;
};
const TrendChart = lazy(() => loadTrendChart().then((m) => ({ default: m.TrendChart })));

const METRICS: readonly TrendMetric[] = ['onTimeRate', 'progressRate766'];
const CHART_HEIGHT = 280;

export interface OverviewTrendProps {
  /** The chosen period's last day: the trend's last month. */
  to: string;
  filters: RowFilterQuery;
}

/** The two on-time rates over the 12 months ending with the period, against the year's targets. */
export function OverviewTrend({ to, filters }: OverviewTrendProps) {
  const { t } = useTranslation();
  const range = trendRange(to);
  const series = useSeries({ ...range, groupBy: 'total', ...filters });
  const settings = useSettings();
  const year = Number(to.slice(0, 4));

  useEffect(() => {
    // Fetch the chart's code alongside its data instead of after it.
    void loadTrendChart();
  }, []);

  const fallback = (
    <div className="overview-trend__placeholder" style={{ minHeight: CHART_HEIGHT }}>
      <Skeleton lines={4} label={t('overview.trend.loading')} />
    </div>
  );
  if (settings.isPending) return fallback;
  const targets = targetsFor(settings.data, year);
  const hasTargets = METRICS.some((m) => targets[m] !== undefined);
  const description = `${t('overview.trend.description')} ${
    hasTargets ? t('overview.trend.withTargets', { year }) : t('overview.trend.noTargets', { year })
  }`;
  return (
    <QueryState query={series} lines={4}>
      {(answer) => (
        <Suspense fallback={fallback}>
          <TrendChart
            series={answer}
            metrics={METRICS}
            targets={targets}
            title={t('overview.trend.title', { from: monthLabel(range.from), to: monthLabel(range.to) })}
            description={description}
          />
        </Suspense>
      )}
    </QueryState>
  );
}
